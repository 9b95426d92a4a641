import createClient, { Middleware } from 'openapi-fetch';
import { sessionStore } from '../auth/session';
import type { paths as ProfilePaths } from './profiles';
import type { paths as RegistryPaths } from './registry';

/** An answer other than 2xx: the status and the API's message(s), e.g. a 400's per-field list. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.get();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: the session ends, the sign-in page says why.
    if (response.status === 401 && sessionStore.get()) sessionStore.set(null, 'expired');
    return response;
  },
};

/** The vacancy registry, through the portal server's `/api/registry`. */
export const registry = createClient<RegistryPaths>({ baseUrl: '/api/registry' });
registry.use(auth);

/** The profile service, through the portal server's `/api/profiles`. */
export const profiles = createClient<ProfilePaths>({ baseUrl: '/api/profiles' });
profiles.use(auth);

/** Returns the data of a call, or throws an {@link ApiError} with the API's messages. */
export async function ok<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const message = (error as { message?: unknown } | undefined)?.message;
    const messages = Array.isArray(message)
      ? message.map(String)
      : typeof message === 'string'
        ? [message]
        : [];
    throw new ApiError(response.status, messages);
  }
  return data as T;
}

/**
 * {@link ok} for an operation that can also answer CSV: the JSON answer (the portal asks for
 * JSON; a text answer here is an error).
 */
export async function okJson<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Exclude<T, string>> {
  const data = await ok(call);
  if (typeof data === 'string') throw new ApiError(500, ['expected JSON, got text']);
  return data as Exclude<T, string>;
}
