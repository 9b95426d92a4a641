import { Principal, signLocalToken, UserProfile } from '@wt/auth';
import { AppConfig } from '@wt/config';

/**
 * A bearer token (the JWT itself, without `Bearer `) for `principal`, signed with the suite's
 * local key, as the apps of `config` accept it. Synchronous; awaiting it works too.
 *   request(app).get('/x').set('Authorization', `Bearer ${tokenFor(env.config, principal)}`)
 */
export function tokenFor(
  config: AppConfig,
  principal: Principal,
  options: { ttlSeconds?: number; profile?: UserProfile } = {},
): string {
  return signLocalToken(config, principal, options);
}
