import { JOB_NAMES, type FailedJob, type FailedJobsPage } from '@wt/queue';
import { ApiProperty } from '@nestjs/swagger';
import { PagedResponse } from '@wt/bootstrap';

export class FailedJobDto {
  @ApiProperty({ example: 'match-vacancy.2f0c….v3' })
  jobId: string;
  @ApiProperty({ enum: JOB_NAMES })
  name: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'ids and versions only' })
  payload: Record<string, unknown>;
  @ApiProperty({ type: 'integer' })
  attempts: number;
  @ApiProperty({ description: 'the last error message' })
  error: string;
  @ApiProperty({ format: 'date-time' })
  failedAt: string;

  static from(job: FailedJob): FailedJobDto {
    return Object.assign(new FailedJobDto(), job);
  }
}

export class FailedJobsPageDto extends PagedResponse(FailedJobDto) {
  static from(page: FailedJobsPage): FailedJobsPageDto {
    return Object.assign(new FailedJobsPageDto(), {
      ...page,
      items: page.items.map(FailedJobDto.from),
    });
  }
}

export class RetriedJobsDto {
  @ApiProperty({ type: 'integer', description: 'failed jobs queued again' })
  retried: number;
}
