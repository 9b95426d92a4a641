/**
 * `npm run bench:nearness`: the near-occupation table of the full ESCO relations in
 * ../shared/data/esco (the starter taxonomy without it): time to compute it, the pairs kept, how
 * many cross an ISCO group, and the memory the table takes in a worker (heap and typed arrays,
 * measured after a forced GC, with and without the table held).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import {
  computeOccupationNearness,
  NEARNESS_METHOD,
  NearnessRows,
  OccupationNearnessTable,
  readEscoPackage,
  readStarterTaxonomy,
  STARTER_LANGUAGES,
} from '@wt/taxonomy';
import { SHARED_DATA } from './match-data.generator';

const gc = (globalThis as { gc?: () => void }).gc;

function used(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function main(): Promise<void> {
  if (!gc) throw new Error('run with node --expose-gc');
  const dir = join(SHARED_DATA, 'esco');
  const full = existsSync(join(dir, 'occupationSkillRelations.csv'));
  const pkg = full
    ? await readEscoPackage(dir, {
        languages: ['en'],
        kinds: ['occupations', 'occupationSkillRelations'],
      })
    : await readStarterTaxonomy({ languages: STARTER_LANGUAGES });
  const isco = new Map(pkg.occupations.map((o) => [o.uri, o.iscoGroup]));
  const started = process.hrtime.bigint();
  const rows: NearnessRows = computeOccupationNearness({
    occupations: pkg.occupations,
    relations: pkg.occupationSkillRelations,
  });
  const computeMs = Number(process.hrtime.bigint() - started) / 1e6;
  // As a worker reads it: rows with strings of their own (not the package's), dropped once built.
  const stored = JSON.stringify(rows);
  const before = used();
  const table = new OccupationNearnessTable(JSON.parse(stored));
  const withTable = used();
  const owners = new Set<string>();
  let outsideMinorGroup = 0;
  for (const o of pkg.occupations) {
    const near = table.neighboursOf(o.uri);
    if (near.length > 0) owners.add(o.uri);
    for (const n of near)
      if (isco.get(n.uri)?.slice(0, 3) !== o.iscoGroup?.slice(0, 3)) outsideMinorGroup += 1;
  }
  const line = {
    bench: 'occupation-nearness',
    source: full ? 'ESCO (../shared/data/esco)' : 'starter taxonomy',
    method: NEARNESS_METHOD,
    occupations: pkg.occupations.length,
    relations: pkg.occupationSkillRelations.length,
    compute_ms: Math.round(computeMs),
    pairs: table.size,
    occupations_with_neighbours: owners.size,
    pairs_outside_isco_minor_group: outsideMinorGroup,
    table_mb: Math.round(((withTable - before) / 2 ** 20) * 100) / 100,
    target_table_mb: 100,
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
