import { useMemo } from 'react';
import type { Lang } from '@shared/kernel/compass/model';
import type { RadarSeries } from './CompassRadar';
import { renderStaticCompass } from './staticCompass';
import { staticCompassTexts } from './staticCompassTexts';

/**
 * The static compass inline in a page (print, PDF): the SVG string of ./staticCompass, which escapes
 * every text and holds no script, so it may be set as markup. Its <title> is the figure's alt text.
 */
export function StaticCompassFigure({ series, lang, title, dateLine, idPrefix }: { series: readonly RadarSeries[]; lang: Lang; title: string; dateLine: string; idPrefix: string }) {
  const svg = useMemo(
    () => renderStaticCompass({ series, lang, idPrefix, texts: staticCompassTexts(lang, { title, dateLine }) }).svg,
    [series, lang, title, dateLine, idPrefix],
  );
  return <figure className="print-figure" data-testid="static-compass" dangerouslySetInnerHTML={{ __html: svg }} />;
}
