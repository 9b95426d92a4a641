import { Injectable } from '@nestjs/common';
import type { Principal, Role } from '@wt/auth';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditAction, AuditPage, AuditRecord, AuditResult, PageRequest } from './audit.types';
import { AuditService } from './audit.service';

/**
 * The questions an admin asks the trail: who accessed this object, and what did this person
 * access. Newest first. Each lookup is itself recorded: watching the watchers.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async whoAccessed(
    admin: Principal,
    objectType: string,
    objectId: string,
    page: PageRequest,
  ): Promise<AuditPage> {
    const result = await this.find({ objectType, objectId }, page);
    await this.recordLookup(admin, `object:${objectType}/${objectId}`);
    return result;
  }

  async whatDid(admin: Principal, actorSubject: string, page: PageRequest): Promise<AuditPage> {
    const result = await this.find({ actorSubject }, page);
    await this.recordLookup(admin, `actor:${actorSubject}`);
    return result;
  }

  private async find(where: FindOptionsWhere<AuditEvent>, page: PageRequest): Promise<AuditPage> {
    const [rows, total] = await this.dataSource.getRepository(AuditEvent).findAndCount({
      where,
      order: { seq: 'DESC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { ...page, total, items: rows.map(toRecord) };
  }

  private recordLookup(admin: Principal, objectId: string): Promise<void> {
    return this.audit.record({
      actor: admin,
      action: 'search',
      objectType: 'audit-trail',
      objectId,
      result: 'allowed',
    });
  }
}

function toRecord(row: AuditEvent): AuditRecord {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurredAt,
    actorSubject: row.actorSubject,
    actorRole: row.actorRole as Role | null,
    action: row.action as AuditAction,
    objectType: row.objectType,
    objectId: row.objectId,
    result: row.result as AuditResult,
    origin: row.origin,
    clientIp: row.clientIp,
    app: row.app,
  };
}
