/** English texts the operating system shows and the browser-mode launcher prints. Keys mirror nl/system.ts. */
export const system = {
  reminders: {
    title: 'Ambtelijk Kompas',
    actions_one: '{{count}} action from your route map',
    actions_other: '{{count}} actions from your route map',
    review: 'a look back at your compass',
    today: 'Today: {{items}}.',
    both: '{{first}} and {{second}}',
    session: 'the next coaching session',
    three: '{{first}}, {{second}} and {{third}}',
  },
  startFailed: {
    title: 'Ambtelijk Kompas',
    text: 'The app could not start. Your data has not been changed.',
  },
  folderInUse: {
    title: 'Ambtelijk Kompas',
    text: 'Ambtelijk Kompas is already open with this data (folder {{dir}}). Use that window, or close it first.',
  },
  pdf: {
    title: 'Save PDF',
    button: 'Save',
    filter: 'PDF document',
  },
  web: {
    running: 'Ambtelijk Kompas is running in browser mode. Open this address in your browser:',
    dataDir: 'Data is kept in: {{dir}}',
    stopped: 'Ambtelijk Kompas has stopped.',
    notBuilt: 'The app has not been built yet: run npm run build first (npm run web does that itself).',
    folderInUse: 'Ambtelijk Kompas is already running with the data in {{dir}} (process {{pid}}). Stop that one first; nothing was changed.',
    badPort: 'KOMPAS_PORT must be a port number (0–65535), not "{{value}}".',
  },
} as const;
