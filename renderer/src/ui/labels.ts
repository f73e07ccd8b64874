/**
 * Message keys for the app's fixed vocabularies, as literal lookup tables: every key a component uses
 * is written out here, so a search for a key finds where it is used (no keys built from strings).
 */
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { RouteStatus } from '@shared/features/plan/schemas';
import type { DocumentKindName } from '@shared/contract/storageIssue';
import type { MessageKey } from '@shared/i18n/index';
import type { SetKey } from '@shared/features/feedback/reportModel';
import type { ScaleValue } from '@shared/kernel/compass/model';

/** "Collega’s" for `collega`. */
export const GROUP_LABEL = {
  leidinggevende: 'feedback.groups.leidinggevende',
  collega: 'feedback.groups.collega',
  medewerker: 'feedback.groups.medewerker',
  extern: 'feedback.groups.extern',
  bestuurlijk: 'feedback.groups.bestuurlijk',
} as const satisfies Record<RaterGroup, MessageKey>;

/** "Onderweg" for `onderweg`: a route's status as a label. */
export const ROUTE_STATUS_LABEL = {
  gepland: 'plan.statuses.gepland',
  onderweg: 'plan.statuses.onderweg',
  afgerond: 'plan.statuses.afgerond',
  gestopt: 'plan.statuses.gestopt',
} as const satisfies Record<RouteStatus, MessageKey>;

/** "onderweg" inside a sentence. */
export const ROUTE_STATUS_WORD = {
  gepland: 'errors.plan.statusWords.gepland',
  onderweg: 'errors.plan.statusWords.onderweg',
  afgerond: 'errors.plan.statusWords.afgerond',
  gestopt: 'errors.plan.statusWords.gestopt',
} as const satisfies Record<RouteStatus, MessageKey>;

/** "uw routekaart" for `plan`: a stored document inside a sentence. */
export const DOCUMENT_NAME = {
  settings: 'errors.storage.documents.settings',
  profile: 'errors.storage.documents.profile',
  draft: 'errors.storage.documents.draft',
  plan: 'errors.storage.documents.plan',
  round: 'errors.storage.documents.round',
  notes: 'errors.storage.documents.notes',
} as const satisfies Record<DocumentKindName, MessageKey>;

/** "soms" for 2: the answer scale's words. */
export const SCALE_LABEL = {
  1: 'scale.1',
  2: 'scale.2',
  3: 'scale.3',
  4: 'scale.4',
  5: 'scale.5',
} as const satisfies Record<ScaleValue, MessageKey>;

/** "Alle anderen" for `anderen`: a report's set of respondents. */
export const REPORT_SET_LABEL = {
  anderen: 'report.sets.anderen',
  'groep-leidinggevende': 'report.sets.groep-leidinggevende',
  'groep-collega': 'report.sets.groep-collega',
  'groep-medewerker': 'report.sets.groep-medewerker',
  'groep-extern': 'report.sets.groep-extern',
  'groep-bestuurlijk': 'report.sets.groep-bestuurlijk',
  overige: 'report.sets.overige',
  'leidinggevende-niet-anoniem': 'report.sets.leidinggevende-niet-anoniem',
} as const satisfies Record<SetKey, MessageKey>;

export function isReportSet(key: string): key is SetKey {
  return Object.hasOwn(REPORT_SET_LABEL, key);
}
