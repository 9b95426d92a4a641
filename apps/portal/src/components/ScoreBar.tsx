import { useTranslation } from 'react-i18next';

/** The score (0-100) as a number and a bar; the number is what a screen reader reads. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="wt-score">
      <span>{t('score.label', { score: value })}</span>
      <span className="wt-scorebar" aria-hidden="true">
        <span style={{ inlineSize: `${value}%` }} />
      </span>
    </div>
  );
}
