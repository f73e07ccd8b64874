/** Dutch texts for a round held by a coach (spec §7): handing over the report file and reading it in. */
export const feedbackPublished = {
  badge: 'Gehouden door uw coach',
  create: {
    heldByCoach: 'Ik houd deze ronde als coach, voor iemand anders',
    heldByCoachHint:
      'Vul dan hierboven de naam in van degene voor wie u de ronde houdt. De e-mailtekst bij de uitnodigingen zegt dan dat u als coach om feedback vraagt, dat alleen uw app de antwoorden kan openen en dat de leider alleen het samengevatte rapport ziet.',
  },
  transfer: {
    title: 'Rapport overdragen',
    intro:
      'U hebt deze ronde als coach gehouden voor iemand anders. Met een rapportbestand draagt u het rapport over. Die persoon leest het in de eigen app in en ziet het daar naast de eigen meetmomenten.',
    holdsTitle: 'Wat het bestand bevat',
    holds:
      'De cijfers per groep met het aantal beoordelaars, de sterke punten en aandachtspunten, en de opmerkingen zoals het rapport ze toont. Alleen wat het rapport laat zien, dus nergens minder dan drie anonieme beoordelaars.',
    holdsNotTitle: 'Wat het bestand niet bevat',
    holdsNot:
      'De afzonderlijke antwoorden, wie welke opmerking gaf, de sleutel van de ronde en de zelfbeoordeling. De ontvanger vergelijkt het rapport met een eigen meetmoment.',
    save: 'Rapportbestand opslaan',
    saved: 'Het rapportbestand {{fileName}} is opgeslagen. Geef het aan de persoon voor wie u de ronde hield, bijvoorbeeld op een USB-stick of per beveiligde e-mail.',
  },
  import: {
    title: 'Rapport van uw coach inlezen',
    intro:
      'Heeft uw coach een feedbackronde voor u gehouden? Lees dan het rapportbestand (kompas-rapport-….json) in dat u van uw coach kreeg. U ziet daarna het rapport zoals uw coach het zag, vergeleken met uw eigen laatste meetmoment.',
    privacy: 'Het bestand bevat alleen het samengevatte rapport. De afzonderlijke antwoorden en de sleutel van de ronde blijven bij uw coach.',
    choose: 'Rapportbestand kiezen',
    busy: 'Het rapportbestand wordt ingelezen.',
    refusedTitle: 'Het bestand {{fileName}} is niet ingelezen.',
    nothingChanged: 'Er is niets opgeslagen of gewijzigd.',
  },
  refusals: {
    tooLarge: 'Het bestand is groter dan 1 MB en kan daarom geen rapportbestand zijn.',
    notJson: 'Het bestand is geen rapportbestand: de inhoud is niet leesbaar als gegevens.',
    notAReport: 'Dit is geen rapportbestand van Ambtelijk Kompas. Misschien is het een antwoordbestand of een uitnodiging.',
    newerVersion: 'Dit rapportbestand is gemaakt met een nieuwere versie van de app. Werk de app bij en probeer het opnieuw.',
    unknownVersion: 'Dit rapportbestand heeft een versie die deze app niet kent.',
    invalid: 'Het rapportbestand is beschadigd of gewijzigd. Vraag uw coach om het bestand opnieuw te maken.',
    roundidMismatch: 'Het rapportbestand klopt niet: het rapport hoort bij een andere ronde dan het bestand noemt.',
    questionnaireMismatch: 'Het rapportbestand klopt niet: het rapport noemt een andere vragenlijst dan het bestand.',
    belowK:
      'Het rapportbestand bevat een cijfer of opmerking die over minder dan drie anonieme beoordelaars zou gaan. Dat laat de app niet toe, om de anonimiteit van de beoordelaars te beschermen.',
    ownRound: 'Deze ronde is een ronde die u zelf in deze app houdt. Een rapportbestand van dezelfde ronde kan daarom niet worden ingelezen.',
    alreadyImported:
      'Het rapport van deze ronde is al ingelezen. Wilt u het opnieuw inlezen, verwijder dan eerst de ronde die er al staat.',
  },
  round: {
    heldByCoach:
      'Deze ronde is gehouden door uw coach. U ziet het samengevatte rapport; de afzonderlijke antwoorden en de sleutel van de ronde zijn bij uw coach gebleven en staan niet in deze app.',
    deleteConfirmText:
      'Het rapport van deze ronde wordt definitief verwijderd, ook uit de reservekopieën. Uw coach heeft het rapportbestand nog; dat kunt u later opnieuw inlezen. Routes die u vanuit het rapport hebt gemaakt, blijven in uw routekaart staan.',
    closedOnByCoach: 'Gesloten door uw coach op {{date}}',
  },
} as const;
