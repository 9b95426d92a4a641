import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { API_DOCS_OPTIONS, ApiDocsOptions, buildApiDocument } from '@wt/bootstrap';
import { loadConfig } from '@wt/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** The two APIs the portal calls, and where their generated types are committed. */
export const API_TYPE_FILES = {
  registry: 'apps/portal/src/api/registry.d.ts',
  profiles: 'apps/portal/src/api/profiles.d.ts',
} as const;

export const HEADER =
  '/**\n * Generated from the OpenAPI document by `npm run portal:api-types`; never edit by hand.\n */\n\n';

/** The app's OpenAPI document, built in Nest's preview mode: no database, no queue, no port. */
async function documentOf(module: DynamicModule): Promise<object> {
  const app: INestApplication = await NestFactory.create(module, {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    let options: ApiDocsOptions | undefined;
    for (const m of app.get(ModulesContainer).values()) {
      const wrapper = m.providers.get(API_DOCS_OPTIONS);
      if (wrapper)
        options = (wrapper.instance ??
          (wrapper as { useValue?: unknown }).useValue) as ApiDocsOptions;
    }
    if (!options) throw new Error('the app has no ApiDocsModule');
    return buildApiDocument(app, options)!;
  } finally {
    await app.close();
  }
}

/** The OpenAPI documents of the vacancy registry and the profile service. */
export async function apiDocuments(): Promise<Record<keyof typeof API_TYPE_FILES, object>> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: 'memory://',
    AUTH_LOCAL_KEY: 'x'.repeat(32),
  });
  return {
    registry: await documentOf(VacancyRegistryModule.register(config)),
    profiles: await documentOf(ProfileServiceModule.register(config)),
  };
}

/** The `.d.ts` text of each API, as `openapi-typescript` writes it. */
export async function apiTypeSources(): Promise<Record<keyof typeof API_TYPE_FILES, string>> {
  const docs = await apiDocuments();
  const out = {} as Record<keyof typeof API_TYPE_FILES, string>;
  for (const key of Object.keys(API_TYPE_FILES) as Array<keyof typeof API_TYPE_FILES>) {
    const ast = await openapiTS(docs[key] as Parameters<typeof openapiTS>[0]);
    out[key] = HEADER + astToString(ast);
  }
  return out;
}

/** `npm run portal:api-types [-- --check]`: writes the files, or exits 1 when they are stale. */
async function main(root: string, check: boolean): Promise<number> {
  const sources = await apiTypeSources();
  let stale = 0;
  for (const key of Object.keys(API_TYPE_FILES) as Array<keyof typeof API_TYPE_FILES>) {
    const file = join(root, API_TYPE_FILES[key]);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== sources[key]) {
        stale++;
        process.stderr.write(`${API_TYPE_FILES[key]} is stale: run npm run portal:api-types\n`);
      }
    } else {
      mkdirSync(join(root, 'apps/portal/src/api'), { recursive: true });
      writeFileSync(file, sources[key]);
      process.stdout.write(`wrote ${API_TYPE_FILES[key]}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.cwd(), process.argv.includes('--check')).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
