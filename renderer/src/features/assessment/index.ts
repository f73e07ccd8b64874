/** What other features may use of the assessment feature (its inside stays its own). */
export { AssessmentList } from './AssessmentList';
export { NewAssessmentLink } from './NewAssessmentLink';
export { selectLatest, useAssessments } from './assessmentsStore';
export { useDraft } from './draftStore';
