import { INestApplication } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS } from '@wt/auth';
import {
  EscoPackage,
  importTaxonomy,
  NEARNESS_METHOD,
  readEscoPackage,
  readStarterTaxonomy,
  STARTER_TAXONOMY_DIR,
  TaxonomyService,
} from '@wt/taxonomy';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';

describe('taxonomy: import into the database, and the typeahead', () => {
  let env: TestEnvironment;
  let registry: INestApplication;
  let starter: EscoPackage;
  const counts = async () => {
    const [row] = await env.dataSource.query(
      `SELECT (SELECT count(*) FROM taxonomy.concept)::int AS concepts, (SELECT count(*) FROM taxonomy.label)::int AS labels,
              (SELECT count(*) FROM taxonomy.occupation_skill)::int AS relations, (SELECT count(*) FROM taxonomy.import)::int AS imports`,
    );
    return row as { concepts: number; labels: number; relations: number; imports: number };
  };

  beforeAll(async () => {
    env = await startTestEnvironment();
    // The app loads the starter taxonomy into a fresh database at start.
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    starter = await readStarterTaxonomy();
  });
  afterAll(async () => {
    await registry?.close();
    await env?.close();
  });

  it('loaded the starter taxonomy at the first start, and importing it again changes nothing', async () => {
    const before = await counts();
    expect(before.concepts).toBe(
      starter.occupations.length + starter.skills.length + starter.iscoGroups.length,
    );
    expect(before.relations).toBeGreaterThan(300);
    expect(before.imports).toBe(1);
    const again = await importTaxonomy(env.dataSource, starter, 'starter');
    expect(again.changed).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('reports a bad row with file and line, and imports nothing of that package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-esco-bad-'));
    try {
      cpSync(STARTER_TAXONOMY_DIR, dir, { recursive: true });
      const file = join(dir, 'occupationSkillRelations.starter.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[4] = lines[4].replace(/,(essential|optional),/, ',mandatory,');
      writeFileSync(file, lines.join('\n'));
      const pkg = await readEscoPackage(dir, { languages: ['nl', 'de', 'en'], suffix: '.starter' });
      expect(pkg.errors).toEqual([
        expect.objectContaining({ file: 'occupationSkillRelations.starter.csv', line: 5 }),
      ]);
      const before = await counts();
      await expect(importTaxonomy(env.dataSource, pkg, dir)).rejects.toThrow(
        /1 error\(s\); nothing was imported/,
      );
      expect(await counts()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls back a failure half-way through, leaving the previous taxonomy intact', async () => {
    const before = await counts();
    const broken: EscoPackage = {
      ...starter,
      skills: starter.skills.slice(0, 10),
      // Passes the reader's type but not the database's check: fails after the old rows were deleted.
      occupationSkillRelations: [
        { ...starter.occupationSkillRelations[0], relationType: 'mandatory' as never },
      ],
    };
    await expect(importTaxonomy(env.dataSource, broken, 'broken')).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('stores the near occupations of the import, and computes them again for an older database', async () => {
    const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
    const KITCHEN_ASSISTANT =
      'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c';
    const stored = async () => {
      const rows = await env.dataSource.query(
        `SELECT occupation_uri, near_uri, similarity, shared_essential, essential FROM taxonomy.occupation_near ORDER BY 1, 2`,
      );
      const [{ method }] = await env.dataSource.query(
        `SELECT nearness_method AS method FROM taxonomy.import ORDER BY id DESC LIMIT 1`,
      );
      return { rows, method };
    };
    const first = await stored();
    expect(first.method).toBe(NEARNESS_METHOD);
    expect(first.rows.length).toBeGreaterThan(20);
    // The cook (ISCO 5120) and the kitchen assistant (9412) share 4 of the cook's 7 essential skills.
    expect(first.rows).toContainEqual({
      occupation_uri: COOK,
      near_uri: KITCHEN_ASSISTANT,
      similarity: expect.closeTo(0.429, 3),
      shared_essential: 4,
      essential: 7,
    });
    // A database imported before nearness existed: no rows and no method. The first to ask computes them.
    await env.dataSource.query(`DELETE FROM taxonomy.occupation_near`);
    await env.dataSource.query(`UPDATE taxonomy.import SET nearness_method = NULL`);
    const near = await registry.get(TaxonomyService).nearOccupationsOf([COOK], { fresh: true });
    expect(near.get(COOK)).toContainEqual({
      uri: KITCHEN_ASSISTANT,
      similarity: 0.429,
      sharedEssential: 4,
      essentialTotal: 7,
    });
    expect(await stored()).toEqual(first);
  });

  it('answers the occupation and skill typeahead with scores', async () => {
    const token = tokenFor(env.config, DEMO_PRINCIPALS.employer);
    const occupations = await request(registry.getHttpServer())
      .get('/taxonomy/occupations?q=Gabelstaplerfahrerin&lang=de&limit=3')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(occupations.body.items.length).toBeGreaterThan(0);
    expect(occupations.body.items[0]).toMatchObject({
      uri: expect.stringContaining('/occupation/'),
      score: expect.any(Number),
    });
    expect(occupations.body.items[0].label.toLowerCase()).toContain('stapler');
    const [first] = occupations.body.items;
    expect(first.matchedLabel.toLowerCase()).toContain('stapler');
    expect(first.matchedLang).toBe('de');
    expect(first.labels).toMatchObject({
      de: first.label,
      nl: expect.any(String),
      en: expect.any(String),
    });
    // Ranked as the vacancy linker ranks, an alternative label shown beside the preferred one.
    const alternative = await request(registry.getHttpServer())
      .get('/taxonomy/occupations?q=heftruckbestuurder&lang=nl&limit=3')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(alternative.body.items[0]).toMatchObject({
      label: 'heftruckchauffeur',
      matchedLabel: 'heftruckbestuurder',
      matchedLang: 'nl',
    });
    const skills = await request(registry.getHttpServer())
      .get('/taxonomy/skills?q=lassen&lang=nl')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(skills.body.items.length).toBeGreaterThan(0);
    await request(registry.getHttpServer())
      .get('/taxonomy/occupations?q=&lang=fr')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
  });

  it('looks up the labels of saved skills and occupations by URI, in the asked language or else English', async () => {
    const FORKLIFT_DRIVER =
      'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';
    const WELDING = 'http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea';
    const MIG = 'http://data.europa.eu/esco/skill/f015c5d5-6a1c-4f63-9012-a05f4f34105e';
    const NO_SUCH = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000';
    const ISCO_GROUP = starter.iscoGroups[0].uri;
    const token = tokenFor(env.config, DEMO_PRINCIPALS.coach);
    const lookUp = (query: string) =>
      request(registry.getHttpServer())
        .get(`/taxonomy/concepts?${query}`)
        .set('Authorization', `Bearer ${token}`);
    const uris = (list: string[]) => list.map((u) => `uri=${encodeURIComponent(u)}`).join('&');

    const german = await lookUp(
      `${uris([MIG, FORKLIFT_DRIVER, NO_SUCH, ISCO_GROUP])}&lang=de`,
    ).expect(200);
    expect(german.body).toEqual({
      items: [
        { uri: MIG, kind: 'skill', label: 'MIG-Schweißen', lang: 'de' },
        {
          uri: FORKLIFT_DRIVER,
          kind: 'occupation',
          label: 'Gabelstaplerfahrer/Gabelstaplerfahrerin',
          lang: 'de',
        },
      ],
      unknown: [NO_SUCH, ISCO_GROUP],
    });
    // One URI alone (not an array in the query string), Dutch by default.
    const dutch = await lookUp(uris([WELDING])).expect(200);
    expect(dutch.body.items).toEqual([
      { uri: WELDING, kind: 'skill', label: 'lastechnieken', lang: 'nl' },
    ]);
    // A concept without a German label: English, and said so.
    await env.dataSource.query(
      `DELETE FROM taxonomy.label WHERE concept_uri = $1 AND lang = 'de'`,
      [MIG],
    );
    const fallback = await lookUp(`${uris([MIG])}&lang=de`).expect(200);
    expect(fallback.body.items).toEqual([
      { uri: MIG, kind: 'skill', label: 'MIG welding', lang: 'en' },
    ]);

    const refused = async (query: string, field: RegExp) => {
      const answer = await lookUp(query).expect(400);
      expect(answer.body.message.join(' ')).toMatch(field);
    };
    await refused('lang=de', /^uri /);
    await refused('uri=lassen', /^uri must hold ESCO concept URIs/);
    await refused(`${uris([MIG])}&lang=fr`, /^lang must be one of nl, de, en/);
    await refused(
      uris(Array.from({ length: 201 }, (_, i) => `http://e.eu/${i}`)),
      /uri may name at most 200 concepts/,
    );
    await request(registry.getHttpServer())
      .get(`/taxonomy/concepts?${uris([MIG])}`)
      .expect(401);
  });
});
