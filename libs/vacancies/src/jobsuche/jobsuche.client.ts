import type { JobsucheJobDetails, JobsucheSearchResponse } from './jobsuche.types';
import { RateLimiter } from './rate-limiter';

export interface JobsucheClientConfig {
  /** Live fetching is opt-in: the API's terms restrict automated harvesting. */
  liveEnabled: boolean;
  baseUrl: string;
  /** The public client id the API expects in `X-API-Key`. */
  apiKey: string;
  minIntervalMs: number;
  /** Detail documents one fetch may request at most. */
  maxDetailsPerRun: number;
  timeoutMs: number;
}

export interface JobsucheQuery {
  /** What: job title free text. */
  was?: string;
  /** Where: place free text. */
  wo?: string;
  /** Radius around `wo`, km. */
  umkreis?: number;
  /** 1 = ARBEIT, 4 = AUSBILDUNG. */
  angebotsart?: number;
  size?: number;
  page?: number;
}

export class JobsucheLiveDisabledError extends Error {
  override name = 'JobsucheLiveDisabledError';
  constructor() {
    super(
      'Live fetching from the Bundesagentur Jobsuche API is off (set JOBSUCHE_LIVE=true to allow it); import downloaded job-details documents instead',
    );
  }
}

export class JobsucheRequestError extends Error {
  override name = 'JobsucheRequestError';
}

/** A small, polite client for the Jobsuche API: off unless configured, rate-limited when on. */
export class JobsucheClient {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly config: JobsucheClientConfig,
    private readonly fetchImpl: typeof fetch = fetch,
    limiter?: RateLimiter,
  ) {
    this.limiter = limiter ?? new RateLimiter(config.minIntervalMs);
  }

  get enabled(): boolean {
    return this.config.liveEnabled;
  }

  get maxDetailsPerRun(): number {
    return this.config.maxDetailsPerRun;
  }

  search(query: JobsucheQuery): Promise<JobsucheSearchResponse> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    return this.get<JobsucheSearchResponse>(`/pc/v4/jobs?${params}`);
  }

  /** The details endpoint takes the reference number base64-encoded. */
  details(refnr: string): Promise<JobsucheJobDetails> {
    return this.get<JobsucheJobDetails>(
      `/pc/v4/jobdetails/${encodeURIComponent(Buffer.from(refnr).toString('base64'))}`,
    );
  }

  private async get<T>(path: string): Promise<T> {
    if (!this.config.liveEnabled) throw new JobsucheLiveDisabledError();
    return this.limiter.run(() => this.fetchJson<T>(path));
  }

  private async fetchJson<T>(path: string): Promise<T> {
    const url = `${this.config.baseUrl.replace(/\/$/, '')}${path}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        headers: { 'X-API-Key': this.config.apiKey, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new JobsucheRequestError(`Jobsuche API not reachable: ${reason}`, { cause: error });
    }
    if (!response.ok) {
      throw new JobsucheRequestError(
        `Jobsuche API answered ${response.status} for ${path.split('?')[0]}`,
      );
    }
    return (await response.json()) as T;
  }
}
