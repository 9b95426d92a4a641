import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's Prometheus registry: job counters and durations, plus Node's own metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'wt_' });

export const jobsProcessed = new Counter({
  name: 'wt_jobs_processed_total',
  help: 'Jobs a handler finished, by job name',
  labelNames: ['job'],
  registers: [metricsRegistry],
});

export const jobsFailed = new Counter({
  name: 'wt_jobs_failed_total',
  help: 'Job attempts that threw, by job name (a retried job counts each failed attempt)',
  labelNames: ['job'],
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'wt_job_duration_seconds',
  help: 'Time a handler took, by job name',
  labelNames: ['job'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});

export const matchingRowsSkipped = new Counter({
  name: 'wt_matching_rows_skipped_total',
  help: 'Stored profiles or vacancies the worker could not match and skipped (logged with their id)',
  labelNames: ['kind'],
  registers: [metricsRegistry],
});

export const jobsFailedPermanently = new Counter({
  name: 'wt_jobs_failed_permanently_total',
  help: 'Jobs that failed their last attempt (listed at GET /admin/jobs/failed), by job name',
  labelNames: ['job'],
  registers: [metricsRegistry],
});
