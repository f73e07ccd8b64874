import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { forgetOutcomeOnLeave } from './outcome';
import { UndoSection } from './UndoSection';
import './backup.css';

/** `#/bestanden`: profile files in and out, the backup of everything, restore and its undo. */
export function BackupScreen() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // Counts restores and imports, so the undo section asks again what can be undone.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  // Counts undos: the import sections start afresh, so none still says that something was brought in.
  const [undos, setUndos] = useState(0);
  // What an import or undo did stays said while the screen remounts for the reopen after it.
  useEffect(() => forgetOutcomeOnLeave, []);

  return (
    <div className="stack backup-screen">
      <h1 ref={heading} tabIndex={-1}>
        {t('backup.title')}
      </h1>
      <p className="lead">{t('backup.intro')}</p>
      <UndoSection version={changes} onUndone={() => setUndos((n) => n + 1)} />
      <ExportSection scope="profile" />
      <ImportSection key={`profile-${undos}`} scope="profile" onApplied={changed} />
      <ExportSection scope="all" />
      <ImportSection key={`all-${undos}`} scope="all" onApplied={changed} />
    </div>
  );
}
