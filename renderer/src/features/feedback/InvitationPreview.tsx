import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaterGroup } from '@shared/features/exchange/formatConstants';
import { mayBeNamed } from '@shared/features/exchange/managerRule';
import { invitationPreview, type GroupPreview, type PreviewInput } from '@shared/features/feedback/invitationPreview';
import type { MessageKey } from '@shared/i18n/index';
import type { Lang } from '@shared/kernel/compass/model';
import { formatDate } from '../../app/i18n';
import { useLanguage } from '../../app/session';
import { GROUP_LABEL } from '../../ui/labels';
import './rounds.css';

interface Props {
  readonly round: PreviewInput;
  /** Whether returnTo was simply not filled in yet (the new-round form) or not recorded (an older round). */
  readonly returnToMissing: 'missing' | 'unknown';
  /** The leader has not yet chosen how the manager is asked (the new-round form). */
  readonly managerUndecided?: boolean;
  /** Heading level of each group's name. */
  readonly level?: 3 | 4;
  /** One group per row, the full width (the round screen, with the e-mail under each group). */
  readonly wide?: boolean;
  /** Per group, what to show after its essentials (the round screen: the save button and the e-mail). */
  readonly children?: (group: RaterGroup) => ReactNode;
}

const LANGUAGE_NAME = { nl: 'feedback.preview.languages.nl', en: 'feedback.preview.languages.en' } as const satisfies Record<Lang, MessageKey>;

/** Per rater group, the essentials of the invitation it receives. */
export function InvitationPreview({ round, returnToMissing, managerUndecided = false, level = 3, wide = false, children }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const Heading = level === 3 ? 'h3' : 'h4';

  const rows = (p: GroupPreview): [string, string][] => [
    [
      t('feedback.preview.anonymity'),
      managerUndecided && mayBeNamed(p.group)
        ? t('feedback.preview.undecided')
        : p.anonymous
          ? t('feedback.preview.anonymous')
          : t('feedback.preview.named'),
    ],
    [t('feedback.preview.questions'), t('feedback.preview.questionsValue', { count: p.questions, minutes: p.minutes })],
    [t('feedback.preview.closesOn'), p.closesOn ? formatDate(p.closesOn, lang) : t('feedback.preview.noClosingDate')],
    [
      t('feedback.preview.returnTo'),
      p.returnTo ?? (returnToMissing === 'missing' ? t('feedback.preview.returnToMissing') : t('feedback.preview.returnToUnknown')),
    ],
    [
      t('feedback.preview.questionnaire'),
      t('feedback.preview.questionnaireValue', { version: p.questionnaire, language: t(LANGUAGE_NAME[p.language]) }),
    ],
  ];

  return (
    <ul className={wide ? 'preview-list preview-list--wide' : 'preview-list'}>
      {invitationPreview(round).map((p) => (
        <li key={p.group} className="preview" data-testid={`preview-${p.group}`}>
          <Heading className="preview__group">{t(GROUP_LABEL[p.group])}</Heading>
          <dl className="preview__facts">
            {rows(p).map(([term, value]) => (
              <div key={term} className="preview__row">
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {children?.(p.group)}
        </li>
      ))}
    </ul>
  );
}
