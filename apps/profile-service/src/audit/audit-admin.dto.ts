import type { AuditPage, AuditRecord } from '@wt/audit';
import { ROLES } from '@wt/auth';
import { PagedResponse } from '@wt/bootstrap';
import { ApiProperty } from '@nestjs/swagger';
import { Length, Matches } from 'class-validator';

export class AuditObjectParams {
  @ApiProperty({ example: 'job-seeker', pattern: '^[a-z0-9][a-z0-9._-]{0,99}$' })
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, {
    message: 'type must be an object type such as job-seeker (lower case, digits, . _ -)',
  })
  type: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Length(1, 200)
  id: string;
}

export class AuditActorParams {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'demo-coach-user-1' })
  @Length(1, 200)
  subject: string;
}

export class AuditRecordDto {
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() actorSubject: string;
  @ApiProperty({ type: String, enum: ROLES, nullable: true }) actorRole: string | null;
  @ApiProperty({ enum: ['read', 'create', 'update', 'delete', 'search', 'export'] })
  action: string;
  @ApiProperty({ example: 'job-seeker' }) objectType: string;
  @ApiProperty() objectId: string;
  @ApiProperty({ enum: ['allowed', 'denied'] }) result: string;
  @ApiProperty({ type: String, nullable: true, description: 'the recording code’s note' })
  origin: string | null;
  @ApiProperty({ type: String, nullable: true }) clientIp: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'profile-service' }) app: string | null;

  static from(record: AuditRecord): AuditRecordDto {
    return Object.assign(new AuditRecordDto(), {
      ...record,
      occurredAt: record.occurredAt.toISOString(),
    });
  }
}

export class AuditPageDto extends PagedResponse(AuditRecordDto) {
  static from(page: AuditPage): AuditPageDto {
    return Object.assign(new AuditPageDto(), {
      items: page.items.map((record) => AuditRecordDto.from(record)),
      page: page.page,
      pageSize: page.pageSize,
      total: page.total,
    });
  }
}
