import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatEscoIssue } from './esco-issue.collector';
import { readEscoPackage } from './esco-package.reader';
import { EscoReadProgress } from './esco.types';

/**
 * Smoke read of the real ESCO files in ../shared/data/esco (see its README). A fresh clone has no
 * ../shared, so these tests are skipped there, loudly; the starter-set specs cover the reader anyway.
 */
const ESCO_DIR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'esco');
const hasRealData = existsSync(join(ESCO_DIR, 'occupationSkillRelations.csv'));
const describeReal = hasRealData ? describe : describe.skip;

if (!hasRealData) {
  console.warn(
    `SKIPPED: real ESCO smoke read, ${ESCO_DIR} not found (needs ../shared/data/esco next to the repo)`,
  );
}

describeReal('reading the real ESCO package (../shared/data/esco)', () => {
  it('reads nl, de and en with their row counts and no errors', async () => {
    const progress: EscoReadProgress[] = [];
    const started = performance.now();
    const pkg = await readEscoPackage(ESCO_DIR, {
      languages: ['nl', 'de', 'en'],
      onProgress: (event) => progress.push(event),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        `real ESCO read in ${seconds.toFixed(2)} s: ${pkg.occupations.length} occupations, ${pkg.skills.length} skills,`,
        `${pkg.iscoGroups.length} ISCO groups, ${pkg.occupationSkillRelations.length} relations,`,
        `${pkg.broaderRelations.length} broader relations; ${pkg.errorCount} errors, ${pkg.warningCount} warnings`,
        ...pkg.files.map((f) => `  ${f.file}: ${f.rowsRead} rows, ${f.rowsAccepted} accepted`),
        ...pkg.errors.slice(0, 10).map(formatEscoIssue),
        ...pkg.warnings.slice(0, 10).map(formatEscoIssue),
      ].join('\n'),
    );

    const rows = Object.fromEntries(pkg.files.map((f) => [f.file, f.rowsRead]));
    expect(rows['occupations_nl.csv']).toBe(3039);
    expect(rows['occupations_en.csv']).toBe(3007);
    expect(rows['occupations_de.csv']).toBe(2942);
    expect(rows['skills_en.csv']).toBe(13896);
    expect(rows['skills_nl_partial.csv']).toBe(5453);
    expect(rows['occupationSkillRelations.csv']).toBe(123855);
    expect(pkg.files.find((f) => f.file === 'skills_nl_partial.csv')?.partial).toBe(true);

    expect(pkg.errors.map(formatEscoIssue)).toEqual([]);
    expect(pkg.occupationSkillRelations).toHaveLength(123855);
    expect(pkg.occupations.length).toBeGreaterThanOrEqual(3039);

    const relationProgress = progress.filter((p) => p.file === 'occupationSkillRelations.csv');
    expect(relationProgress.length).toBeGreaterThan(10);
    expect(relationProgress[relationProgress.length - 1]).toMatchObject({
      rowsRead: 123855,
      done: true,
    });
    // The read time is printed, not asserted: speed is the benchmark's business, not a unit test's.
  }, 300_000);
});
