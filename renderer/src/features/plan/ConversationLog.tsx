import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeById } from '@shared/kernel/compass/content';
import type { RouteId } from '@shared/kernel/compass/model';
import type { Conversation } from '@shared/features/plan/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { formatDate } from '../../app/i18n';
import { usePlan, usePlanProblem } from './store';
import { useLanguage } from '../../app/session';
import { ConversationForm, type ConversationInput } from './ConversationForm';
import { addedId, focusSoon, newestFirst, planIds } from './planHelpers';

/** The log of conversations with reisgenoten: a form to add one and the list, newest first. */
export function ConversationLog({ conversations, routes }: { conversations: readonly Conversation[]; routes: readonly RouteId[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { addConversation, removeConversation } = usePlan();
  const problem = usePlanProblem('conversations');
  const [removing, setRemoving] = useState<Conversation | null>(null);

  async function add(input: ConversationInput): Promise<boolean> {
    const plan = await addConversation(input);
    const added = plan ? addedId(conversations, plan.conversations) : null;
    if (added) focusSoon(planIds.conversation(added));
    return plan !== null;
  }

  async function remove(conversation: Conversation): Promise<void> {
    const plan = await removeConversation({ id: conversation.id });
    if (plan) focusSoon(planIds.conversationsList);
  }

  return (
    <section className="card stack" aria-labelledby="plan-conversations-title">
      <div>
        <h2 id="plan-conversations-title">{t('plan.conversations.title')}</h2>
        <p>{t('plan.conversations.intro')}</p>
      </div>
      {problem && <ProblemNotice problem={problem} />}
      <div role="group" aria-labelledby="plan-conversations-form-title">
        <h3 id="plan-conversations-form-title">{t('plan.conversations.formTitle')}</h3>
        <ConversationForm routes={routes} onSubmit={add} />
      </div>

      <div>
        <h3 id={planIds.conversationsList} tabIndex={-1}>
          {t('plan.conversations.listTitle')}
        </h3>
        {conversations.length === 0 ? (
          <p className="muted">{t('plan.conversations.none')}</p>
        ) : (
          <ul className="plan-items" data-testid="conversation-list">
            {newestFirst(conversations).map((c) => (
              <li key={c.id} id={planIds.conversation(c.id)} className="plan-item" tabIndex={-1}>
                <p className="plan-item__title">
                  {formatDate(c.date, lang)} · {t('plan.conversations.withLine', { with: c.with })}
                </p>
                <p className="reflection">{c.learned}</p>
                {c.route && (
                  <p className="plan-item__meta">{t('plan.routeName', { letter: c.route, name: routeById(c.route).name[lang] })}</p>
                )}
                <div className="plan-item__controls">
                  <button type="button" className="link-button link-button--danger" onClick={() => setRemoving(c)}>
                    {t('plan.conversations.remove')}
                    <span className="visually-hidden">
                      : {formatDate(c.date, lang)}, {c.with}
                    </span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>

      {removing && (
        <ConfirmDialog
          title={t('plan.conversations.removeTitle')}
          text={t('plan.conversations.removeText', { date: formatDate(removing.date, lang), with: removing.with })}
          confirmLabel={t('plan.removeConfirm')}
          cancelLabel={t('plan.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void remove(removing);
          }}
        />
      )}
    </section>
  );
}
