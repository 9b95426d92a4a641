import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/**
 * The portal's API types are generated from the two apps' OpenAPI documents (built without a
 * database, `npm run portal:api-types`); this fails when an endpoint or DTO changed and the
 * committed `apps/portal/src/api/*.d.ts` were not generated again. (A child process: the
 * generator is ESM, which this Jest set-up does not load.)
 */
describe('portal API types', () => {
  it('match the OpenAPI documents of the vacancy registry and the profile service', () => {
    let output: string;
    try {
      output = execFileSync('npm', ['run', '--silent', 'portal:api-types', '--', '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const failed = error as { status?: number; stderr?: string; stdout?: string };
      throw new Error(`stale or failed (exit ${failed.status}): ${failed.stderr}${failed.stdout}`, {
        cause: error,
      });
    }
    expect(output).toBe('');
    for (const file of ['registry', 'profiles']) {
      const text = readFileSync(join(ROOT, `apps/portal/src/api/${file}.d.ts`), 'utf8');
      expect(text).toContain('export interface paths');
    }
  }, 120_000);
});
