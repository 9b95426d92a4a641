import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { randomUUID } from 'node:crypto';
import { EmployerEntity } from '../entities/employer.entity';
import { VacancyEntity } from '../entities/vacancy.entity';
import { EmployerRepository } from '../repositories/employer.repository';
import {
  PageRequest,
  VacancyRepository,
  VacancySearchFilter,
} from '../repositories/vacancy.repository';
import { regionToday } from '../rules/calendar.util';
import { needsMatching } from '../rules/matching-relevance.util';
import { vacancyScopeOf } from '../rules/scope.util';
import { effectiveStatus, isEditable, withArticle } from '../rules/vacancy-lifecycle.util';
import { describeFieldErrors } from '../rules/vacancy-rules.util';
import { toVacancyView, VacancyView } from '../vacancy.views';
import type {
  Country,
  FieldError,
  VacancyChanges,
  VacancyInput,
  VacancyScope,
  VacancySource,
} from '../vacancy.types';
import { VacancyEnrichmentService } from './vacancy-enrichment.service';
import { vacancyNotFound } from './vacancy-access.service';
import { VacancyMatchQueue } from './vacancy-match-queue.service';
import { PreparedVacancy, VacancyPreparer } from './vacancy-preparation.service';

export interface VacancySearch extends Omit<VacancySearchFilter, 'near'> {
  /** A place name or postcode to search around. */
  near?: string;
  nearCountry?: Country;
  radiusKm?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface CreateOptions {
  publish?: boolean;
  source?: VacancySource;
  /** Texts besides the title to link the occupation from (an imported occupation name). */
  occupationHints?: string[];
  externalRef?: string;
}

export const DEFAULT_RADIUS_KM = 25;

/** What the rows of one import by one caller share: each employer and taxonomy look-up made once. */
export interface BuildBatch {
  preparer: VacancyPreparer;
  employers: Map<string, Promise<EmployerEntity | undefined>>;
}

/** Creating, changing, reading and searching vacancies, each within the caller's scope. */
@Injectable()
export class VacanciesService {
  constructor(
    private readonly vacancies: VacancyRepository,
    private readonly employers: EmployerRepository,
    private readonly preparer: VacancyPreparer,
    private readonly matchQueue: VacancyMatchQueue,
    private readonly enrichment: VacancyEnrichmentService,
  ) {}

  async create(
    actor: Principal,
    input: VacancyInput,
    options: CreateOptions = {},
  ): Promise<VacancyView> {
    const built = await this.build(actor, input, options);
    if ('errors' in built) throw badRequest(built.errors);
    await this.vacancies.insert(built.ok.vacancy);
    if (options.publish) await this.matchQueue.enqueue([built.ok.vacancy]);
    return toVacancyView(built.ok.vacancy, built.ok.employer.name, regionToday());
  }

  /** For `build`: the look-ups shared by the rows of one import by one caller. */
  newBatch(): BuildBatch {
    return { preparer: this.preparer.forBatch(), employers: new Map() };
  }

  /**
   * A new vacancy row for this caller, or what is wrong with the input; stores nothing, so a bulk
   * import can check every row before it writes any.
   */
  async build(
    actor: Principal,
    input: VacancyInput,
    options: CreateOptions = {},
    batch?: BuildBatch,
  ): Promise<
    { ok: { vacancy: VacancyEntity; employer: EmployerEntity } } | { errors: FieldError[] }
  > {
    const employer = await this.batchedEmployerFor(actor, input.employerId, batch);
    if (!employer) {
      return {
        errors: [
          {
            field: 'employerId',
            message: input.employerId
              ? `${input.employerId} is not an employer you may post for`
              : actor.role === 'employer'
                ? 'your organisation has no employer record yet: create it with POST /employers'
                : 'is required',
          },
        ],
      };
    }
    const today = regionToday();
    const preparer = batch?.preparer ?? this.preparer;
    const prepared = await preparer.prepareNew(input, today, options.occupationHints);
    if ('errors' in prepared) return prepared;
    const vacancy = newVacancyEntity(prepared.ok, employer, actor, options);
    return { ok: { vacancy, employer } };
  }

  async update(actor: Principal, id: string, changes: VacancyChanges): Promise<VacancyView> {
    const scope = vacancyScopeOf(actor);
    const today = regionToday();
    const current = await this.editable(scope, id, today);
    const changed = await this.change(scope, current, changes, today);
    if ('errors' in changed) throw badRequest(changed.errors);
    return changed.ok;
  }

  /** A change to a vacancy already read in scope; errors are returned, for importers to report. */
  async change(
    scope: VacancyScope,
    current: VacancyEntity,
    changes: VacancyChanges,
    today = regionToday(),
  ): Promise<{ ok: VacancyView } | { errors: FieldError[] }> {
    const prepared = await this.preparer.prepareChange(current, changes, today);
    if ('errors' in prepared) return prepared;
    const { row, matchingChanged } = prepared.ok;
    const version = current.version + (matchingChanged ? 1 : 0);
    return { ok: await this.save(scope, current, { ...row, version }) };
  }

