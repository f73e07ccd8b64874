/** The static compass's words in a given language, from the radar's i18n texts. */
import i18next from 'i18next';
import type { Lang } from '@shared/kernel/compass/model';
import type { StaticCompassTexts } from './staticCompass';

export function staticCompassTexts(lang: Lang, heading: { title: string; dateLine: string }): StaticCompassTexts {
  const t = i18next.getFixedT(lang);
  return {
    ...heading,
    legend: t('radar.legend'),
    needles: t('radar.needleKey'),
    scale: t('radar.scale'),
    noScore: t('radar.noScore'),
    kindLabel: {
      current: t('radar.kind.current'),
      target: t('radar.kind.target'),
      others: t('radar.kind.others'),
      earlier: t('radar.kind.earlier'),
    },
  };
}
