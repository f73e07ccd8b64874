/** Dutch UI texts (the default language). */
export const app = {
  name: 'Ambtelijk Kompas',
  skipLink: 'Direct naar de inhoud',
  mainNav: 'Hoofdmenu',
  nav: { start: 'Mijn kompas', assess: 'Meetmoment', compass: 'Kompas', plan: 'Routekaart', history: 'Verloop' },
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  loading: 'Even geduld…',
  offline: 'Alles blijft op deze computer.',
} as const;

export const scale = {
  '1': 'nauwelijks',
  '2': 'soms',
  '3': 'regelmatig',
  '4': 'vaak',
  '5': '(bijna) altijd',
  na: 'Kan ik niet beoordelen',
} as const;

export const start = {
  title: 'Mijn kompas',
  intro1:
    'Het Kompas voor ambtelijk leiderschap helpt u koers te bepalen in vijf dimensies, van de turbulente tijd tot uw persoonlijke leiderschap, met tien naalden die de richting aangeven.',
  intro2:
    'Met een meetmoment legt u vast waar u nu staat en waar u naartoe wilt, zodat u later ziet wat er in beweging is gekomen.',
  latestTitle: 'Uw laatste meetmoment',
  latestDate: 'Meetmoment van {{date}}',
  openCompass: 'Bekijk het kompas',
  newAssessment: 'Nieuw meetmoment starten',
  newAssessmentHint: 'Twintig korte vragen, een doel per naald en ruimte voor reflectie. Reken op ongeveer tien minuten.',
  none: 'U heeft nog geen meetmoment vastgelegd. Begin met een eerste meetmoment; uw antwoorden blijven op deze computer.',
  draftTitle: 'U bent bezig met een meetmoment',
  draftProgress: '{{answered}} van de {{total}} vragen beantwoord, laatst bewaard op {{when}}.',
  draftContinue: 'Verder met het meetmoment',
  draftDiscard: 'Concept weggooien',
  draftDiscardConfirm: 'Wilt u dit concept weggooien? Uw antwoorden gaan dan verloren.',
  draftDiscarded: 'Het concept is weggegooid.',
  historyTitle: 'Alle meetmomenten',
} as const;

export const assessment = {
  title: 'Nieuw meetmoment',
  intro:
    'Geef bij elke uitspraak aan hoe vaak u dit doet. Er zijn geen goede of foute antwoorden: het gaat om een eerlijk beeld van nu.',
  progress: '{{answered}} van de {{total}} vragen beantwoord',
  stepsLabel: 'Stappen',
  stepOf: 'Stap {{step}} van {{total}}',
  reviewStep: 'Overzicht en opslaan',
  explanation: 'Toelichting bij deze naald',
  itemLegendHint: 'Hoe vaak doet u dit?',
  targetLegend: 'Waar wil ik naartoe met naald {{needle}}?',
  targetHint: 'Kies het niveau waar u over een half jaar tot een jaar wilt staan.',
  noTarget: 'Nog geen doel',
  reflectionLabel: 'Reflectie op deze dimensie (niet verplicht)',
  reflectionHint: 'Wat valt u op? Wat wilt u vasthouden of veranderen? Ten hoogste {{max}} tekens.',
  reflectionCount: '{{count}} van {{max}} tekens',
  previous: 'Vorige',
  next: 'Volgende',
  toReview: 'Naar het overzicht',
  saved: 'Concept bewaard om {{time}}.',
  saving: 'Concept wordt bewaard…',
  saveFailed: 'Het concept kon niet worden bewaard. Uw antwoorden staan nog op het scherm; probeer het zo opnieuw.',
  reviewTitle: 'Overzicht en opslaan',
  reviewIntro: 'Controleer uw antwoorden. Na het opslaan ziet u uw kompas.',
  dateLabel: 'Datum van het meetmoment',
  dateHint: 'Vandaag of een eerdere datum.',
  missingTitle: 'Nog niet beantwoord',
  missingIntro: 'Beantwoord eerst deze vragen (of kies "Kan ik niet beoordelen"):',
  missingItem: 'Vraag {{id}}: {{text}}',
  goToStep: 'Ga naar {{dimension}}',
  allAnswered: 'Alle twintig vragen zijn beantwoord.',
  overviewCaption: 'Uw scores per naald in dit meetmoment',
  save: 'Meetmoment opslaan',
  saveBusy: 'Bezig met opslaan…',
  savedAssessment: 'Het meetmoment is opgeslagen.',
  noTargetShort: 'geen doel',
} as const;

export const compass = {
  title: 'Kompas',
  assessmentOf: 'Meetmoment van {{date}}',
  chartTitle: 'Kompas van {{date}}: huidige stand en doel per naald',
  seriesCurrent: 'Huidig',
  seriesTarget: 'Doel',
  dimensionsTitle: 'Per dimensie',
  dimensionScore: 'Gemiddelde score',
  reflection: 'Uw reflectie',
  noReflection: 'Geen reflectie vastgelegd.',
  historyTitle: 'Meetmomenten',
  historyCurrent: '(getoond)',
  none: 'Er is nog geen meetmoment. Start een meetmoment om uw kompas te zien.',
  tableTitle: 'Dezelfde cijfers in een tabel',
  delete: 'Meetmoment verwijderen',
  deleteConfirmTitle: 'Meetmoment verwijderen?',
  deleteConfirmText: 'Het meetmoment van {{date}} wordt definitief verwijderd. Dit kunt u niet ongedaan maken.',
  deleteConfirm: 'Ja, verwijderen',
  cancel: 'Annuleren',
  deleted: 'Het meetmoment is verwijderd.',
  notFound: 'Dit meetmoment bestaat niet (meer).',
} as const;

export const issues = {
  title: 'Melding over uw gegevens',
  /** {{document}} is one of errors.storage.documents ("uw routekaart"). */
  corrupt: 'Het bestand met {{document}} was beschadigd.',
  restored: 'De laatste goede versie van {{date}} is teruggezet.',
  notRestored: 'Er was geen eerdere goede versie om terug te zetten; dit onderdeel begint opnieuw leeg.',
  corruptFiles: 'Bestand: {{file}}. Het beschadigde bestand is niet overschreven, maar apart bewaard als {{movedTo}}.',
  newer:
    'Het bestand met {{document}} is gemaakt met een nieuwere versie van Ambtelijk Kompas. Deze versie van de app kan het niet openen en laat het onaangeroerd; werk de app bij om het weer te gebruiken.',
  newerFile: 'Bestand: {{file}}.',
  dismiss: 'Begrepen',
} as const;
