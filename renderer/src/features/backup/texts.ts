/** The keys each scope's sections use (literal, so every key can be found by searching for it). */
export const EXPORT_TEXT = {
  profile: {
    title: 'backup.exportProfile.title',
    intro: 'backup.exportProfile.intro',
    button: 'backup.exportProfile.button',
    done: 'backup.exportProfile.done',
  },
  all: {
    title: 'backup.exportAll.title',
    intro: 'backup.exportAll.intro',
    button: 'backup.exportAll.button',
    done: 'backup.exportAll.done',
  },
} as const;

export const IMPORT_TEXT = {
  profile: {
    title: 'backup.importProfile.title',
    intro: 'backup.importProfile.intro',
    file: 'backup.importProfile.file',
    open: 'backup.importProfile.open',
  },
  all: {
    title: 'backup.restoreAll.title',
    intro: 'backup.restoreAll.intro',
    file: 'backup.restoreAll.file',
    open: 'backup.restoreAll.open',
  },
} as const;

export const STRENGTH_TEXT = {
  'too-short': 'backup.passphrase.strength.too-short',
  weak: 'backup.passphrase.strength.weak',
  fair: 'backup.passphrase.strength.fair',
  strong: 'backup.passphrase.strength.strong',
} as const;

export const LANGUAGE_NAME = { nl: 'backup.languages.nl', en: 'backup.languages.en' } as const;
