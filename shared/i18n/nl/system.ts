/**
 * Dutch texts the operating system shows (notification, dialog) and the browser-mode launcher prints.
 * Main words them with its small `t()` (main/app/i18n.ts).
 */
export const system = {
  reminders: {
    title: 'Ambtelijk Kompas',
    actions_one: '{{count}} actie van uw routekaart',
    actions_other: '{{count}} acties van uw routekaart',
    review: 'een terugblik op uw kompas',
    today: 'Vandaag: {{items}}.',
    both: '{{first}} en {{second}}',
    session: 'het volgende coachgesprek',
    three: '{{first}}, {{second}} en {{third}}',
  },
  startFailed: {
    title: 'Ambtelijk Kompas',
    text: 'De app kon niet starten. Uw gegevens zijn niet gewijzigd.',
  },
  folderInUse: {
    title: 'Ambtelijk Kompas',
    text: 'Ambtelijk Kompas is al geopend met deze gegevens (map {{dir}}). Gebruik dat venster, of sluit het eerst.',
  },
  pdf: {
    title: 'PDF bewaren',
    button: 'Bewaren',
    filter: 'PDF-document',
  },
  web: {
    running: 'Ambtelijk Kompas draait in de browsermodus. Open dit adres in uw browser:',
    dataDir: 'Gegevens staan in: {{dir}}',
    stopped: 'Ambtelijk Kompas is gestopt.',
    notBuilt: 'De app is nog niet gebouwd: voer eerst npm run build uit (npm run web doet dat zelf).',
    folderInUse: 'Ambtelijk Kompas draait al met de gegevens in {{dir}} (proces {{pid}}). Stop dat eerst; er is niets gewijzigd.',
    badPort: 'KOMPAS_PORT moet een poortnummer zijn (0–65535), niet "{{value}}".',
  },
} as const;
