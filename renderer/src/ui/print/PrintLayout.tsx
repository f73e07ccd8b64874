import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import { formatLongDate } from '@shared/kernel/format';
import { localIsoDate } from '@shared/kernel/dates';
import { installPageMargins, pageMarginCss, PAGE_MARKERS } from './pageMargins';
import { usePrint } from './printStore';
import './print-layout.css';

/** What the page tells a PDF maker (Electron's hidden window, the e2e test): everything is on the page. */
export const READY_ATTRIBUTE = 'data-print-ready';

export type PrintReadiness = 'loading' | 'yes' | 'failed';

export interface PrintLayoutProps {
  readonly lang: Lang;
  /** Small line above the title ("Coachrapport"). */
  readonly eyebrow: string;
  readonly title: string;
  /** Lines under the title: whose, which date. */
  readonly subtitle?: readonly string[];
  /** Bottom-left of every page. */
  readonly documentName: string;
  readonly readiness: PrintReadiness;
  readonly children: ReactNode;
}

/**
 * The one print layout: A4, a title block, the content as semantic sections, "Pagina X van Y" in the
 * margin of every page. On screen a small bar (never printed) goes back or opens the print window.
 */
export function PrintLayout({ lang, eyebrow, title, subtitle = [], documentName, readiness, children }: PrintLayoutProps) {
  const { t } = useTranslation();
  const pageNumbers = t('print.pageOf', { lng: lang, ...PAGE_MARKERS });

  useEffect(() => installPageMargins(document, pageMarginCss(pageNumbers, documentName)), [pageNumbers, documentName]);

  useEffect(() => {
    const root = document.documentElement;
    if (readiness === 'loading') root.removeAttribute(READY_ATTRIBUTE);
    else root.setAttribute(READY_ATTRIBUTE, readiness);
    if (readiness === 'yes' && usePrint.getState().takePending()) window.print();
    return () => root.removeAttribute(READY_ATTRIBUTE);
  }, [readiness]);

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <button type="button" className="button button--quiet" onClick={() => window.history.back()}>
          ← {t('print.back')}
        </button>
        <button type="button" className="button" onClick={() => window.print()} disabled={readiness !== 'yes'}>
          {t('print.print')}
        </button>
        <p className="muted">{t('print.browserHint')}</p>
      </div>
      <article className="print-doc" lang={lang}>
        <header className="print-doc__header">
          <p className="print-doc__eyebrow">
            {t('print.app')} · {eyebrow}
          </p>
          <h1>{title}</h1>
          {subtitle.map((line) => (
            <p key={line} className="print-doc__subtitle">
              {line}
            </p>
          ))}
          <p className="print-doc__made">{t('print.madeOn', { date: formatLongDate(localIsoDate(new Date()), lang) })}</p>
        </header>
        {readiness === 'loading' && <p aria-live="polite">{t('print.loading')}</p>}
        {readiness === 'failed' && (
          <p className="notice notice--error" role="alert">
            {t('print.failed')}
          </p>
        )}
        {children}
      </article>
    </div>
  );
}
