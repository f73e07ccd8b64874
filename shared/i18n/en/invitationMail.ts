/** The text a leader pastes into an e-mail beside an invitation file (English). */
export const invitationMail = {
  subject: 'Your feedback requested: {{round}}',
  greeting: 'Dear colleague,',
  ask: '{{leader}} asks for your feedback on their leadership, using the Compass for public-service leadership.',
  askNoName: 'I would like your feedback on my leadership, using the Compass for public-service leadership.',
  howTo:
    'Attached is the file {{file}}. Save it and open it in your browser (Edge, Chrome, Firefox or Safari); no internet or account is needed. Answer twenty short questions and click "Save answer". It takes about eight minutes.',
  closes: 'Please answer by {{date}}.',
  askForLeader: 'As the coach of {{leader}}, I am asking for your feedback on the leadership of {{leader}}, using the Compass for public-service leadership.',
  askForLeaderNoName: 'As a coach, I am asking for your feedback on the leadership of the person I coach, using the Compass for public-service leadership.',
  anonymousCoach:
    'Your answer is anonymous. The file you save holds no name, time or details of your computer, and it is encrypted: only my app as the coach can open it. Scores are shown only after the round is closed, and only together with those of at least two others.',
  summaryOnly:
    'The leader sees only the summarised report that I hand over after closing, never your separate answers. In that report too, no figure or comment describes fewer than three anonymous raters.',
  anonymous:
    'Your answer is anonymous. The file you save contains no name, time or details of your computer, and it is encrypted: only the leader\'s app can open it. Scores are shown only after the round is closed, and only together with those of at least two others.',
  notAnonymous: 'Please note: your answer as line manager is not anonymous. The leader will see your answers as those of the line manager.',
  blocked:
    'Does your e-mail program block the attachment, or only show a preview? Then first save the attachment on your computer and open the saved file. If that does not work either, ask the sender where you can find the same file in a shared folder.',
  sendBack: 'Send the saved answer file (kompas-antwoord-….json) to:',
  sendBackUnknown: 'Send the saved answer file (kompas-antwoord-….json) back as agreed with the sender of this e-mail.',
  thanks: 'Thank you for your time and candour.',
} as const;
