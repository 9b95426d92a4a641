import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Vacancy } from '../../api/adviser';
import { ok, registry } from '../../api/client';
import { searchOccupations } from '../../api/taxonomy';
import { ErrorSummary } from '../../components/Field';
import { Typeahead } from '../../components/Typeahead';
import { formErrors, FormErrors, NO_ERRORS } from '../../forms/errors';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { useStatus } from '../../layout/Status';
import '../../theme/pages.css';
import { usePageTitle } from '../usePageTitle';

/** Vacancies whose occupation the linker chose with low confidence: confirm it or pick another. */
export function OccupationReviewPage() {
  const { t } = useTranslation('adviserTools');
  usePageTitle(t('review.title'));
  const list = useQuery({
    queryKey: ['registry', 'vacancies', 'occupation-review'],
    queryFn: () =>
      ok(
        registry.GET('/vacancies', {
          params: { query: { occupationReview: 'needed', pageSize: 100 } },
        }),
      ),
  });
  return (
    <>
      <Paragraph>
        <AppLink to="/adviser/vacancies">{t('upload.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('review.title')}</Heading1>
      <Paragraph>{t('review.help')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{t('review.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <ol className="wt-cards">
          {list.data.items.map((v) => (
            <li key={v.id} className="wt-card" data-testid="review-vacancy" data-vacancy={v.id}>
              <Review vacancy={v} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function Review({ vacancy }: { vacancy: Vacancy }) {
  const { t, i18n } = useTranslation('adviserTools');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const [choice, setChoice] = useState<string>(vacancy.occupationUri ?? '');
  const [other, setOther] = useState<{ uri: string; label: string } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const name = `review-${vacancy.id}`;
  const confirm = useMutation({
    mutationFn: (occupationUri: string) =>
      ok(
        registry.PUT('/vacancies/{id}/occupation', {
          params: { path: { id: vacancy.id } },
          body: { occupationUri },
        }),
      ),
    onSuccess: async (result) => {
      setErrors(NO_ERRORS);
      announce(t('review.confirmed', { title: result.title, label: result.occupationLabel ?? '' }));
      await queryClient.invalidateQueries({ queryKey: ['registry', 'vacancies'] });
    },
    onError: (error) => setErrors(formErrors(error, ['occupationUri'], t)),
  });
  const options = [
    ...(vacancy.occupationUri
      ? [
          {
            uri: vacancy.occupationUri,
            label: vacancy.occupationLabel ?? vacancy.occupationUri,
            score: vacancy.occupationConfidence,
            linked: true,
          },
        ]
      : []),
    ...vacancy.occupationAlternatives.slice(0, 5).map((a) => ({ ...a, linked: false })),
  ];
  const chosen = choice === 'other' ? other?.uri : choice;
  const headingId = `${name}-heading`;
  return (
    <article aria-labelledby={headingId}>
      <Heading2 id={headingId}>{vacancy.title}</Heading2>
      <Paragraph className="wt-meta">
        {[vacancy.employer.name, vacancy.locationLabel ?? vacancy.workPlace, vacancy.country]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <form
        className="wt-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) confirm.mutate(chosen);
        }}
      >
        <ErrorSummary
          title={t('common:errors.summary')}
          messages={[...errors.general, ...(errors.fields.occupationUri ?? [])]}
        />
        <Fieldset>
          <FieldsetLegend>{t('review.legend')}</FieldsetLegend>
          {options.map((o, i) => (
            <div key={o.uri}>
              <RadioButton
                id={`${name}-${i}`}
                name={name}
                value={o.uri}
                checked={choice === o.uri}
                onChange={() => setChoice(o.uri)}
              />{' '}
              <FormLabel htmlFor={`${name}-${i}`} type="radio">
                {o.label}{' '}
                <span className="wt-meta">
                  ({o.linked ? t('review.linked') : t('review.alternative')}
                  {o.score !== null && o.score !== undefined
                    ? `, ${t('review.confidence', { score: Math.round(o.score * 100) })}`
                    : ''}
                  )
                </span>
              </FormLabel>
            </div>
          ))}
          <div>
            <RadioButton
              id={`${name}-other`}
              name={name}
              value="other"
              checked={choice === 'other'}
              onChange={() => setChoice('other')}
            />{' '}
            <FormLabel htmlFor={`${name}-other`} type="radio">
              {t('review.other')}
            </FormLabel>
          </div>
          {choice === 'other' ? (
            <div>
              <FormLabel htmlFor={`${name}-search`}>{t('review.otherSearch')}</FormLabel>
              <Typeahead
                id={`${name}-search`}
                label={t('review.otherSearch')}
                search={(q) => searchOccupations(q, i18n.language)}
                onSelect={(o) => setOther({ uri: o.value, label: o.label })}
              />
            </div>
          ) : null}
        </Fieldset>
        <div className="wt-actions">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={confirm.isPending}
            disabled={!chosen}
          >
            {t('review.confirm')}
          </Button>
        </div>
      </form>
    </article>
  );
}
