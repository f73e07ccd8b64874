import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintTarget } from '@shared/features/print/printTargets';
import { pdfFileName } from '@shared/features/print/pdfFileName';
import { ProblemNotice } from '../ProblemNotice';
import { usePrint } from './printStore';

/** "Als PDF bewaren" and "Afdrukken" for one printable document. */
export function PrintButtons({ target, fileNameParts, disabled = false }: { target: PrintTarget; fileNameParts: readonly string[]; disabled?: boolean }) {
  const { t } = useTranslation();
  const status = usePrint((s) => s.status);
  const problem = usePrint((s) => s.problem);
  const savePdf = usePrint((s) => s.savePdf);
  const print = usePrint((s) => s.print);
  useEffect(() => () => usePrint.getState().reset(), []);

  return (
    <div className="print-buttons no-print">
      <div className="actions">
        <button type="button" className="button button--secondary" disabled={disabled || status === 'busy'} onClick={() => void savePdf(target, pdfFileName(fileNameParts))}>
          {t('print.savePdf')}
        </button>
        <button type="button" className="button button--secondary" disabled={disabled} onClick={() => print(target)}>
          {t('print.print')}
        </button>
      </div>
      <p role="status" className="print-buttons__status">
        {status === 'busy' ? t('print.busy') : status === 'saved' ? t('print.saved') : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
    </div>
  );
}
