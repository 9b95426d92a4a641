import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { EmployerEntity } from '../entities/employer.entity';
import type { VacancyScope } from '../vacancy.types';

/** Employers are seen by the region or by their own organisation; coaches do not list them. */
export type EmployerScope = Exclude<VacancyScope, { kind: 'published' }>;

/** Employer organisations, always read and written within a scope. */
@Injectable()
export class EmployerRepository {
  constructor(
    @InjectRepository(EmployerEntity) private readonly rows: Repository<EmployerEntity>,
  ) {}

  async findInScope(scope: EmployerScope, id: string): Promise<EmployerEntity | undefined> {
    const where =
      scope.kind === 'organisation' ? { id, organisationId: scope.organisationId } : { id };
    return (await this.rows.findOne({ where })) ?? undefined;
  }

  async exists(id: string): Promise<boolean> {
    return this.rows.exist({ where: { id } });
  }

  async findByOrganisation(organisationId: string): Promise<EmployerEntity | undefined> {
    return (await this.rows.findOne({ where: { organisationId } })) ?? undefined;
  }

  async findByExternalRef(externalRef: string): Promise<EmployerEntity | undefined> {
    return (await this.rows.findOne({ where: { externalRef } })) ?? undefined;
  }

  async findPage(
    scope: EmployerScope,
    filter: { text?: string; country?: string },
    page: { page: number; pageSize: number },
  ): Promise<{ items: EmployerEntity[]; total: number }> {
    const query = this.rows.createQueryBuilder('e');
    if (scope.kind === 'organisation') {
      query.andWhere('e.organisationId = :organisationId', {
        organisationId: scope.organisationId,
      });
    }
    if (filter.text) {
      query.andWhere(`e.name ILIKE :text ESCAPE '\\'`, {
        text: `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.country) query.andWhere('e.country = :country', { country: filter.country });
    const [items, total] = await query
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip((page.page - 1) * page.pageSize)
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async insert(employer: EmployerEntity, manager?: EntityManager): Promise<void> {
    await (manager ?? this.rows.manager).getRepository(EmployerEntity).insert(employer);
  }

  /**
   * An imported employer, inserted unless another import inserted it first (a unique key race
   * between concurrent imports is the idempotent success it is), and then read as stored.
   */
  async insertOrFindImported(
    employer: EmployerEntity,
    manager: EntityManager,
  ): Promise<EmployerEntity> {
    const rows = manager.getRepository(EmployerEntity);
    await rows.createQueryBuilder().insert().values(employer).orIgnore().execute();
    return rows.findOneOrFail({ where: { externalRef: employer.externalRef! } });
  }

  async update(
    scope: EmployerScope,
    id: string,
    changes: Partial<EmployerEntity>,
  ): Promise<boolean> {
    const query = this.rows
      .createQueryBuilder()
      .update(EmployerEntity)
      .set({ ...changes, updatedAt: () => 'now()' })
      .where('id = :id', { id });
    if (scope.kind === 'organisation') {
      query.andWhere('organisation_id = :organisationId', { organisationId: scope.organisationId });
    }
    return ((await query.execute()).affected ?? 0) === 1;
  }
}
