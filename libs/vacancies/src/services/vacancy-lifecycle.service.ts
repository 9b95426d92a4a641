import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { VacancyRepository } from '../repositories/vacancy.repository';
import { regionToday } from '../rules/calendar.util';
import { vacancyScopeOf } from '../rules/scope.util';
import { effectiveStatus, transition, VacancyAction } from '../rules/vacancy-lifecycle.util';
import { toVacancyView, VacancyView } from '../vacancy.views';
import { badRequest } from './vacancies.service';
import { VacancyMatchQueue } from './vacancy-match-queue.service';

/**
 * draft -> published -> filled | closed | expired. Every step is a new version for the matching
 * worker: publishing starts matching, the others end it.
 */
@Injectable()
export class VacancyLifecycleService {
  private readonly logger = new Logger(VacancyLifecycleService.name);

  constructor(
    private readonly vacancies: VacancyRepository,
    private readonly matchQueue: VacancyMatchQueue,
  ) {}

  publish(actor: Principal, id: string): Promise<VacancyView> {
    return this.apply(actor, id, 'publish');
  }

  fill(actor: Principal, id: string): Promise<VacancyView> {
    return this.apply(actor, id, 'fill');
  }

  close(actor: Principal, id: string): Promise<VacancyView> {
    return this.apply(actor, id, 'close');
  }

  /** The periodic housekeeping: expire overdue vacancies, re-send match jobs the queue missed. */
  async sweep(today = regionToday()): Promise<{ expired: number; resent: number }> {
    const expired = await this.expireOverdue(today);
    const resent = await this.matchQueue.retryMissed();
    return { expired, resent };
  }

  /**
   * Writes down what readers already see: published vacancies past their closing date expire.
   * Safe to run from several processes at once (one UPDATE decides).
   */
  async expireOverdue(today = regionToday()): Promise<number> {
    const expired = await this.vacancies.expireOverdue(today);
    await this.matchQueue.enqueue(expired);
    if (expired.length > 0) this.logger.log(`${expired.length} vacancy(ies) expired`);
    return expired.length;
  }

  private async apply(actor: Principal, id: string, action: VacancyAction): Promise<VacancyView> {
    const scope = vacancyScopeOf(actor);
    const today = regionToday();
    const current = await this.vacancies.findInScope(scope, id, today);
    if (!current) throw new NotFoundException(`vacancy ${id} not found`);
    const step = transition(effectiveStatus(current.status, current.closingDate, today), action);
    if ('refused' in step) throw new ConflictException(step.refused);
    if (action === 'publish' && current.closingDate && current.closingDate < today) {
      throw badRequest([{ field: 'closingDate', message: `has passed (${current.closingDate})` }]);
    }
    const now = new Date();
    const version = current.version + 1;
    // Only publishing needs matching; the worker's index drops a closed or filled vacancy by its
    // delta sync, and shortlists check the status when read. So the version is marked as sent.
    const changes =
      action === 'publish'
        ? { status: step.to, version, publishedAt: now }
        : { status: step.to, version, endedAt: now, enqueuedVersion: version };
    if (!(await this.vacancies.updateIfUnchanged(scope, current, changes))) {
      throw new ConflictException('the vacancy was changed meanwhile; read it again and retry');
    }
    if (action === 'publish') await this.matchQueue.enqueue([{ id, version }]);
    const saved = await this.vacancies.findInScope(scope, id, today);
    if (!saved) throw new NotFoundException(`vacancy ${id} not found`);
    return toVacancyView(saved, saved.employer?.name ?? '', today);
  }
}
