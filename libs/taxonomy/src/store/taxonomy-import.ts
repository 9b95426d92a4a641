import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EscoLabels, EscoPackage } from '../esco';
import { computeOccupationNearness, NEARNESS_METHOD, NearnessInput } from '../nearness';

export interface TaxonomyImportResult {
  /** False when the same content was imported before: nothing was changed. */
  changed: boolean;
  checksum: string;
  occupations: number;
  skills: number;
  iscoGroups: number;
  labels: number;
  relations: number;
  /** Near-occupation pairs stored (see {@link computeOccupationNearness}). */
  nearPairs: number;
  seconds: number;
}

const CHUNK = 5_000;
/** Serialises imports across processes; any constant shared by every importer. */
const IMPORT_LOCK = 74_310_001;

/**
 * Replaces the stored taxonomy with a package, in one transaction: a failed import leaves the
 * previous taxonomy intact, and importing the same content twice changes nothing.
 */
export async function importTaxonomy(
  dataSource: DataSource,
  pkg: EscoPackage,
  source: string,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<TaxonomyImportResult> {
  if (pkg.errorCount > 0) {
    throw new Error(`The package has ${pkg.errorCount} error(s); nothing was imported`);
  }
  const started = Date.now();
  const checksum = packageChecksum(pkg);
  const labels = labelRows(pkg);
  const counts = {
    occupations: pkg.occupations.length,
    skills: pkg.skills.length,
    iscoGroups: pkg.iscoGroups.length,
    labels: labels.uri.length,
    relations: pkg.occupationSkillRelations.length,
    nearPairs: 0,
  };
  const changed = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK]);
    const [last] = await manager.query(
      `SELECT id, checksum, nearness_method FROM taxonomy.import ORDER BY id DESC LIMIT 1`,
    );
    if (last?.checksum === checksum) {
      if (last.nearness_method !== NEARNESS_METHOD)
        counts.nearPairs = await writeNearness(
          manager,
          last.id,
          await storedNearnessInput(manager),
        );
      return false;
    }
    await manager.query(`DELETE FROM taxonomy.occupation_near`);
    await manager.query(`DELETE FROM taxonomy.broader`);
    await manager.query(`DELETE FROM taxonomy.occupation_skill`);
    await manager.query(`DELETE FROM taxonomy.label`);
    await manager.query(`DELETE FROM taxonomy.concept`);
    await insertConcepts(manager, pkg, onProgress);
    await insertRows(
      manager,
      'taxonomy.label (concept_uri, lang, kind, label)',
      ['text', 'text', 'text', 'text'],
      [labels.uri, labels.lang, labels.kind, labels.label],
      'labels',
      onProgress,
    );
    const known = new Set([...pkg.occupations.map((o) => o.uri), ...pkg.skills.map((s) => s.uri)]);
    // Relations to concepts outside the package are warnings in the reader; they cannot be stored.
    const relations = pkg.occupationSkillRelations.filter(
      (r) => known.has(r.occupationUri) && known.has(r.skillUri),
    );
    counts.relations = relations.length;
    await insertRows(
      manager,
      'taxonomy.occupation_skill (occupation_uri, skill_uri, relation_type)',
      ['text', 'text', 'text'],
      [
        relations.map((r) => r.occupationUri),
        relations.map((r) => r.skillUri),
        relations.map((r) => r.relationType),
      ],
      'relations',
      onProgress,
    );
    await insertRows(
      manager,
      'taxonomy.broader (concept_uri, broader_uri, pillar)',
      ['text', 'text', 'text'],
      [
        pkg.broaderRelations.map((b) => b.conceptUri),
        pkg.broaderRelations.map((b) => b.broaderUri),
        pkg.broaderRelations.map((b) => b.pillar),
      ],
      'broader relations',
      onProgress,
      'ON CONFLICT DO NOTHING',
    );
    const [{ id }] = await manager.query(
      `INSERT INTO taxonomy.import (source, languages, checksum, occupations, skills, relations) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [source, pkg.languages, checksum, counts.occupations, counts.skills, counts.relations],
    );
    counts.nearPairs = await writeNearness(
      manager,
      id,
      { occupations: pkg.occupations, relations },
      onProgress,
    );
    return true;
  });
  return { changed, checksum, ...counts, seconds: (Date.now() - started) / 1000 };
}

/**
 * Makes sure the latest import's near occupations are stored and computed by the current method
 * (a database imported before they existed, or by another method, gets them now). Returns the
 * pairs written, 0 when nothing needed doing.
 */
export async function ensureOccupationNearness(dataSource: DataSource): Promise<number> {
  const current = async (manager: EntityManager | DataSource) => {
    const [last] = await manager.query(
      `SELECT id, nearness_method FROM taxonomy.import ORDER BY id DESC LIMIT 1`,
    );
    return last && last.nearness_method !== NEARNESS_METHOD ? (last.id as number) : undefined;
  };
  if ((await current(dataSource)) === undefined) return 0;
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK]);
    const id = await current(manager);
    if (id === undefined) return 0;
    return writeNearness(manager, id, await storedNearnessInput(manager));
  });
}

async function storedNearnessInput(manager: EntityManager): Promise<NearnessInput> {
  const occupations: Array<{ uri: string; iscoGroup: string | null }> = await manager.query(
    `SELECT uri, code AS "iscoGroup" FROM taxonomy.concept WHERE kind = 'occupation'`,
  );
  const relations: NearnessInput['relations'] = await manager.query(
    `SELECT occupation_uri AS "occupationUri", skill_uri AS "skillUri", relation_type AS "relationType"
       FROM taxonomy.occupation_skill ORDER BY occupation_uri, skill_uri`,
  );
  return { occupations, relations };
}

async function writeNearness(
  manager: EntityManager,
  importId: number,
  input: NearnessInput,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<number> {
  const rows = computeOccupationNearness(input);
  await manager.query(`DELETE FROM taxonomy.occupation_near`);
  await insertRows(
    manager,
    'taxonomy.occupation_near (occupation_uri, near_uri, similarity, shared_essential, essential)',
    ['text', 'text', 'real', 'smallint', 'smallint'],
    [
      rows.occupation,
      rows.near,
      rows.similarity.map(String),
      rows.sharedEssential.map(String),
      rows.essential.map(String),
    ],
    'near occupations',
    onProgress,
  );
  await manager.query(`UPDATE taxonomy.import SET nearness_method = $2 WHERE id = $1`, [
    importId,
    NEARNESS_METHOD,
  ]);
  return rows.occupation.length;
}

async function insertConcepts(
  manager: EntityManager,
  pkg: EscoPackage,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<void> {
  const uri: string[] = [];
  const kind: string[] = [];
  const code: Array<string | null> = [];
  const skillType: Array<string | null> = [];
  const reuseLevel: Array<string | null> = [];
  const add = (
    u: string,
    k: string,
    c: string | null,
    t: string | null = null,
    r: string | null = null,
  ) => {
    uri.push(u);
    kind.push(k);
    code.push(c);
    skillType.push(t);
    reuseLevel.push(r);
  };
  for (const group of pkg.iscoGroups) add(group.uri, 'isco_group', group.code);
  for (const occupation of pkg.occupations) add(occupation.uri, 'occupation', occupation.iscoGroup);
  for (const skill of pkg.skills) add(skill.uri, 'skill', null, skill.skillType, skill.reuseLevel);
  await insertRows(
    manager,
    'taxonomy.concept (uri, kind, code, skill_type, reuse_level)',
    ['text', 'text', 'text', 'text', 'text'],
    [uri, kind, code, skillType, reuseLevel],
    'concepts',
    onProgress,
    'ON CONFLICT (uri) DO NOTHING',
  );
}

/** Column arrays in, one `INSERT ... SELECT unnest(...)` per chunk: fast on PostgreSQL and PGlite. */
async function insertRows(
  manager: EntityManager,
  target: string,
  types: string[],
  columns: Array<Array<string | null>>,
  step: string,
  onProgress?: (step: string, done: number, total: number) => void,
  conflict = '',
): Promise<void> {
  const total = columns[0].length;
  const params = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  for (let offset = 0; offset < total; offset += CHUNK) {
    const chunk = columns.map((column) => column.slice(offset, offset + CHUNK));
    await manager.query(`INSERT INTO ${target} SELECT * FROM unnest(${params}) ${conflict}`, chunk);
    onProgress?.(step, Math.min(offset + CHUNK, total), total);
  }
}

function labelRows(pkg: EscoPackage) {
  const rows = {
    uri: [] as string[],
    lang: [] as string[],
    kind: [] as string[],
    label: [] as string[],
  };
  const seen = new Set<string>();
  const add = (uri: string, lang: string, kind: string, label: string) => {
    const text = label.trim();
    const key = `${uri}\u0000${lang}\u0000${kind}\u0000${text}`;
    if (!text || seen.has(key)) return;
    seen.add(key);
    rows.uri.push(uri);
    rows.lang.push(lang);
    rows.kind.push(kind);
    rows.label.push(text);
  };
  const addAll = (uri: string, labels: EscoLabels[]) => {
    for (const l of labels) {
      add(uri, l.lang, 'preferred', l.preferred);
      l.alt.forEach((label) => add(uri, l.lang, 'alternative', label));
      l.hidden.forEach((label) => add(uri, l.lang, 'hidden', label));
    }
  };
  for (const concept of [...pkg.iscoGroups, ...pkg.occupations, ...pkg.skills])
    addAll(concept.uri, concept.labels);
  return rows;
}

/** Content hash over everything stored, independent of file order. */
function packageChecksum(pkg: EscoPackage): string {
  const hash = createHash('sha256');
  const sorted = <T>(items: T[], key: (item: T) => string) =>
    [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const c of sorted(
    [...pkg.iscoGroups, ...pkg.occupations, ...pkg.skills] as Array<{ uri: string }>,
    (c) => c.uri,
  )) {
    hash.update(JSON.stringify(c));
  }
  for (const r of sorted(pkg.occupationSkillRelations, (r) => r.occupationUri + r.skillUri))
    hash.update(JSON.stringify(r));
  for (const b of sorted(pkg.broaderRelations, (b) => b.conceptUri + b.broaderUri))
    hash.update(JSON.stringify(b));
  return hash.digest('hex');
}
