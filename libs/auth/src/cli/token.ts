import { ConfigError, loadConfigFromProcess } from '@wt/config';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_TOKEN_HOURS, signLocalToken } from '../local-token.signer';
import { Principal, Role, ROLES, UserProfile } from '../principal';
import { profileFromClaims } from '../token-claims';

const USAGE =
  'usage: npm run --silent token -- --role <employer|adviser|coach|admin> [--org <id>] [--coach <id>] [--sub <subject>] [--hours <n>] [--email <address>] [--name <display name>]';

/**
 * `npm run --silent token -- --role coach --coach demo-coach-1`: prints a bearer token signed with
 * the configured local key (the one the running apps verify with), and nothing else, so that
 * `TOKEN=$(npm run --silent token -- --role admin)` works. Refuses with exit code 2 and one line
 * when the apps take tokens from an OIDC issuer, or on bad arguments.
 */
function main(argv: string[]): number {
  try {
    const config = loadConfigFromProcess();
    if (config.auth.mode === 'oidc') {
      return fail(
        `Refused: the apps verify tokens from the OIDC issuer ${config.auth.issuer}; get a token there`,
      );
    }
    const { principal, hours, profile } = parse(argv);
    const token = signLocalToken(config, principal, { ttlSeconds: hours * 3600, profile });
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) return fail(error.message);
    throw error;
  }
}

class UsageError extends Error {}

function parse(argv: string[]): { principal: Principal; hours: number; profile: UserProfile } {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        coach: { type: 'string' },
        sub: { type: 'string' },
        hours: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(USAGE);
  if (role === 'employer' && !values.org)
    throw new UsageError('an employer token needs --org <organisation id>');
  if (role === 'coach' && !values.coach)
    throw new UsageError('a coach token needs --coach <coach id>');
  if (values.org && role !== 'employer') throw new UsageError('--org is for employer tokens only');
  if (values.coach && role !== 'coach') throw new UsageError('--coach is for coach tokens only');
  const hours = values.hours === undefined ? DEFAULT_LOCAL_TOKEN_HOURS : Number(values.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) {
    throw new UsageError('--hours must be a whole number of hours from 1 to 720');
  }
  // The apps keep only well-formed claims: refuse here what they would drop.
  const profile = profileFromClaims({ email: values.email, name: values.name });
  if (values.email !== undefined && !profile.email)
    throw new UsageError('--email must be an e-mail address');
  if (values.name !== undefined && !profile.name)
    throw new UsageError('--name must be 1-200 characters');
  return {
    profile,
    principal: {
      subject: values.sub ?? `cli-${role}`,
      role,
      ...(values.org ? { organisationId: values.org } : {}),
      ...(values.coach ? { coachId: values.coach } : {}),
    },
    hours,
  };
}

function fail(line: string): number {
  process.stderr.write(`${line}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
