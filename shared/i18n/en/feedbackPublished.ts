/** English texts for a round held by a coach (spec §7): handing over the report file and reading it in. */
export const feedbackPublished = {
  badge: 'Held by your coach',
  create: {
    heldByCoach: 'I hold this round as a coach, for someone else',
    heldByCoachHint:
      'Then fill in the name of the person you hold the round for above. The e-mail text with the invitations will then say that you ask for feedback as a coach, that only your app can open the answers and that the leader sees only the summarised report.',
  },
  transfer: {
    title: 'Hand over the report',
    intro:
      'You held this round as a coach for someone else. A report file hands over the report. That person reads it into their own app and sees it there beside their own assessments.',
    holdsTitle: 'What the file holds',
    holds:
      'The figures per group with the number of raters, the strengths and points for attention, and the comments as the report shows them. Only what the report shows, so nowhere fewer than three anonymous raters.',
    holdsNotTitle: 'What the file does not hold',
    holdsNot:
      'The separate answers, who gave which comment, the key of the round and the self-assessment. The recipient compares the report with an assessment of their own.',
    save: 'Save report file',
    saved: 'The report file {{fileName}} has been saved. Give it to the person you held the round for, for example on a USB stick or by secure e-mail.',
  },
  import: {
    title: 'Read in a report from your coach',
    intro:
      'Did your coach hold a feedback round for you? Then read in the report file (kompas-rapport-….json) you received from your coach. You will then see the report as your coach saw it, compared with your own latest assessment.',
    privacy: 'The file holds only the summarised report. The separate answers and the key of the round stay with your coach.',
    choose: 'Choose report file',
    busy: 'The report file is being read in.',
    refusedTitle: 'The file {{fileName}} has not been read in.',
    nothingChanged: 'Nothing has been stored or changed.',
  },
  refusals: {
    tooLarge: 'The file is larger than 1 MB and therefore cannot be a report file.',
    notJson: 'The file is not a report file: its content cannot be read as data.',
    notAReport: 'This is not a report file of Ambtelijk Kompas. It may be an answer file or an invitation.',
    newerVersion: 'This report file was made with a newer version of the app. Please update the app and try again.',
    unknownVersion: 'This report file has a version this app does not know.',
    invalid: 'The report file is damaged or has been changed. Please ask your coach to make the file again.',
    roundidMismatch: 'The report file is not consistent: the report belongs to another round than the file names.',
    questionnaireMismatch: 'The report file is not consistent: the report names another questionnaire than the file.',
    belowK:
      'The report file holds a figure or comment that would describe fewer than three anonymous raters. The app does not allow that, to protect the anonymity of the raters.',
    ownRound: 'This round is one you hold yourself in this app. A report file of the same round therefore cannot be read in.',
    alreadyImported: 'The report of this round has already been read in. To read it in again, first delete the round that is already there.',
  },
  round: {
    heldByCoach:
      'This round was held by your coach. You see the summarised report; the separate answers and the key of the round stayed with your coach and are not in this app.',
    deleteConfirmText:
      'The report of this round is deleted for good, also from the backup copies. Your coach still has the report file; you can read it in again later. Routes you made from the report stay on your route map.',
    closedOnByCoach: 'Closed by your coach on {{date}}',
  },
} as const;
