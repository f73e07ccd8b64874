import { useId, useState, type FormEvent } from 'react';
import { mayBeNamed, NAMEABLE_GROUP } from '@shared/features/exchange/managerRule';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import { isRealIsoDate, localIsoDate } from '@shared/kernel/dates';
import { RATER_GROUPS, type RaterGroup } from '@shared/features/exchange/formatConstants';
import { closesOnInPast } from '@shared/features/feedback/roundDates';
import { formatDate } from '../../app/i18n';
import { navigate } from '../../app/router';
import { RETURN_TO_MAX, ROUND_NAME_MAX } from '@shared/features/feedback/schemas';
import { useFeedback } from './store';
import { GROUP_LABEL } from '../../ui/labels';
import { useLanguage } from '../../app/session';
import { InvitationPreview } from './InvitationPreview';
import { ManagerChoice, type ManagerChoiceValue } from './ManagerChoice';
import { HeldByCoachChoice } from './HeldByCoachChoice';

type Errors = Partial<Record<'name' | 'returnTo' | 'groups' | 'manager' | 'closesOn', string>>;

/**
 * Creating a feedback round: name, where answers go, groups, how the manager is asked, closing date,
 * language — and, while filling it in, what each group will receive.
 */
export function NewRoundForm() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const create = useFeedback((s) => s.create);
  const id = useId();
  const [name, setName] = useState('');
  const [leader, setLeader] = useState('');
  const [heldByCoach, setHeldByCoach] = useState(false);
  const [returnTo, setReturnTo] = useState('');
  const [groups, setGroups] = useState<RaterGroup[]>(['collega', 'medewerker']);
  const [managerChoice, setManagerChoice] = useState<ManagerChoiceValue | null>(null);
  const [closesOn, setClosesOn] = useState('');
  const [language, setLanguage] = useState<Lang>(lang);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const asksManager = groups.includes(NAMEABLE_GROUP);

  /** A field's problem is said until that field changes. */
  function clear(field: keyof Errors): void {
    setErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }

  function toggle(group: RaterGroup, on: boolean): void {
    setGroups((current) => (on ? [...current, group] : current.filter((g) => g !== group)));
    clear('groups');
    clear('manager');
    // Asking the manager (again) asks for the choice again: none is made for the leader.
    if (mayBeNamed(group)) setManagerChoice(null);
  }

  function chooseManager(choice: ManagerChoiceValue): void {
    setManagerChoice(choice);
    clear('manager');
    setGroups((current) => {
      const without = current.filter((g) => g !== NAMEABLE_GROUP);
      return choice === 'leave-out' ? without : RATER_GROUPS.filter((g) => g === NAMEABLE_GROUP || without.includes(g));
    });
  }

  function dateError(today: string): string {
    return t('feedback.create.errorDatePast', { today: formatDate(today, lang) });
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found: Errors = {};
    const today = localIsoDate(new Date());
    if (!name.trim()) found.name = t('feedback.create.errorName');
    if (!returnTo.trim()) found.returnTo = t('feedback.create.errorReturnTo');
    if (groups.length === 0) found.groups = t('feedback.create.errorGroups');
    if (asksManager && managerChoice === null) found.manager = t('feedback.create.errorManager');
    if (closesOn && !isRealIsoDate(closesOn)) found.closesOn = t('feedback.create.errorDate');
    else if (closesOnInPast(closesOn || null, today)) found.closesOn = dateError(today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    const round = await create({
      name: name.trim(),
      leader: leader.trim(),
      heldByCoach,
      returnTo: returnTo.trim(),
      groups,
      closesOn: closesOn || null,
      managerNonAnonymous: asksManager && managerChoice === 'named',
      language,
    });
    setBusy(false);
    if (round) {
      navigate({ name: 'round', id: round.id });
      return;
    }
    // The app's own check of the closing date (its "today", e.g. just after midnight): said at the field.
    const problem = useFeedback.getState().problem;
    if (problem?.code === 'round-closes-in-past') {
      useFeedback.getState().clearProblem();
      setErrors({ closesOn: dateError(problem.params.today) });
      document.getElementById(`${id}-closesOn`)?.focus();
    }
  }

  const describe = (field: keyof Errors, hint: string) => [hint, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('feedback.create.title')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-name`} className="field__label">
            {t('feedback.create.name')}
          </label>
          <p id={`${id}-name-hint`} className="field__hint">
            {t('feedback.create.nameHint')}
          </p>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={ROUND_NAME_MAX}
            required
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describe('name', `${id}-name-hint`)}
            onChange={(e) => {
              setName(e.target.value);
              clear('name');
            }}
          />
          {errors.name && (
            <p id={`${id}-name-error`} className="field__error">
              {errors.name}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-leader`} className="field__label">
            {t('feedback.create.leader')}
          </label>
          <p id={`${id}-leader-hint`} className="field__hint">
            {t('feedback.create.leaderHint')}
          </p>
          <input
            id={`${id}-leader`}
            className="input"
            value={leader}
            maxLength={120}
            aria-describedby={`${id}-leader-hint`}
            onChange={(e) => setLeader(e.target.value)}
          />
        </div>
        <HeldByCoachChoice checked={heldByCoach} onChange={setHeldByCoach} />

        <div className="field">
          <label htmlFor={`${id}-returnTo`} className="field__label">
            {t('feedback.create.returnTo')}
          </label>
          <p id={`${id}-returnTo-hint`} className="field__hint">
            {t('feedback.create.returnToHint')}
          </p>
          <input
            id={`${id}-returnTo`}
            className="input"
            value={returnTo}
            maxLength={RETURN_TO_MAX}
            required
            aria-invalid={errors.returnTo ? true : undefined}
            aria-describedby={describe('returnTo', `${id}-returnTo-hint`)}
            onChange={(e) => {
              setReturnTo(e.target.value);
              clear('returnTo');
            }}
          />
          {errors.returnTo && (
            <p id={`${id}-returnTo-error`} className="field__error">
              {errors.returnTo}
            </p>
          )}
        </div>

        <fieldset className="field choice-group" aria-describedby={describe('groups', `${id}-groups-hint`)}>
          <legend className="field__label">{t('feedback.create.groups')}</legend>
          <p id={`${id}-groups-hint`} className="field__hint">
            {t('feedback.create.groupsHint')}
          </p>
          {RATER_GROUPS.map((group, index) => (
            <div key={group} className="choice">
              <input
                type="checkbox"
                id={index === 0 ? `${id}-groups` : `${id}-group-${group}`}
                checked={groups.includes(group)}
                onChange={(e) => toggle(group, e.target.checked)}
              />
              <label htmlFor={index === 0 ? `${id}-groups` : `${id}-group-${group}`}>{t(GROUP_LABEL[group])}</label>
            </div>
          ))}
          {errors.groups && (
            <p id={`${id}-groups-error`} className="field__error">
              {errors.groups}
            </p>
          )}
        </fieldset>

        {(asksManager || managerChoice === 'leave-out') && (
          <ManagerChoice id={`${id}-manager`} value={managerChoice} error={errors.manager} onChange={chooseManager} />
        )}

        <div className="field">
          <label htmlFor={`${id}-closesOn`} className="field__label">
            {t('feedback.create.closesOn')}
          </label>
          <p id={`${id}-closesOn-hint`} className="field__hint">
            {t('feedback.create.closesOnHint')}
          </p>
          <input
            id={`${id}-closesOn`}
            type="date"
            className="input-date"
            min={localIsoDate(new Date())}
            value={closesOn}
            aria-invalid={errors.closesOn ? true : undefined}
            aria-describedby={describe('closesOn', `${id}-closesOn-hint`)}
            onChange={(e) => {
              setClosesOn(e.target.value);
              clear('closesOn');
            }}
          />
          {errors.closesOn && (
            <p id={`${id}-closesOn-error`} className="field__error">
              {errors.closesOn}
            </p>
          )}
        </div>

        <fieldset className="field choice-group">
          <legend className="field__label">{t('feedback.create.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <div key={l} className="choice">
              <input type="radio" id={`${id}-lang-${l}`} name={`${id}-lang`} checked={language === l} onChange={() => setLanguage(l)} />
              <label htmlFor={`${id}-lang-${l}`} lang={l}>
                {l === 'nl' ? 'Nederlands' : 'English'}
              </label>
            </div>
          ))}
        </fieldset>

        <section className="stack" aria-labelledby={`${id}-preview-title`}>
          <h3 id={`${id}-preview-title`}>{t('feedback.preview.title')}</h3>
          <p className="field__hint">{t('feedback.preview.intro')}</p>
          {groups.length > 0 && (
            <InvitationPreview
              level={4}
              returnToMissing="missing"
              managerUndecided={asksManager && managerChoice === null}
              round={{
                groups: RATER_GROUPS.filter((g) => groups.includes(g)),
                managerNonAnonymous: asksManager && managerChoice === 'named',
                closesOn: isRealIsoDate(closesOn) ? closesOn : null,
                returnTo: returnTo.trim() || null,
                language,
                questionnaire: CURRENT_QUESTIONNAIRE_VERSION,
              }}
            />
          )}
        </section>

        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('feedback.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
