/**
 * Why a coach's report file is not imported: the reader's reasons (./publishedReportFile), and two of
 * the profile's: the round is one of the leader's own (`own-round`), or its report was imported
 * before (`already-imported`: delete that round first to import it again).
 */
import { PUBLISHED_REPORT_REFUSALS } from './publishedReportFile';

export const REPORT_IMPORT_REFUSALS = [...PUBLISHED_REPORT_REFUSALS, 'own-round', 'already-imported'] as const;
export type ReportImportRefusal = (typeof REPORT_IMPORT_REFUSALS)[number];
