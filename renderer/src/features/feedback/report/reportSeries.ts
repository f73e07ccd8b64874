/** The report's compass series: the leader's own self-assessment and the view of one set of others. */
import type { NeedleId } from '@shared/kernel/compass/model';
import type { PublishedSet, ReportModel } from '@shared/features/feedback/reportModel';
import type { RadarSeries } from '../../../charts/compass/CompassRadar';
import { needleValues } from './reportLabels';

export function reportSeries(report: ReportModel, set: PublishedSet, labels: { self: string; set: string }): RadarSeries[] {
  const series: RadarSeries[] = [];
  if (report.self) {
    const values: Partial<Record<NeedleId, number | null>> = {};
    for (const [key, mean] of Object.entries(report.self.needles)) values[Number(key) as NeedleId] = mean;
    series.push({ id: 'self', kind: 'current', label: labels.self, values });
  }
  series.push({ id: set.key, kind: 'others', label: labels.set, values: needleValues(set) });
  return series;
}
