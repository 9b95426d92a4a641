import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { PermanentJobError } from './job-options';
import { jobDuration, jobsFailed, jobsProcessed } from './job-metrics';
import { JOB_HANDLER_METADATA, JobContext, JobHandler } from './job-handler';
import { JOB_NAMES, JobName, JobPayload } from './queue-names';

/**
 * Routes a job to its handler. The same dispatcher serves BullMQ and the in-process runner, so
 * both modes run the same code. Refuses to boot when a job name has no handler.
 */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER_METADATA, wrapper.metatype) as
        JobName | undefined;
      if (!name) continue;
      if (this.handlers.has(name)) throw new Error(`Two handlers for job ${name}`);
      this.handlers.set(name, wrapper.instance as JobHandler<JobName>);
    }
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  async dispatch<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    context: JobContext,
  ): Promise<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new PermanentJobError(`No handler for job ${name}`);
    this.logger.debug(`${name} ${context.jobId} attempt ${context.attempt}`);
    const stop = jobDuration.startTimer({ job: name });
    try {
      const result = await handler.handle(payload, context);
      jobsProcessed.inc({ job: name });
      return result;
    } catch (error) {
      jobsFailed.inc({ job: name });
      throw error;
    } finally {
      stop();
    }
  }
}
