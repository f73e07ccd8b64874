/**
 * Texts of the standalone 360° respondent form (renderer/respond). Plain strings with {{placeholders}}:
 * the form replaces them itself, without i18next. Keys mirror en/respond.ts exactly.
 */
export const respond = {
  documentTitle: 'Vragenlijst leiderschap — Ambtelijk Kompas',
  brand: 'Ambtelijk Kompas',
  brandSub: 'Vragenlijst over leiderschap',
  stepOf: 'Stap {{step}} van {{total}}',
  progress: '{{answered}} van {{total}} vragen beantwoord',
  required: 'verplicht',
  nav: {
    next: 'Volgende',
    previous: 'Vorige',
    toQuestions: 'Naar de vragen',
    toReview: 'Naar controleren',
  },
  intro: {
    title: 'Over deze vragenlijst',
    whoNamed: '{{leader}} vraagt u om feedback op het eigen leiderschap.',
    whoNeutral: 'Iemand met wie u samenwerkt, vraagt u om feedback op het eigen leiderschap.',
    why: 'De vragen volgen het Kompas voor ambtelijk leiderschap: vijf dimensies met elk twee naalden die richting geven aan goed leiderschap in de publieke sector. Uw blik van buitenaf laat zien waar deze leider al sterk staat en waar groei mogelijk is.',
    duration: 'Het invullen duurt ongeveer 8 minuten: 20 korte vragen en, als u wilt, een paar open vragen.',
    closesOn: 'Sla uw antwoord op en verstuur het uiterlijk {{date}}.',
    returnTo: 'Stuur uw antwoord na het opslaan naar: {{returnTo}}',
    returnAsAgreed:
      'Stuur uw antwoord na het opslaan terug op de manier die u hebt afgesproken met degene die u deze uitnodiging stuurde.',
    anonymousTitle: 'Zo blijft uw antwoord anoniem',
    anonymous: [
      'U vult nergens uw naam in. Het antwoordbestand bevat ook geen tijdstip en geen gegevens over uw computer of browser.',
      'Het bestand wordt versleuteld. Alleen de app van deze leider kan het openen; voor iedereen anders is het onleesbaar.',
      'Deze leider ziet uw antwoorden alleen samengevoegd met die van minstens twee anderen, en pas nadat de feedbackronde is gesloten.',
      'Het bestand zelf vermeldt niet wie het invulde. Wie het van u ontvangt, weet alleen dát u hebt geantwoord.',
    ],
    managerTitle: 'Let op: dit antwoord is niet anoniem',
    manager:
      'Deze vragenlijst is bedoeld voor de leidinggevende van deze leider. Uw antwoord wordt niet samengevoegd met andere antwoorden: de leider ziet het als het antwoord van de leidinggevende, met uw toelichtingen.',
    managerPoints: [
      'Het bestand bevat geen tijdstip en geen gegevens over uw computer of browser.',
      'Het bestand wordt versleuteld. Alleen de app van deze leider kan het openen.',
      'De leider ziet uw antwoord pas nadat de feedbackronde is gesloten.',
    ],
    nothingStored:
      'Deze pagina werkt zonder internet, verstuurt niets en bewaart niets. Sluit u de pagina voordat u uw antwoord hebt opgeslagen, dan gaan uw antwoorden verloren.',
    groupLegend: 'Wat is uw relatie tot deze leider?',
    groupHint: 'Antwoorden worden alleen per groep getoond als die groep groot genoeg is.',
    groupMissing: 'Kies eerst uw relatie tot deze leider.',
    groupFixed: 'U vult deze vragenlijst in als {{group}}.',
  },
  groups: {
    leidinggevende: 'leidinggevende',
    collega: 'collega',
    medewerker: 'medewerker',
    extern: 'externe partner',
    bestuurlijk: 'iemand uit de bestuurlijke omgeving',
  },
  groupOptions: {
    leidinggevende: 'Leidinggevende: ik ben de leidinggevende van deze leider',
    collega: 'Collega: wij werken op hetzelfde niveau samen',
    medewerker: 'Medewerker: deze leider is mijn leidinggevende',
    extern: 'Externe partner: ik werk van buiten de organisatie met deze leider samen',
    bestuurlijk: 'Bestuurlijke omgeving: ik ben bewindspersoon, werk op een politiek kabinet of ben bestuurder bij een andere overheid',
  },
  dimension: {
    title: 'Dimensie {{numeral}}: {{name}}',
    instruction:
      'Hoe vaak ziet u deze leider dit doen? Kies “Kan ik niet beoordelen” als u het niet kunt waarnemen.',
    needle: 'Naald {{number}}: {{name}}',
    explain: 'Wat houdt deze naald in?',
    comment: 'Toelichting bij naald {{number}} (niet verplicht)',
    commentHint: 'Bijvoorbeeld een situatie waarin u dit zag, of juist miste.',
  },
  counter: '{{count}} van {{max}} tekens',
  open: {
    title: 'Tot slot: twee open vragen',
    intro: 'Deze vragen zijn niet verplicht. Concrete voorbeelden helpen deze leider het meest.',
    keepDoing: 'Wat moet deze leider vooral blijven doen?',
    startDoing: 'Waar zou deze leider mee kunnen beginnen?',
  },
  review: {
    title: 'Controleren en opslaan',
    intro: 'Kijk uw antwoorden nog eens na. U kunt elk onderdeel nog wijzigen.',
    group: 'U antwoordt als',
    change: 'Wijzig dimensie {{numeral}}',
    changeOpen: 'Wijzig de open vragen',
    changeGroup: 'Wijzig uw relatie',
    comment: 'Toelichting bij naald {{number}}',
    noAnswer: 'Nog niet beantwoord',
    empty: 'Niet ingevuld',
    missingTitle: 'Nog niet alle vragen zijn beantwoord',
    missingText: 'Beantwoord deze vragen, of kies “Kan ik niet beoordelen”:',
    missingGroup: 'Uw relatie tot deze leider',
    goTo: 'Ga naar: {{text}}',
    saveIntro:
      'Met “Antwoord opslaan” bewaart uw browser een versleuteld bestand, meestal in de map Downloads. Er wordt niets verstuurd.',
    save: 'Antwoord opslaan',
    saving: 'Uw antwoord wordt versleuteld en opgeslagen…',
    failed:
      'Het opslaan is niet gelukt. Probeer het nog eens. Lukt het dan nog niet, open dit bestand in een recente versie van Edge, Chrome, Firefox of Safari.',
  },
  done: {
    title: 'Uw antwoord is opgeslagen',
    file: 'Uw browser heeft het bestand {{file}} opgeslagen, meestal in de map Downloads.',
    sendTitle: 'Nog één stap: het bestand versturen',
    sendTo: 'Stuur het bestand {{file}} naar:',
    sendHow: 'Staat hierboven een e-mailadres, stuur het bestand dan als bijlage mee. Staat er een gedeelde map, zet het bestand dan in die map.',
    sendBy: 'Graag uiterlijk {{date}}.',
    sendAsAgreed:
      'Stuur het bestand {{file}} terug op de manier die u hebt afgesproken met degene die u deze uitnodiging stuurde. Weet u niet meer hoe, vraag het dan aan die persoon.',
    unreadable: 'Het bestand is versleuteld: alleen de app van deze leider kan het lezen. Voor iedereen anders, ook voor u, is het onleesbaar.',
    close: 'Daarna kunt u deze pagina sluiten. Dank u wel voor uw tijd en openheid.',
    againTitle: 'Bestand niet gevonden?',
    againHint: 'Sla hetzelfde antwoord nog eens op. De leider telt het maar één keer, ook als beide bestanden aankomen.',
    again: 'Opnieuw opslaan',
    againDone: 'Opnieuw opgeslagen als {{file}}.',
    restartTitle: 'Helemaal opnieuw beginnen?',
    restartHint:
      'Dan begint u met een lege vragenlijst en wordt het een nieuw antwoord. Verstuur in dat geval alleen het nieuwe bestand, anders telt uw mening twee keer.',
    restart: 'Opnieuw beginnen',
    restartConfirm: 'Weet u het zeker? Uw huidige antwoorden worden gewist.',
    restartYes: 'Ja, begin opnieuw',
    restartNo: 'Nee, terug',
  },
  problem: {
    title: 'Deze vragenlijst kan niet worden geopend',
    missing: 'In dit bestand ontbreekt de uitnodiging. Vraag degene die u het stuurde om een nieuw bestand.',
    invalid:
      'De uitnodiging in dit bestand is beschadigd of onvolledig. Vraag degene die u het stuurde om een nieuw bestand.',
    version:
      'Deze uitnodiging is gemaakt met een nieuwere versie van Ambtelijk Kompas en kan met dit bestand niet worden ingevuld. Vraag om een nieuw bestand.',
    managerOnly:
      'Deze uitnodiging klopt niet: alleen de groep leidinggevende kan niet-anoniem antwoorden. Vraag degene die u het stuurde om een nieuwe uitnodiging.',
    noCrypto:
      'Deze browser kan uw antwoord niet versleutelen. Open het bestand in een recente versie van Edge, Chrome, Firefox of Safari.',
  },
} as const;
