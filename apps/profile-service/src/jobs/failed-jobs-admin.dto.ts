import { FailedJob, FailedJobsPage, JOB_NAMES } from '@wt/queue';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_FAILED_JOBS_PAGE_SIZE = 100;

export class FailedJobsPageQuery {
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
  @Max(MAX_FAILED_JOBS_PAGE_SIZE)
  pageSize: number = 20;
}

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

export class FailedJobsPageDto {
  @ApiProperty({ type: [FailedJobDto] })
  items: FailedJobDto[];
  @ApiProperty({ type: 'integer' })
  page: number;
  @ApiProperty({ type: 'integer' })
  pageSize: number;
  @ApiProperty({ type: 'integer' })
  total: number;

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
