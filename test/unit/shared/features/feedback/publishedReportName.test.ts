import { describe, expect, it } from 'vitest';
import { publishedReportFileName } from '@shared/features/feedback/publishedReportName';

describe('the published-report file name', () => {
  it('names the round and the day it closed, safe on every file system', () => {
    expect(publishedReportFileName('Najaar 2026', '2026-06-15')).toBe('kompas-rapport-najaar-2026-2026-06-15.json');
    expect(publishedReportFileName('../Ronde: "één"/?', '2026-06-15')).toBe('kompas-rapport-ronde-één-2026-06-15.json');
    expect(publishedReportFileName('CON', '2026-06-15')).toBe('kompas-rapport-con_-2026-06-15.json');
    expect(publishedReportFileName('***', '2026-06-15')).toBe('kompas-rapport-2026-06-15.json');
  });
});
