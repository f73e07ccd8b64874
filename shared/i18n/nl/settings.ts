/** Dutch texts of the settings page. */
export const settings = {
  link: 'Instellingen',
  title: 'Instellingen',
  intro: 'Wijzigingen gelden meteen en blijven bewaard op deze computer.',
  language: {
    legend: 'Taal van de app',
    hint: 'Feedbackrondes hebben hun eigen taal; die kiest u bij het maken van een ronde.',
    nl: 'Nederlands',
    en: 'English',
  },
  coach: {
    legend: 'Coachmodus',
    label: 'Coachmodus aan',
    explanation:
      'Bent u coach? Met de coachmodus houdt u de gegevens van de mensen die u begeleidt gescheiden bij, ieder met eigen meetmomenten, routekaart en feedbackrondes. Bovenaan het scherm ziet u dan altijd wiens gegevens u bekijkt. Gebruikt u de app alleen voor uzelf, dan heeft u de coachmodus niet nodig.',
    offRule: 'Zolang u de gegevens van meer dan één persoon bijhoudt, blijft de coachmodus aan, zodat altijd te zien is wiens gegevens op het scherm staan.',
    on: 'De coachmodus staat aan.',
    off: 'De coachmodus staat uit.',
    toCoachees: 'Naar coachees',
  },
} as const;
