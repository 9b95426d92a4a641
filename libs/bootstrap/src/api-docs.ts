import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const API_DOCS_OPTIONS = Symbol('API_DOCS_OPTIONS');

export interface ApiDocsOptions {
  title: string;
  description: string;
}

/** Docs are served without a token: they describe the API, not its data. */
export const API_DOCS_PATH = 'docs';
export const API_DOCS_JSON_PATH = 'docs-json';

/** An app that imports this serves its OpenAPI description at `/docs` (UI) and `/docs-json`. */
@Module({})
export class ApiDocsModule {
  static forRoot(options: ApiDocsOptions): DynamicModule {
    return {
      module: ApiDocsModule,
      providers: [{ provide: API_DOCS_OPTIONS, useValue: options }],
      exports: [API_DOCS_OPTIONS],
    };
  }
}

/** Looked up in the module graph: `app.get` of a missing token ends the process (abortOnError). */
function docsOptionsOf(app: INestApplication): ApiDocsOptions | undefined {
  for (const module of app.get(ModulesContainer).values()) {
    const wrapper = module.providers.get(API_DOCS_OPTIONS);
    if (wrapper) return wrapper.instance as ApiDocsOptions;
  }
  return undefined;
}

/**
 * Registers the docs routes, before the app initialises (Express answers 404 for anything added
 * after). The document is built on first request, from the app's controllers and DTOs.
 */
export function setupApiDocs(app: INestApplication): void {
  const options = docsOptionsOf(app);
  if (!options) return;
  SwaggerModule.setup(API_DOCS_PATH, app, () => buildApiDocument(app, options), {
    jsonDocumentUrl: API_DOCS_JSON_PATH,
    raw: ['json'],
  });
}

/**
 * The app's OpenAPI document, from its controllers and DTOs. Also works on an app created in
 * preview mode (no providers instantiated, no database): `npm run portal:api-types` uses that.
 */
export function buildApiDocument(app: INestApplication, options: ApiDocsOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}
