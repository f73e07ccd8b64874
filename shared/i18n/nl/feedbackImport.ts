/** Dutch texts for reading in answer files (spec §3): progress, the summary and every refusal reason. */
export const feedbackImport = {
  title: 'Antwoorden inlezen',
  intro: 'Sleep antwoordbestanden (kompas-antwoord-….json) hierheen, of kies ze. U kunt veel bestanden tegelijk inlezen, ook duizenden.',
  chooseFiles: 'Bestanden kiezen',
  busy: 'Er worden nu antwoorden ingelezen. Als dat klaar is, kunt u weer bestanden kiezen of de ronde sluiten.',
  progressLabel: 'Voortgang van het inlezen',
  progress_one: '{{done}} van {{total}} bestand bekeken',
  progress_other: '{{done}} van {{total}} bestanden bekeken',
  started_one: 'Het inlezen van {{total}} bestand is begonnen.',
  started_other: 'Het inlezen van {{total}} bestanden is begonnen.',
  quarterDone: 'Een kwart van de bestanden is bekeken.',
  halfDone: 'De helft van de bestanden is bekeken.',
  threeQuartersDone: 'Driekwart van de bestanden is bekeken.',
  summary: '{{accepted}} ingelezen, {{duplicates}} dubbel, {{refused}} geweigerd.',
  stopped_one:
    'Het inlezen is gestopt na {{done}} van {{total}} bestand. Kies het bestand opnieuw zodra het probleem is verholpen; wat al is ingelezen, telt één keer mee.',
  stopped_other:
    'Het inlezen is gestopt na {{done}} van {{total}} bestanden. De bestanden daarna zijn niet ingelezen. Kies ze opnieuw zodra het probleem is verholpen; wat al is ingelezen, telt één keer mee.',
  refusedNote: 'Van een geweigerd bestand is niets opgeslagen.',
  resultsCaption: 'Resultaat per bestand',
  fileColumn: 'Bestand',
  resultColumn: 'Resultaat',
  groupsTitle: 'Resultaat per soort',
  files_one: '{{total}} bestand',
  files_other: '{{total}} bestanden',
  showFiles: 'Toon de namen van deze bestanden',
  outcome: { accepted: 'Ingelezen', duplicate: 'Dubbel: telt één keer mee', refused: 'Geweigerd' },
  /** An answer that belongs to another round of this profile than the one on screen. */
  inOtherRound: 'hoort bij de ronde ‘{{round}}’',
  reasons: {
    'too-large': 'Dit bestand is groter dan een antwoordbestand ooit is (meer dan 256 KB) en is daarom niet gelezen. Kijk of u het goede bestand heeft gekozen.',
    'not-json':
      'Dit is geen antwoordbestand: de inhoud is niet wat het formulier opslaat. Kijk of u het goede bestand heeft gekozen; een antwoordbestand heet meestal kompas-antwoord-….json.',
    'wrong-format':
      'Dit is geen antwoordbestand, maar een ander soort bestand. Kijk of u het goede bestand heeft gekozen; een antwoordbestand heet meestal kompas-antwoord-….json.',
    'unknown-version':
      'Dit antwoordbestand noemt een versie die niet bestaat. Waarschijnlijk is het na het opslaan gewijzigd of door een ander programma gemaakt. Vraag de respondent om het opgeslagen bestand ongewijzigd opnieuw te sturen.',
    'newer-version': 'Dit antwoord is gemaakt met een nieuwere versie van Ambtelijk Kompas dan deze app. Werk de app bij en lees het bestand daarna opnieuw in.',
    'invalid-file':
      'Dit is geen geldig antwoordbestand: het is na het opslaan gewijzigd of door een ander programma gemaakt. Vraag de respondent om het opgeslagen bestand ongewijzigd opnieuw te sturen.',
    'unknown-round':
      'Dit antwoord hoort bij een feedbackronde die niet in dit profiel staat. Kijk of u het goede profiel heeft geopend; anders is het bestand voor iemand anders bedoeld.',
    'round-closed': 'De feedbackronde ‘{{round}}’ is al gesloten, dus dit antwoord telt niet meer mee.',
    'not-decryptable':
      'Dit antwoord kan niet worden geopend: het is na het opslaan gewijzigd of beschadigd, of het is versleuteld voor iemand anders. Vraag de respondent om het opgeslagen bestand ongewijzigd opnieuw te sturen.',
    'invalid-payload':
      'De antwoorden in dit bestand kloppen niet, bijvoorbeeld een onbekende vraag, een score buiten 1 tot en met 5, een te lange tekst of een gegeven dat er niet in hoort. Waarschijnlijk is het bestand gewijzigd of door een ander programma gemaakt. Vraag de respondent om het formulier opnieuw in te vullen.',
  },
} as const;
