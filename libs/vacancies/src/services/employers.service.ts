import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal } from '@wt/auth';
import { randomUUID } from 'node:crypto';
import { EmployerEntity } from '../entities/employer.entity';
import { EmployerRepository, EmployerScope } from '../repositories/employer.repository';
import { checkEmployerFields } from '../rules/employer-rules.util';
import { employerScopeOf } from '../rules/scope.util';
import type { EmployerChanges, EmployerInput, FieldError } from '../vacancy.types';
import { EmployerSummary, EmployerView, toEmployerSummary, toEmployerView } from '../vacancy.views';
import { badRequest, Page } from './vacancies.service';
import { VacancyEnrichmentService } from './vacancy-enrichment.service';

/** The audit's name for an employer record: it holds a contact person (personal data). */
const AUDITED_OBJECT = 'employer';

/**
 * Employer organisations. An employer user has one record, its organisation's; advisers keep
 * those of the whole region. Reading or changing a record with its contact person is audited.
 */
@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployerRepository,
    private readonly enrichment: VacancyEnrichmentService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, input: EmployerInput): Promise<EmployerView> {
    const id = randomUUID();
    const organisationId = this.organisationFor(actor, input, id);
    if (await this.employers.findByOrganisation(organisationId)) {
      throw new ConflictException(`organisation ${organisationId} already has an employer record`);
    }
    const fields = this.resolve({ ...input, organisationId });
    const now = new Date();
    const entity = Object.assign(new EmployerEntity(), {
      ...fields,
      id,
      organisationId,
      externalRef: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.employers.insert(entity);
    await this.record(actor, 'create', id);
    return toEmployerView(entity);
  }

  async list(
    actor: Principal,
    filter: { text?: string; country?: string },
    page: { page: number; pageSize: number },
  ): Promise<Page<EmployerSummary>> {
    const { items, total } = await this.employers.findPage(employerScopeOf(actor), filter, page);
    return { items: items.map(toEmployerSummary), page: page.page, pageSize: page.pageSize, total };
  }

  async get(actor: Principal, id: string): Promise<EmployerView> {
    const found = await this.findAudited(actor, employerScopeOf(actor), id, 'read');
    await this.record(actor, 'read', id);
    return toEmployerView(found);
  }

  async update(actor: Principal, id: string, changes: EmployerChanges): Promise<EmployerView> {
    const scope = employerScopeOf(actor);
    const current = await this.findAudited(actor, scope, id, 'update');
    const moved = (['street', 'postcode', 'place', 'country'] as const).some(
      (key) => changes[key] !== undefined,
    );
    const keepCoordinates =
      !moved || changes.latitude !== undefined || changes.longitude !== undefined;
    const merged: EmployerInput = {
      name: changes.name ?? current.name,
      country: changes.country ?? current.country,
      kvkNumber: changed(changes.kvkNumber, current.kvkNumber),
      foreignRegistration: changed(changes.foreignRegistration, current.foreignRegistration),
      street: changed(changes.street, current.street),
      postcode: changed(changes.postcode, current.postcode),
      place: changes.place ?? current.place,
      latitude: changed(changes.latitude, keepCoordinates ? current.latitude : null),
      longitude: changed(changes.longitude, keepCoordinates ? current.longitude : null),
      contactName: changed(changes.contactName, current.contactName),
      contactEmail: changed(changes.contactEmail, current.contactEmail),
      contactPhone: changed(changes.contactPhone, current.contactPhone),
    };
    const fields = this.resolve(merged);
    if (!(await this.employers.update(scope, id, fields))) throw notFound(id);
    await this.record(actor, 'update', id);
    return toEmployerView({ ...current, ...fields, updatedAt: new Date() });
  }

  private organisationFor(actor: Principal, input: EmployerInput, id: string): string {
    if (actor.role !== 'employer') return input.organisationId ?? id;
    if (input.organisationId && input.organisationId !== actor.organisationId) {
      throw badRequest([
        { field: 'organisationId', message: 'is taken from your sign-in for an employer' },
      ]);
    }
    return employerScopeOf(actor).kind === 'organisation' ? actor.organisationId! : id;
  }

  /** Checked fields with coordinates (given, or of the postcode or place). */
  private resolve(
    input: EmployerInput,
  ): Omit<EmployerEntity, 'id' | 'organisationId' | 'externalRef' | 'createdAt' | 'updatedAt'> {
    const errors: FieldError[] = checkEmployerFields(input);
    if (
      errors.length === 0 &&
      input.postcode &&
      !this.enrichment.locate(input.country, input.postcode)
    ) {
      errors.push({
        field: 'postcode',
        message: `${input.postcode} is not a known postcode in ${input.country}`,
      });
    }
    let latitude = input.latitude ?? null;
    let longitude = input.longitude ?? null;
    if (errors.length === 0 && (latitude === null || longitude === null)) {
      const found = this.enrichment.locate(input.country, input.postcode, input.place);
      if (!found) {
        errors.push({
          field: 'place',
          message: `${input.place} is not a known place in ${input.country}`,
        });
      } else {
        latitude = found.lat;
        longitude = found.lon;
      }
    }
    if (errors.length > 0) throw badRequest(errors);
    const text = (value: string | null | undefined) => value?.trim() || null;
    return {
      name: input.name.trim(),
      country: input.country,
      kvkNumber: text(input.kvkNumber),
      foreignRegistration: text(input.foreignRegistration),
      street: text(input.street),
      postcode: text(input.postcode)?.toUpperCase() ?? null,
      place: input.place.trim(),
      latitude,
      longitude,
      contactName: text(input.contactName),
      contactEmail: text(input.contactEmail)?.toLowerCase() ?? null,
      contactPhone: text(input.contactPhone),
    };
  }

  /** A record outside the caller's scope answers 404; if it exists, the attempt is audited. */
  private async findAudited(
    actor: Principal,
    scope: EmployerScope,
    id: string,
    action: 'read' | 'update',
  ): Promise<EmployerEntity> {
    const found = await this.employers.findInScope(scope, id);
    if (found) return found;
    if (await this.employers.exists(id)) await this.record(actor, action, id, 'denied');
    throw notFound(id);
  }

  private record(
    actor: Principal,
    action: 'read' | 'create' | 'update',
    objectId: string,
    result: 'allowed' | 'denied' = 'allowed',
  ): Promise<void> {
    return this.audit.record({ actor, action, objectType: AUDITED_OBJECT, objectId, result });
  }
}

/** `undefined` keeps the current value, `null` clears it. */
function changed<T>(change: T | null | undefined, current: T | null): T | undefined {
  return (change === undefined ? current : change) ?? undefined;
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`employer ${id} not found`);
}
