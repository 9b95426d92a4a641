import { INestApplication } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS } from '@wt/auth';
import {
  EscoPackage,
  importTaxonomy,
  readEscoPackage,
  readStarterTaxonomy,
  STARTER_TAXONOMY_DIR,
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
});
