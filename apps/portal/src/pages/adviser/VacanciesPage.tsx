import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ok, registry } from '../../api/client';
import { AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { usePageTitle } from '../usePageTitle';
import { TableWrap } from '../../components/TableWrap';

/** The region's published vacancies, newest first, each with a link to its shortlist. */
export function AdviserVacanciesPage() {
  const { t } = useTranslation('adviser');
  usePageTitle(t('vacancies.title'));
  const vacancies = useQuery({
    queryKey: ['registry', 'vacancies', 'region'],
    queryFn: () =>
      ok(registry.GET('/vacancies', { params: { query: { status: 'published', pageSize: 100 } } })),
  });
  return (
    <>
      <Heading1>{t('vacancies.title')}</Heading1>
      <Paragraph>{t('vacancies.intro')}</Paragraph>
      {vacancies.isPending ? <Loading /> : null}
      {vacancies.isError ? <LoadError error={vacancies.error} /> : null}
      {vacancies.data && vacancies.data.items.length === 0 ? (
        <Empty>{t('vacancies.empty')}</Empty>
      ) : null}
      {vacancies.data && vacancies.data.items.length > 0 ? (
        <TableWrap label={t('vacancies.title')}>
          <table className="wt-table">
            <caption className="wt-visually-hidden">
              {t('vacancies.caption', { count: vacancies.data.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('vacancies.columns.title')}</th>
                <th scope="col">{t('vacancies.columns.employer')}</th>
                <th scope="col">{t('vacancies.columns.place')}</th>
                <th scope="col">{t('vacancies.columns.closingDate')}</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.data.items.map((v) => (
                <tr key={v.id}>
                  <td>
                    <AppLink to={`/adviser/vacancies/${v.id}`}>{v.title}</AppLink>
                    {v.occupationLabel ? <div className="wt-meta">{v.occupationLabel}</div> : null}
                  </td>
                  <td>{v.employer.name}</td>
                  <td>
                    {v.locationLabel ?? v.workPlace ?? '–'} ({v.country})
                  </td>
                  <td>{v.closingDate ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
