import { useTranslation } from 'react-i18next';
import { routeById } from '@shared/kernel/compass/content';
import type { CompassSlide } from '@shared/features/present/slides';
import { CompassRadar, SeriesSwatch, type RadarRoute, type RadarSeries } from '../../../charts/compass/CompassRadar';
import { RouteSwatch } from '../../../charts/compass/radarRoutes';
import { formatDate } from '../../../app/i18n';
import { useLanguage } from '../../../app/session';
import { ROUTE_STATUS_WORD } from '../../../ui/labels';

/** The live compass, large, with only the series the slide carries and a legend beside it. */
export function CompassSlideView({ slide }: { slide: CompassSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const date = formatDate(slide.date, lang);
  const series: RadarSeries[] = [{ id: 'current', kind: 'current', label: t('present.slides.compass.current'), values: slide.current }];
  if (slide.target) series.push({ id: 'target', kind: 'target', label: t('present.slides.compass.target'), values: slide.target });
  if (slide.others) {
    series.push({ id: 'others', kind: 'others', label: t('present.slides.compass.others', { round: slide.others.roundName }), values: slide.others.values });
  }
  if (slide.earlier) {
    series.push({
      id: 'earlier',
      kind: 'earlier',
      label: t('present.slides.compass.earlier', { date: formatDate(slide.earlier.date, lang) }),
      values: slide.earlier.values,
    });
  }
  const routes: RadarRoute[] = slide.routes.map((r) => ({ route: r.route, status: r.status, label: routeById(r.route).name[lang] }));

  return (
    <div className="present-compass">
      <div className="present-compass__chart">
        <CompassRadar series={series} routes={routes} lang={lang} title={t('present.slides.compass.chart', { date })} showLegend={false} size={900} />
      </div>
      <div className="present-compass__legend">
        <ul className="present-legend" data-testid="present-legend">
          {series.map((s) => (
            <li key={s.id} data-series={s.kind}>
              <SeriesSwatch kind={s.kind} />
              <span>{s.label}</span>
            </li>
          ))}
        </ul>
        {routes.length > 0 && (
          <ul className="present-legend present-legend--routes">
            {routes.map((r) => (
              <li key={r.route}>
                <RouteSwatch letter={r.route} status={r.status} />
                <span>
                  {t('plan.routeName', { letter: r.route, name: r.label })} <span className="present-muted">({t(ROUTE_STATUS_WORD[r.status])})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
