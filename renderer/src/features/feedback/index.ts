/** What other features may use of the feedback feature (its inside stays its own). */
export { useFeedback } from './store';
export { ReportPrint } from './report/ReportPrint';
export { ReportFigures } from './report/ReportFigures';
export { setLabel } from './report/reportLabels';
