import { DataSource } from 'typeorm';
import { EmployerEntity } from '../entities/employer.entity';
import { VacancyEntity } from '../entities/vacancy.entity';
import { addDays, regionToday } from '../rules/calendar.util';
import { DEMO_EMPLOYERS, DEMO_VACANCIES } from './vacancies-demo.data';

/**
 * Employers and published vacancies of the demo. Fixed ids make a restart a no-op; closing dates
 * count from the first start, so a fresh demo has open vacancies. The match jobs go out with the
 * registry's first sweep (they start with nothing enqueued).
 */
export const vacanciesDemoSeeder = {
  name: 'vacancies',
  async seed(dataSource: DataSource): Promise<string> {
    const now = new Date();
    const today = regionToday(now);
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(EmployerEntity)
      .values(DEMO_EMPLOYERS.map((e) => ({ ...e, createdAt: now, updatedAt: now })))
      .orIgnore()
      .execute();
    const organisationOf = new Map(DEMO_EMPLOYERS.map((e) => [e.id, e.organisationId]));
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(VacancyEntity)
      .values(
        DEMO_VACANCIES.map(({ openForDays, ...v }) => ({
          ...v,
          organisationId: organisationOf.get(v.employerId)!,
          status: 'published' as const,
          version: 1,
          revision: 1,
          enqueuedVersion: 0,
          source: 'demo' as const,
          externalRef: null,
          skillSuggestions: [],
          closingDate: addDays(today, openForDays),
          publishedAt: now,
          endedAt: null,
          createdBy: 'demo',
          createdAt: now,
          updatedAt: now,
        })),
      )
      .orIgnore()
      .execute();
    return `${DEMO_EMPLOYERS.length} demo employers with ${DEMO_VACANCIES.length} vacancies (NL and DE)`;
  },
};
