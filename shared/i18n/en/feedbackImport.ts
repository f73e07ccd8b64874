/** English texts for reading in answer files (spec §3): progress, the summary and every refusal reason. */
export const feedbackImport = {
  title: 'Read in answers',
  intro: 'Drag answer files (kompas-antwoord-….json) here, or choose them. You can read in many files at once, even thousands.',
  chooseFiles: 'Choose files',
  busy: 'Answers are being read in now. When that is done, you can choose files again or close the round.',
  progressLabel: 'Progress of reading in',
  progress_one: '{{done}} of {{total}} file checked',
  progress_other: '{{done}} of {{total}} files checked',
  started_one: 'Reading in {{total}} file has started.',
  started_other: 'Reading in {{total}} files has started.',
  quarterDone: 'A quarter of the files has been checked.',
  halfDone: 'Half of the files have been checked.',
  threeQuartersDone: 'Three quarters of the files have been checked.',
  summary: '{{accepted}} read in, {{duplicates}} duplicate, {{refused}} refused.',
  stopped_one:
    'Reading in stopped after {{done}} of {{total}} file. Choose the file again once the problem is solved; whatever was read in already counts once.',
  stopped_other:
    'Reading in stopped after {{done}} of {{total}} files. The files after that were not read in. Choose them again once the problem is solved; whatever was read in already counts once.',
  refusedNote: 'Nothing of a refused file was stored.',
  resultsCaption: 'Result per file',
  fileColumn: 'File',
  resultColumn: 'Result',
  groupsTitle: 'Result per kind',
  files_one: '{{total}} file',
  files_other: '{{total}} files',
  showFiles: 'Show the names of these files',
  outcome: { accepted: 'Read in', duplicate: 'Duplicate: counted once', refused: 'Refused' },
  /** An answer that belongs to another round of this profile than the one on screen. */
  inOtherRound: 'belongs to the round ‘{{round}}’',
  reasons: {
    'too-large': 'This file is larger than an answer file can ever be (more than 256 KB), so it was not read. Please check that you chose the right file.',
    'not-json':
      'This is not an answer file: its content is not what the form saves. Please check that you chose the right file; an answer file is usually called kompas-antwoord-….json.',
    'wrong-format':
      'This is not an answer file but another kind of file. Please check that you chose the right file; an answer file is usually called kompas-antwoord-….json.',
    'unknown-version':
      'This answer file names a version that does not exist. It was probably changed after saving or made by another program. Please ask the respondent to send the saved file again, unchanged.',
    'newer-version': 'This answer was made with a newer version of Ambtelijk Kompas than this app. Please update the app and read in the file again.',
    'invalid-file':
      'This is not a valid answer file: it was changed after saving or made by another program. Please ask the respondent to send the saved file again, unchanged.',
    'unknown-round':
      'This answer belongs to a feedback round that is not in this profile. Please check that you opened the right profile; otherwise the file is meant for someone else.',
    'round-closed': 'The feedback round ‘{{round}}’ is already closed, so this answer no longer counts.',
    'not-decryptable':
      'This answer cannot be opened: it was changed or damaged after saving, or it was encrypted for someone else. Please ask the respondent to send the saved file again, unchanged.',
    'invalid-payload':
      'The answers in this file are not valid, for example an unknown question, a score outside 1 to 5, a text that is too long or an item that does not belong there. The file was probably changed or made by another program. Please ask the respondent to fill in the form again.',
  },
} as const;
