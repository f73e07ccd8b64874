/**
 * What each rater group of a round receives, in short: the essentials of its invitation, shown to the
 * leader before the round is made and on the round's screen. Taken from the same rules that build the
 * invitation (anonymity, questionnaire), so the preview says what the file will say.
 */
import type { Lang, QuestionnaireVersion } from '../../kernel/compass/model';
import { questionnaireOf } from '../../kernel/compass/questionnaires';
import type { RaterGroup } from '../exchange/formatConstants';
import { isNamedManager } from '../exchange/managerRule';

/** About how long answering takes (the form and the e-mail say the same). */
export const ANSWER_MINUTES = 8;

export interface PreviewInput {
  readonly groups: readonly RaterGroup[];
  readonly managerNonAnonymous: boolean;
  readonly closesOn: string | null;
  readonly returnTo: string | null;
  readonly language: Lang;
  readonly questionnaire: QuestionnaireVersion;
}

export interface GroupPreview {
  readonly group: RaterGroup;
  readonly anonymous: boolean;
  readonly questions: number;
  readonly minutes: number;
  readonly closesOn: string | null;
  readonly returnTo: string | null;
  readonly language: Lang;
  readonly questionnaire: QuestionnaireVersion;
}

export function invitationPreview(input: PreviewInput): GroupPreview[] {
  const questions = questionnaireOf(input.questionnaire).items.length;
  return input.groups.map((group) => ({
    group,
    anonymous: !isNamedManager(input.managerNonAnonymous, group),
    questions,
    minutes: ANSWER_MINUTES,
    closesOn: input.closesOn,
    returnTo: input.returnTo,
    language: input.language,
    questionnaire: input.questionnaire,
  }));
}
