import { useTranslation } from 'react-i18next';
import { Explanation, LabelledSkill, Text, textIn } from '../api/matches';

interface ExplanationDetailsProps {
  explanation: Explanation;
  matchedSkills?: LabelledSkill[];
  missingEssentialSkills?: LabelledSkill[];
}

/**
 * A match explanation a person can read: knock-outs, the score's components, matched and missing
 * skills by label, the level comparison, distance, languages and the notes (cross-border,
 * recognition, banenafspraak). The texts come from the engine in Dutch or English.
 */
export function ExplanationDetails({
  explanation: e,
  matchedSkills,
  missingEssentialSkills,
}: ExplanationDetailsProps) {
  const { t, i18n } = useTranslation('components');
  const text = (x: Text) => textIn(x, i18n.language);
  return (
    <div className="wt-explanation">
      {e.knockOuts.length > 0 ? (
        <div data-testid="knock-outs">
          <strong>{t('explanation.knockOuts')}</strong>
          <ul>
            {e.knockOuts.map((k) => (
              <li key={k.code}>{text(k.reason)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="wt-table wt-table--compact">
        <caption className="wt-visually-hidden">{t('explanation.components')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explanation.component')}</th>
            <th scope="col">{t('explanation.points')}</th>
            <th scope="col">{t('explanation.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {e.components.map((c) => (
            <tr key={c.name}>
              <th scope="row">{t(`explanation.names.${c.name}`)}</th>
              <td>
                {c.points.toFixed(1)} / {c.weight}
              </td>
              <td>{text(c.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matchedSkills && matchedSkills.length > 0 ? (
        <p>
          <strong>{t('explanation.matched')}</strong> {matchedSkills.map((s) => s.label).join(', ')}
        </p>
      ) : null}
      {missingEssentialSkills && missingEssentialSkills.length > 0 ? (
        <p>
          <strong>{t('explanation.missing')}</strong>{' '}
          {missingEssentialSkills.map((s) => s.label).join(', ')}
        </p>
      ) : null}
      <p>
        <strong>{t('explanation.level')}</strong>{' '}
        {t(`explanation.verdicts.${e.level.verdict}`, {
          seeker: e.level.seekerEqf ?? '?',
          required: e.level.requiredEqf ?? '?',
        })}
      </p>
      {e.distance.km !== null ? (
        <p>
          <strong>{t('explanation.distance')}</strong>{' '}
          {t('explanation.km', { km: Math.round(e.distance.km), max: e.distance.maxKm ?? '?' })}
          {e.distance.crossBorder ? ` · ${t('explanation.crossBorder')}` : ''}
        </p>
      ) : null}
      {e.languages.length > 0 ? (
        <p>
          <strong>{t('explanation.languages')}</strong>{' '}
          {e.languages
            .map(
              (l) =>
                `${l.language.toUpperCase()} ${l.required} (${l.have ?? '–'}) ${l.ok ? '✓' : '✗'}`,
            )
            .join(', ')}
        </p>
      ) : null}
      {e.notes.length > 0 ? (
        <ul>
          {e.notes.map((n, i) => (
            <li key={i}>{text(n)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
