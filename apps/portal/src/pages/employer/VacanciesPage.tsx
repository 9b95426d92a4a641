import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ok, registry } from '../../api/client';
import { AppButtonLink, AppLink } from '../../layout/links';
import { Empty, Loading, LoadError } from '../../layout/States';
import { usePageTitle } from '../usePageTitle';
import { TableWrap } from '../../components/TableWrap';

/** The employer's own vacancies (the registry scopes the list to the token's organisation). */
export function EmployerVacanciesPage() {
  const { t } = useTranslation('employer');
  usePageTitle(t('vacancies.title'));
  const vacancies = useQuery({
    queryKey: ['registry', 'vacancies', 'own'],
    queryFn: () => ok(registry.GET('/vacancies', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <>
      <Heading1>{t('vacancies.title')}</Heading1>
      <Paragraph>
        <AppButtonLink to="/employer/vacancies/new">{t('vacancies.new')}</AppButtonLink>
      </Paragraph>
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
                <th scope="col">{t('vacancies.columns.status')}</th>
                <th scope="col">{t('vacancies.columns.place')}</th>
                <th scope="col">{t('vacancies.columns.closingDate')}</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.data.items.map((v) => (
                <tr key={v.id}>
                  <td>
                    <AppLink to={`/employer/vacancies/${v.id}`}>{v.title}</AppLink>
                    {v.occupationLabel ? <div className="wt-meta">{v.occupationLabel}</div> : null}
                  </td>
                  <td>
                    <span className="wt-badge">{t(`common:vacancyStatus.${v.status}`)}</span>
                  </td>
                  <td>{v.locationLabel ?? v.workPlace ?? '–'}</td>
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
