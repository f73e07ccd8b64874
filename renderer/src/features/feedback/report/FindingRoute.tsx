import { useTranslation } from 'react-i18next';
import type { NeedleId } from '@shared/kernel/compass/model';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { RouteFromFinding } from '../../plan';

interface FindingRouteProps {
  readonly needle: string;
  readonly kind: 'priority' | 'blind-spot';
  readonly roundName: string;
  readonly others: number;
  readonly self: number | null;
}

/** A development priority or blind spot of the report, offered as a route with the figures as its reason. */
export function FindingRoute({ needle, kind, roundName, others, self }: FindingRouteProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const values = { round: roundName, others: formatScore(others, lang), self: self === null ? '' : formatScore(self, lang) };
  const key = kind === 'blind-spot' ? 'report.route.whyBlindSpot' : self === null ? 'report.route.whyPriorityNoSelf' : 'report.route.whyPriority';
  const why = t(key, values);
  return <RouteFromFinding needle={Number(needle) as NeedleId} why={why} />;
}
