import { applyDecorators, DynamicModule, INestApplication, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ApiResponse, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';

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
 * The app's OpenAPI document as `/docs-json` serves it; undefined for an app without docs. Also
 * works on an app created in preview mode (no providers instantiated, no database), given its
 * options: `npm run portal:api-types` uses that.
 */
export function buildApiDocument(
  app: INestApplication,
  given?: ApiDocsOptions,
): OpenAPIObject | undefined {
  const options = given ?? docsOptionsOf(app);
  if (!options) return undefined;
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth()
    .build();
  return withErrorResponses(SwaggerModule.createDocument(app, config));
}

const ERROR_SCHEMA = 'ErrorResponse';

/** Extension of operations the rate limit skips (`@ApiExtension(NOT_RATE_LIMITED, true)`). */
export const NOT_RATE_LIMITED = 'x-not-rate-limited';

/** `{statusCode, error, message}`: how every HTTP app answers an error (`ErrorResponseFilter`). */
const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: {
      description: 'a sentence, or one per field for validation errors',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
  },
};

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Bad input; the message names the field',
  '401': 'No valid bearer token',
  '403': "The token's role may not do this",
  '404': "Not found, or outside the caller's scope",
  '413': 'The body is larger than the limit',
  '429': 'Too many requests from this caller',
  '500': 'Internal server error (no detail)',
  '503': "The token issuer's keys cannot be fetched",
};

/**
 * Every operation documents the errors the shared stack can answer, with the error shape: 500
 * always; 400 when it takes parameters or a body, 413 when it takes a body; 404 when its path
 * names an object; 429 unless the rate limit skips it; 401, 403 and 503 when it needs a token. Errors particular to an
 * operation (409, 415, 502) are declared on it with {@link ApiErrorResponses}; an error response
 * declared without a body gets the error shape.
 */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[ERROR_SCHEMA] = ERROR_RESPONSE_SCHEMA as never;
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
      const statuses = ['500'];
      if (parameters.length > 0 || operation.requestBody) statuses.push('400');
      if (operation.requestBody) statuses.push('413');
      if (parameters.some((p) => p.in === 'path')) statuses.push('404');
      if (!(operation as unknown as Record<string, unknown>)[NOT_RATE_LIMITED])
        statuses.push('429');
      if (operation.security?.length) statuses.push('401', '403', '503');
      for (const status of statuses) {
        operation.responses[status] ??= { description: ERROR_DESCRIPTIONS[status] ?? 'Error' };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response && Number(status) >= 400 && !('$ref' in response) && !response.content) {
          response.content = ERROR_CONTENT;
        }
      }
    }
  }
  return document;
}

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } },
};

/** Declares an operation's own error answers (409, 413, ...) with the shared error shape. */
export function ApiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_CODES[status] ?? 'Error',
        schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` },
      }),
    ),
  );
}

/**
 * Registers the docs routes, before the app initialises (Express answers 404 for anything added
 * after). The document is built on first request, from the app's controllers and DTOs.
 */
export function setupApiDocs(app: INestApplication): void {
  if (!docsOptionsOf(app)) return;
  SwaggerModule.setup(API_DOCS_PATH, app, () => buildApiDocument(app)!, {
    jsonDocumentUrl: API_DOCS_JSON_PATH,
    raw: ['json'],
  });
}
