/** The report's account of its sets, for a report published under the earlier set rules and one without scores. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { reportModelSchema, type ReportModel } from '@shared/features/feedback/reportModel';
import { initI18n } from '@renderer/src/app/i18n';
import { ReportSets } from '@renderer/src/features/feedback/report/ReportSets';

await initI18n('nl');

/** Built by the version-1 code for 1 anonymous leidinggevende, 3 collega's and 4 medewerkers (no "anderen"). */
const V1 = reportModelSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../fixtures/feedback-report-v1.json'), 'utf8')));

const items = (testId: string): string[] => within(screen.getByTestId(testId)).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('ReportSets', () => {
  it('says a version-1 report follows the earlier rules, and claims no "alle anderen" it does not show', () => {
    render(<ReportSets report={V1} />);
    expect(screen.getByText(/eerdere versie van de app/)).toBeTruthy();
    // The sets as published then (rater-group order).
    expect(items('report-sets-shown')).toEqual(['Collega’s (3): apart getoond.', 'Medewerkers (4): apart getoond.']);
    expect(items('report-sets-not-separate')).toEqual(['Leidinggevende (1): minder dan 3 antwoorden.']);
  });

  it('shows no lists when the scores are withheld', () => {
    const withheld: ReportModel = { ...V1, setRules: 2, scoresShown: false, withheldReason: 'too-few-respondents', sets: [], groupPlacements: [] };
    render(<ReportSets report={withheld} />);
    expect(screen.queryByTestId('report-sets-shown')).toBeNull();
    expect(screen.queryByTestId('report-sets-not-separate')).toBeNull();
    expect(screen.queryByText(/eerdere versie/)).toBeNull();
  });
});
