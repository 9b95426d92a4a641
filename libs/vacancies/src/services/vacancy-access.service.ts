import { Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { VacancyRepository } from '../repositories/vacancy.repository';
import { regionToday } from '../rules/calendar.util';
import { vacancyScopeOf } from '../rules/scope.util';

/**
 * The one answer to "may this principal see vacancy X?", for this context and every other: a
 * vacancy outside the caller's scope (another employer's, a coach and an unpublished one) does
 * not exist for them, so the answer is the same 404 as for an id that exists nowhere.
 */
@Injectable()
export class VacancyAccessService {
  constructor(private readonly vacancies: VacancyRepository) {}

  /** Throws 404 unless the vacancy is in the caller's scope. */
  async requireVisible(principal: Principal, vacancyId: string): Promise<void> {
    const found = await this.vacancies.existsInScope(
      vacancyScopeOf(principal),
      vacancyId,
      regionToday(),
    );
    if (!found) throw vacancyNotFound(vacancyId);
  }
}

export function vacancyNotFound(id: string): NotFoundException {
  return new NotFoundException(`vacancy ${id} not found`);
}
