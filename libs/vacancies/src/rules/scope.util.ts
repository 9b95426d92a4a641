import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import type { EmployerScope } from '../repositories/employer.repository';
import type { VacancyScope } from '../vacancy.types';

/**
 * What a caller may see of the vacancies: advisers and admins the whole region, an employer its
 * own organisation, a coach the published vacancies (to shortlist them for job seekers).
 */
export function vacancyScopeOf(principal: Principal): VacancyScope {
  switch (principal.role) {
    case 'adviser':
    case 'admin':
      return { kind: 'region' };
    case 'coach':
      return { kind: 'published' };
    case 'employer':
      return { kind: 'organisation', organisationId: organisationOf(principal) };
  }
}

export function employerScopeOf(principal: Principal): EmployerScope {
  const scope = vacancyScopeOf(principal);
  if (scope.kind === 'published') throw new ForbiddenException('coaches do not manage employers');
  return scope;
}

function organisationOf(principal: Principal): string {
  if (!principal.organisationId) {
    throw new ForbiddenException('an employer token must name its organisation');
  }
  return principal.organisationId;
}
