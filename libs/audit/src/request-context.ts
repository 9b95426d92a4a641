import { AsyncLocalStorage } from 'node:async_hooks';

/** What the audit trail records about the request an access happens in. */
export interface RequestContext {
  clientIp?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Express middleware: makes the request's client address (`req.ip`, so `TRUST_PROXY` applies)
 * available to the audit trail anywhere below it, without passing the request around.
 */
export function requestContextMiddleware(
  req: { ip?: string },
  _res: unknown,
  next: () => void,
): void {
  storage.run({ clientIp: req.ip }, next);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
