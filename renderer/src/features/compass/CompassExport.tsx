import { useTranslation } from 'react-i18next';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { RadarSeries } from '../../charts/compass/CompassRadar';
import { formatLongDate } from '@shared/kernel/format';
import { renderStaticCompass } from '../../charts/compass/staticCompass';
import { staticCompassTexts } from '../../charts/compass/staticCompassTexts';
import { svgBlob, svgToPng } from '../../charts/compass/compassPicture';
import { downloadBlob } from '../../ui/download';
import { PrintButtons } from '../../ui/print/PrintButtons';
import { pdfFileName } from '@shared/features/print/pdfFileName';
import { useLanguage, useSession } from '../../app/session';

/** Print or save the meetmoment as PDF, and save the compass as a picture (SVG, or PNG at 2×). */
export function CompassExport({ assessment, series }: { assessment: Assessment; series: readonly RadarSeries[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const whose = useSession((s) => s.state?.profiles.find((p) => p.id === s.state?.activeProfileId)?.name.trim() ?? '');
  const date = formatLongDate(assessment.date, lang);
  const picture = () =>
    renderStaticCompass({
      series,
      lang,
      idPrefix: 'compass',
      texts: staticCompassTexts(lang, { title: t('print.assessment.chartTitle', { date }), dateLine: [whose, date].filter(Boolean).join(' · ') }),
    });
  const baseName = pdfFileName([t('print.fileNames.kompas'), whose, assessment.date]).replace(/\.pdf$/, '');

  return (
    <section className="card" aria-labelledby="compass-export-title">
      <h2 id="compass-export-title">{t('print.picture.title')}</h2>
      <PrintButtons target={{ kind: 'meetmoment', id: assessment.id }} fileNameParts={[t('print.fileNames.meetmoment'), whose, assessment.date]} />
      <p className="muted">{t('print.picture.hint')}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => downloadBlob(`${baseName}.svg`, svgBlob(picture().svg))}>
          {t('print.picture.svg')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const { svg, width, height } = picture();
            void svgToPng(svg, width, height).then((png) => downloadBlob(`${baseName}.png`, png));
          }}
        >
          {t('print.picture.png')}
        </button>
      </div>
    </section>
  );
}
