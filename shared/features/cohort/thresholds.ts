/**
 * The cohort's anonymity thresholds (spec §5), in one place. Whatever a cohort view shows without
 * aliases counts profiles: a mean needs at least COHORT_MIN_FOR_MEAN of them, a distribution (sorted
 * values, quartiles, min/max) at least COHORT_MIN_FOR_DISTRIBUTION, and a group of similar profiles is
 * reported as a cluster only with at least COHORT_MIN_CLUSTER_SIZE members.
 */
export const COHORT_MIN_FOR_MEAN = 3;
export const COHORT_MIN_FOR_DISTRIBUTION = 5;
export const COHORT_MIN_CLUSTER_SIZE = 3;
