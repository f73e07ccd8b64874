/** What other parts of the app may use of the print feature. */
export { PrintScreen } from './PrintScreen';
export { CoachReportChoice } from './CoachReportChoice';
