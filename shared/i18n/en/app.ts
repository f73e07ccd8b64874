/** English UI texts. Keys mirror nl/app.ts exactly. */
export const app = {
  name: 'Ambtelijk Kompas',
  skipLink: 'Skip to content',
  mainNav: 'Main menu',
  nav: { start: 'My compass', assess: 'Assessment', compass: 'Compass', plan: 'Route map', history: 'Over time' },
  switchLanguage: 'Nederlands',
  switchLanguageLabel: 'Schakel naar Nederlands',
  loading: 'One moment…',
  offline: 'Everything stays on this computer.',
} as const;

export const scale = {
  '1': 'hardly ever',
  '2': 'sometimes',
  '3': 'regularly',
  '4': 'often',
  '5': '(almost) always',
  na: 'Cannot judge',
} as const;

export const start = {
  title: 'My compass',
  intro1:
    'The Compass for public-service leadership helps you set a course across five dimensions, from turbulent times to your personal leadership, with ten needles that show the direction.',
  intro2:
    'An assessment records where you stand now and where you want to go, so that later you can see what has moved.',
  latestTitle: 'Your latest assessment',
  latestDate: 'Assessment of {{date}}',
  openCompass: 'View the compass',
  newAssessment: 'Start a new assessment',
  newAssessmentHint: 'Twenty short questions, a target per needle and room for reflection. It takes about ten minutes.',
  none: 'You have not recorded an assessment yet. Start with a first one; your answers stay on this computer.',
  draftTitle: 'You are working on an assessment',
  draftProgress: '{{answered}} of {{total}} questions answered, last saved on {{when}}.',
  draftContinue: 'Continue the assessment',
  draftDiscard: 'Discard draft',
  draftDiscardConfirm: 'Do you want to discard this draft? Your answers will be lost.',
  draftDiscarded: 'The draft has been discarded.',
  historyTitle: 'All assessments',
} as const;

export const assessment = {
  title: 'New assessment',
  intro: 'For each statement, say how often you do this. There are no right or wrong answers: what matters is an honest picture of now.',
  progress: '{{answered}} of {{total}} questions answered',
  stepsLabel: 'Steps',
  stepOf: 'Step {{step}} of {{total}}',
  reviewStep: 'Review and save',
  explanation: 'About this needle',
  itemLegendHint: 'How often do you do this?',
  targetLegend: 'Where do I want to go with needle {{needle}}?',
  targetHint: 'Choose the level you want to reach in six months to a year.',
  noTarget: 'No target yet',
  reflectionLabel: 'Reflection on this dimension (optional)',
  reflectionHint: 'What strikes you? What do you want to keep or change? At most {{max}} characters.',
  reflectionCount: '{{count}} of {{max}} characters',
  previous: 'Previous',
  next: 'Next',
  toReview: 'To the review',
  saved: 'Draft saved at {{time}}.',
  saving: 'Saving draft…',
  saveFailed: 'The draft could not be saved. Your answers are still on screen; please try again shortly.',
  reviewTitle: 'Review and save',
  reviewIntro: 'Check your answers. After saving you will see your compass.',
  dateLabel: 'Date of the assessment',
  dateHint: 'Today or an earlier date.',
  missingTitle: 'Not answered yet',
  missingIntro: 'Please answer these questions first (or choose "Cannot judge"):',
  missingItem: 'Question {{id}}: {{text}}',
  goToStep: 'Go to {{dimension}}',
  allAnswered: 'All twenty questions have been answered.',
  overviewCaption: 'Your scores per needle in this assessment',
  save: 'Save assessment',
  saveBusy: 'Saving…',
  savedAssessment: 'The assessment has been saved.',
  noTargetShort: 'no target',
} as const;

export const compass = {
  title: 'Compass',
  assessmentOf: 'Assessment of {{date}}',
  chartTitle: 'Compass of {{date}}: current position and target per needle',
  seriesCurrent: 'Current',
  seriesTarget: 'Target',
  dimensionsTitle: 'Per dimension',
  dimensionScore: 'Average score',
  reflection: 'Your reflection',
  noReflection: 'No reflection recorded.',
  historyTitle: 'Assessments',
  historyCurrent: '(shown)',
  none: 'There is no assessment yet. Start an assessment to see your compass.',
  tableTitle: 'The same figures in a table',
  delete: 'Delete assessment',
  deleteConfirmTitle: 'Delete assessment?',
  deleteConfirmText: 'The assessment of {{date}} will be deleted permanently. This cannot be undone.',
  deleteConfirm: 'Yes, delete',
  cancel: 'Cancel',
  deleted: 'The assessment has been deleted.',
  notFound: 'This assessment does not exist (any more).',
} as const;

export const issues = {
  title: 'Notice about your data',
  /** {{document}} is one of errors.storage.documents ("your route map"). */
  corrupt: 'The file with {{document}} was damaged.',
  restored: 'The last good version from {{date}} has been restored.',
  notRestored: 'There was no earlier good version to restore; this part starts again empty.',
  corruptFiles: 'File: {{file}}. The damaged file has not been overwritten but kept aside as {{movedTo}}.',
  newer:
    'The file with {{document}} was made with a newer version of Ambtelijk Kompas. This version of the app cannot open it and leaves it untouched; update the app to use it again.',
  newerFile: 'File: {{file}}.',
  dismiss: 'Understood',
} as const;
