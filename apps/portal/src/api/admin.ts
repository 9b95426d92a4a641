import { sessionStore } from '../auth/session';
import { ApiError } from './client';

/**
 * The admin endpoints' answers. Their DTOs carry no OpenAPI properties, so the generated types
 * are empty for them; these follow the README (audit trail) and `failed-jobs-admin.dto.ts`.
 */
export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorSubject: string;
  actorRole: string;
  action: string;
  objectType: string;
  objectId: string;
  result: 'allowed' | 'denied';
  origin: string | null;
  clientIp: string | null;
  app: string;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface FailedJob {
  jobId: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  error: string;
  failedAt: string;
}

/** A call to the profile service through the portal server, with the session's token. */
export async function profilesJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const session = sessionStore.get();
  const response = await fetch(`/api/profiles${path}`, {
    ...init,
    headers: {
      accept: 'application/json',
      ...(session ? { authorization: `Bearer ${session.token}` } : {}),
    },
  });
  const body = (await response.json().catch(() => ({}))) as { message?: unknown };
  if (response.status === 401 && session) sessionStore.set(null, 'expired');
  if (!response.ok) {
    const m = body.message;
    throw new ApiError(
      response.status,
      Array.isArray(m) ? m.map(String) : typeof m === 'string' ? [m] : [],
    );
  }
  return body as T;
}

export const AUDIT_OBJECT_TYPES = [
  'job-seeker',
  'match',
  'insight',
  'audit-trail',
  'failed-jobs',
] as const;
