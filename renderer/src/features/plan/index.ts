/** What other features may use of the plan feature (its inside stays its own). */
export { RemindersNotice } from './RemindersNotice';
export { usePlan } from './store';
export { RouteFromFinding } from './RouteFromFinding';
export { Field, focusFirstError, type ControlProps } from './Field';
