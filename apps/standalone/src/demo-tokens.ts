import {
  DEFAULT_LOCAL_TOKEN_HOURS,
  DEMO_PRINCIPALS,
  DEMO_PROFILES,
  signLocalToken,
} from '@wt/auth';
import { AppConfig } from '@wt/config';

/** Ready-to-use bearer tokens for the demo's fictional callers, one line each. */
export function demoTokenLines(config: AppConfig): string[] {
  if (config.auth.mode === 'oidc') {
    return [`Tokens: from the OIDC issuer ${config.auth.issuer} (none printed)`];
  }
  const lines = [
    `Demo tokens (valid ${DEFAULT_LOCAL_TOKEN_HOURS} h; more: npm run --silent token -- --role <role>):`,
  ];
  for (const principal of Object.values(DEMO_PRINCIPALS)) {
    const ids = principal.organisationId
      ? `org ${principal.organisationId}`
      : principal.coachId
        ? `coach ${principal.coachId}`
        : '';
    lines.push(
      `  ${principal.role.padEnd(9)}${ids.padEnd(19)}${signLocalToken(config, principal, { profile: DEMO_PROFILES[principal.role] })}`,
    );
  }
  lines.push(
    `  e.g. curl -H "Authorization: Bearer <admin token>" http://127.0.0.1:${config.http.profileServicePort}/admin/audit/actors/${DEMO_PRINCIPALS.coach.subject}`,
  );
  return lines;
}
