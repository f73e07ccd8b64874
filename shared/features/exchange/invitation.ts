/** Building an invitation (spec §1) and embedding it in the respondent form's HTML. */
import type { Lang, QuestionnaireVersion } from '../../kernel/compass/model';
import { isNamedManager } from './managerRule';
import { questionnaireOf } from '../../kernel/compass/questionnaires';
import { INVITATION_FORMAT, type RaterGroup } from './formatConstants';
import type { Invitation, PublicJwk } from './formats';

export interface InvitationInput {
  readonly roundId: string;
  readonly leader: string;
  /** null: the respondent picks their group. */
  readonly raterGroup: RaterGroup | null;
  readonly managerNonAnonymous: boolean;
  readonly language: Lang;
  readonly closesOn: string | null;
  /** Where respondents send their answer; null for rounds made before `returnTo` existed. */
  readonly returnTo: string | null;
  /** The round's questionnaire version: the invitation carries that version's items. */
  readonly questionnaire: QuestionnaireVersion;
  readonly publicKey: PublicJwk;
}

/**
 * The invitation of spec §1. Its items are exactly `{ id, needle, text }` with the others' form ("Deze
 * leider …") of the round's version; the form looks up whatever else it needs (whether an item is
 * situational) in its own copy of that version by item id, so the file stays to the spec.
 */
export function buildInvitation(input: InvitationInput): Invitation {
  const questionnaire = questionnaireOf(input.questionnaire);
  return {
    format: INVITATION_FORMAT,
    version: 1,
    roundId: input.roundId,
    leader: input.leader,
    raterGroup: input.raterGroup,
    anonymous: !isNamedManager(input.managerNonAnonymous, input.raterGroup),
    language: input.language,
    closesOn: input.closesOn,
    ...(input.returnTo === null ? {} : { returnTo: input.returnTo }),
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      items: questionnaire.items.map((item) => ({ id: item.id, needle: item.needle, text: { nl: item.others.nl, en: item.others.en } })),
    },
    publicKey: input.publicKey,
  };
}

/** The element the respondent form reads its invitation from. The built form contains it once, empty. */
export const INVITATION_ELEMENT_ID = 'kompas-uitnodiging';
export const INVITATION_PLACEHOLDER = `<script type="application/json" id="${INVITATION_ELEMENT_ID}">null</script>`;

/** Puts the invitation JSON into the form's HTML; `<` is escaped so the JSON can never end the script. */
export function embedInvitation(formHtml: string, invitation: Invitation): string {
  const at = formHtml.indexOf(INVITATION_PLACEHOLDER);
  if (at < 0 || formHtml.indexOf(INVITATION_PLACEHOLDER, at + 1) >= 0) {
    throw new Error('respondent form template must contain the invitation placeholder exactly once');
  }
  const json = JSON.stringify(invitation).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const element = `<script type="application/json" id="${INVITATION_ELEMENT_ID}">${json}</script>`;
  return formHtml.slice(0, at) + element + formHtml.slice(at + INVITATION_PLACEHOLDER.length);
}
