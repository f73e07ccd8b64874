import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/router';

/** The way to a new meetmoment, as a button-styled link. */
export function NewAssessmentLink({ primary = true }: { primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <a className={`button ${primary ? 'button--primary' : 'button--secondary'}`} href={hrefOf({ name: 'assess' })}>
      {t('start.newAssessment')}
    </a>
  );
}
