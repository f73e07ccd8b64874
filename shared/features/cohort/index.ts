/** Cohorts (spec §5): the profile share file a member writes and a facilitator reads. */
export {
  SCORE_STEP,
  SHARE_ALIAS_MAX,
  SHARE_AUDIENCES,
  SHARE_FORMAT,
  SHARE_MAX_BYTES,
  SHARE_VERSION,
  onScoreStep,
  shareFileSchema,
  type ShareAudience,
  type ShareFile,
  type ShareNeedles,
  type ShareOthers,
} from './shareFormat';
export {
  SHARE_REFUSALS,
  readShareFile,
  shareFile,
  type ExpectedQuestionnaire,
  type ReadShareResult,
  type ShareRefusal,
  type WrittenShareResult,
} from './shareFile';
export {
  OTHERS_DECIMALS,
  SHARE_CONTENT_PROBLEMS,
  buildShareContent,
  chosenRoutesOf,
  othersOf,
  periodOf,
  toScoreStep,
  type OthersSource,
  type ShareContentProblem,
  type ShareContentResult,
  type ShareInput,
} from './shareContent';
export { sameAlias, shareToReplace, type SharedProfileKey } from './shareReplace';
