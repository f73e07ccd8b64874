/** English texts of the settings page. */
export const settings = {
  link: 'Settings',
  title: 'Settings',
  intro: 'Changes apply at once and are kept on this computer.',
  language: {
    legend: 'Language of the app',
    hint: 'Feedback rounds have their own language, which you choose when you make a round.',
    nl: 'Nederlands',
    en: 'English',
  },
  coach: {
    legend: 'Coach mode',
    label: 'Coach mode on',
    explanation:
      'Are you a coach? Coach mode keeps the data of the people you coach apart, each with their own assessments, route map and feedback rounds. The top of the screen then always shows whose data you are viewing. If you use the app only for yourself, you do not need coach mode.',
    offRule: 'As long as you keep the data of more than one person, coach mode stays on, so that it is always clear whose data is on the screen.',
    on: 'Coach mode is on.',
    off: 'Coach mode is off.',
    toCoachees: 'Go to coachees',
  },
} as const;
