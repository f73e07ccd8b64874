/** What other parts of the app may use of the presentation view (its inside stays its own). */
export { PresentScreen } from './PresentScreen';
export { Presentation } from './Presentation';
export { usePresent } from './presentStore';
