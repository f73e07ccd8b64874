/** The text a leader pastes into an e-mail beside an invitation file (Dutch). */
export const invitationMail = {
  subject: 'Uw feedback gevraagd: {{round}}',
  greeting: 'Beste collega,',
  ask: '{{leader}} vraagt u om feedback op het eigen leiderschap, aan de hand van het Kompas voor ambtelijk leiderschap.',
  askNoName: 'Ik vraag u om feedback op mijn leiderschap, aan de hand van het Kompas voor ambtelijk leiderschap.',
  howTo:
    'In de bijlage vindt u het bestand {{file}}. Sla het op en open het in uw browser (Edge, Chrome, Firefox of Safari); er is geen internet of account nodig. Beantwoord twintig korte vragen en klik op "Antwoord opslaan". Dat kost ongeveer acht minuten.',
  closes: 'Graag uw antwoord uiterlijk op {{date}}.',
  askForLeader:
    'Als coach van {{leader}} vraag ik u om feedback op het leiderschap van {{leader}}, aan de hand van het Kompas voor ambtelijk leiderschap.',
  askForLeaderNoName: 'Als coach vraag ik u om feedback op het leiderschap van degene die ik begeleid, aan de hand van het Kompas voor ambtelijk leiderschap.',
  anonymousCoach:
    'Uw antwoord is anoniem. Het bestand dat u opslaat bevat geen naam, tijdstip of gegevens over uw computer, en is versleuteld: alleen mijn app als coach kan het openen. Scores worden pas getoond als de ronde is gesloten, en alleen samen met die van minstens twee anderen.',
  summaryOnly:
    'De leider ziet alleen het samengevatte rapport dat ik na het sluiten overdraag, nooit uw afzonderlijke antwoorden. Ook in dat rapport gaat geen cijfer of opmerking over minder dan drie anonieme beoordelaars.',
  anonymous:
    'Uw antwoord is anoniem. Het bestand dat u opslaat bevat geen naam, tijdstip of gegevens over uw computer, en is versleuteld: alleen de app van de leider kan het openen. Scores worden pas getoond als de ronde is gesloten, en alleen samen met die van minstens twee anderen.',
  notAnonymous:
    'Let op: uw antwoord als leidinggevende is niet anoniem. De leider ziet uw antwoorden als die van de leidinggevende.',
  blocked:
    'Houdt uw e-mailprogramma de bijlage tegen, of toont het alleen een voorbeeld? Sla de bijlage dan eerst op uw computer op en open het opgeslagen bestand. Lukt ook dat niet, vraag de afzender dan waar u hetzelfde bestand in een gedeelde map kunt vinden.',
  sendBack: 'Stuur het opgeslagen antwoordbestand (kompas-antwoord-….json) naar:',
  sendBackUnknown: 'Stuur het opgeslagen antwoordbestand (kompas-antwoord-….json) terug zoals de afzender van deze e-mail met u afspreekt.',
  thanks: 'Hartelijk dank voor uw tijd en openheid.',
} as const;
