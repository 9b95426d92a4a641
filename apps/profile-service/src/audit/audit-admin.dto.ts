import type { AuditPage, AuditRecord } from '@wt/audit';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';

export const MAX_AUDIT_PAGE_SIZE = 100;

export class AuditPageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE_SIZE)
  pageSize: number = 20;
}

export class AuditObjectParams {
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, {
    message: 'type must be an object type such as job-seeker (lower case, digits, . _ -)',
  })
  type: string;

  @Length(1, 200)
  id: string;
}

export class AuditActorParams {
  @Length(1, 200)
  subject: string;
}

export class AuditRecordDto {
  seq: number;
  occurredAt: string;
  actorSubject: string;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string;
  result: string;
  origin: string | null;
  clientIp: string | null;
  app: string | null;

  static from(record: AuditRecord): AuditRecordDto {
    return Object.assign(new AuditRecordDto(), {
      ...record,
      occurredAt: record.occurredAt.toISOString(),
    });
  }
}

export class AuditPageDto {
  items: AuditRecordDto[];
  page: number;
  pageSize: number;
  total: number;

  static from(page: AuditPage): AuditPageDto {
    return Object.assign(new AuditPageDto(), {
      items: page.items.map((record) => AuditRecordDto.from(record)),
      page: page.page,
      pageSize: page.pageSize,
      total: page.total,
    });
  }
}