  /** An adviser's correction of the occupation the linker (or the poster) chose. */
  async correctOccupation(
    actor: Principal,
    id: string,
    occupationUri: string,
  ): Promise<VacancyView> {
    const scope = vacancyScopeOf(actor);
    const current = await this.editable(scope, id, regionToday());
    const prepared = await this.preparer.prepareCorrection(current, occupationUri);
    if ('errors' in prepared) throw badRequest(prepared.errors);
    const changed = prepared.ok.occupationUri !== current.occupationUri;
    return this.save(scope, current, {
      ...prepared.ok,
      version: current.version + (changed ? 1 : 0),
    });
  }

  async get(actor: Principal, id: string): Promise<VacancyView> {
    const today = regionToday();
    const found = await this.vacancies.findInScope(vacancyScopeOf(actor), id, today);
    if (!found) throw notFound(id);
    return toVacancyView(found, found.employer?.name ?? '', today);
  }

  /** For other contexts (the matching worker): any vacancy of the region, or undefined. */
  async findForMatching(id: string): Promise<VacancyView | undefined> {
    const today = regionToday();
    const found = await this.vacancies.findInScope({ kind: 'region' }, id, today);
    return found && toVacancyView(found, found.employer?.name ?? '', today);
  }

  async search(
    actor: Principal,
    search: VacancySearch,
    page: PageRequest,
  ): Promise<Page<VacancyView>> {
    const today = regionToday();
    const { near, nearCountry, radiusKm, ...rest } = search;
    const filter: VacancySearchFilter = { ...rest };
    if (near) {
      const point = this.enrichment.locate(nearCountry ?? 'NL', near, near);
      if (!point) {
        throw badRequest([
          {
            field: 'near',
            message: `${near} is not a known place or postcode in ${nearCountry ?? 'NL'}`,
          },
        ]);
      }
      filter.near = { lat: point.lat, lon: point.lon, radiusKm: radiusKm ?? DEFAULT_RADIUS_KM };
    }
    const { hits, total } = await this.vacancies.findPage(
      vacancyScopeOf(actor),
      filter,
      page,
      today,
    );
    return {
      items: hits.map((hit) => toVacancyView(hit, hit.employerName, today, hit.distanceKm)),
      page: page.page,
      pageSize: page.pageSize,
      total,
    };
  }

  /** A vacancy that may still change (draft or published, not past its closing date). */
  async editable(scope: VacancyScope, id: string, today: string): Promise<VacancyEntity> {
    const current = await this.vacancies.findInScope(scope, id, today);
    if (!current) throw notFound(id);
    const status = effectiveStatus(current.status, current.closingDate, today);
    if (!isEditable(status)) {
      throw new ConflictException(`${withArticle(status)} vacancy cannot be changed`);
    }
    return current;
  }

  private async save(
    scope: VacancyScope,
    current: VacancyEntity,
    changes: Partial<PreparedVacancy> & { version: number },
  ): Promise<VacancyView> {
    const written = await this.vacancies.updateIfUnchanged(scope, current, changes);
    if (!written) {
      throw new ConflictException('the vacancy was changed meanwhile; read it again and retry');
    }
    const after = { ...current, ...changes } as VacancyEntity;
    if (changes.version > current.version && needsMatching(after)) {
      await this.matchQueue.enqueue([{ id: current.id, version: changes.version }]);
    }
    const today = regionToday();
    const saved = await this.vacancies.findInScope(scope, current.id, today);
    if (!saved) throw notFound(current.id);
    return toVacancyView(saved, saved.employer?.name ?? '', today);
  }

  private batchedEmployerFor(
    actor: Principal,
    employerId: string | undefined,
    batch: BuildBatch | undefined,
  ): Promise<EmployerEntity | undefined> {
    if (!batch) return this.employerFor(actor, employerId);
    const key = employerId ?? '';
    let found = batch.employers.get(key);
    if (!found) {
      found = this.employerFor(actor, employerId);
      batch.employers.set(key, found);
    }
    return found;
  }

  private async employerFor(
    actor: Principal,
    employerId: string | undefined,
  ): Promise<EmployerEntity | undefined> {
    const scope = vacancyScopeOf(actor);
    if (scope.kind === 'organisation') {
      const own = await this.employers.findByOrganisation(scope.organisationId);
      return own && (!employerId || employerId === own.id) ? own : undefined;
    }
    if (scope.kind === 'published' || !employerId) return undefined;
    return this.employers.findInScope(scope, employerId);
  }
}

export function newVacancyEntity(
  row: PreparedVacancy,
  employer: EmployerEntity,
  actor: Principal,
  options: CreateOptions,
): VacancyEntity {
  const now = new Date();
  return Object.assign(new VacancyEntity(), {
    ...row,
    id: randomUUID(),
    employerId: employer.id,
    organisationId: employer.organisationId,
    status: options.publish ? 'published' : 'draft',
    version: 1,
    revision: 1,
    enqueuedVersion: 0,
    source: options.source ?? 'portal',
    externalRef: options.externalRef ?? null,
    publishedAt: options.publish ? now : null,
    endedAt: null,
    createdBy: actor.subject,
    createdAt: now,
    updatedAt: now,
  });
}

export function badRequest(errors: readonly FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: describeFieldErrors(errors),
  });
}

function notFound(id: string): NotFoundException {
  return vacancyNotFound(id);
}
