import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** One response that the app's own OpenAPI document does not describe. */
export interface ContractViolation {
  /** `GET /vacancies/{id}` (the document's operation), or the request line when none matches. */
  operation: string;
  status: number;
  error: string;
}

type Schema = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}

/**
 * Paths the documents leave out on purpose: the document itself, its UI and the Prometheus text.
 * Everything else an app answers must be an operation of its document.
 */
const UNDOCUMENTED = [/^\/docs(-json|\/.*)?$/, /^\/metrics$/];

const REF_PREFIX = '#/components/schemas/';
const DOCUMENT_ID = 'openapi-document';

/**
 * An app's OpenAPI document as a response checker: the operation is found by method and path, its
 * response by status, and the JSON body is validated (ajv) against the response's schema. Objects
 * are closed (a property the document does not declare is an error) and OpenAPI 3.0's `nullable`
 * becomes JSON Schema's `null` type, so the document must state exactly what the app sends.
 * Request bodies the app accepted (answered 2xx) are checked against the operation's
 * `requestBody` the same way: a client written from the document must be able to send them.
 */
export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
    addFormats(this.ajv);
    const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
    const converted: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(schemas)) converted[name] = toJsonSchema(schema);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: converted } });
    this.operations = operationsOf(document);
  }

  /** What is wrong with this response, or undefined when the document describes it. */
  check(
    method: string,
    path: string,
    status: number,
    contentType: string | undefined,
    body: Buffer,
  ): ContractViolation | undefined {
    // A CORS preflight is answered by the CORS middleware, before any operation; a 304 is HTTP's
    // answer to a browser's conditional request (ETag), with no body to describe.
    if (method === 'OPTIONS' || status === 304) return undefined;
    const operation = this.find(method, path);
    if (!operation) {
      // A path no route serves is Express's 404; a documented route is never left out.
      if (status === 404 || UNDOCUMENTED.some((re) => re.test(path))) return undefined;
      return {
        operation: `${method} ${path}`,
        status,
        error: 'the operation is not in the document',
      };
    }
    const name = `${operation.method} ${operation.template}`;
    const response = operation.responses[String(status)];
    if (!response) {
      const documented = Object.keys(operation.responses).join(', ');
      return {
        operation: name,
        status,
        error: `status not documented (documented: ${documented})`,
      };
    }
    const error = this.checkBody(name, status, response, contentType, body);
    return error ? { operation: name, status, error } : undefined;
  }

  /**
   * What is wrong with a JSON request body the app answered `status` to, or undefined when the
   * operation's `requestBody` describes it. Refused requests (4xx, 5xx) are not checked: tests
   * send wrong bodies on purpose. `body` is the parsed JSON (undefined: none was sent).
   */
  checkRequest(
    method: string,
    path: string,
    status: number,
    contentType: string | undefined,
    body: unknown,
  ): ContractViolation | undefined {
    if (status < 200 || status >= 300) return undefined;
    const operation = this.find(method, path);
    if (!operation) return undefined; // the response check names it
    const name = `${operation.method} ${operation.template}`;
    const media = contentType?.split(';')[0]?.trim().toLowerCase();
    const sent = body !== undefined && media !== undefined;
    const content = operation.requestBody?.content ?? {};
    const fail = (error: string): ContractViolation => ({
      operation: name,
      status,
      error: `request body: ${error}`,
    });
    if (!sent) {
      return operation.requestBody?.required
        ? fail('none sent, the document requires one')
        : undefined;
    }
    if (!operation.requestBody) {
      const empty =
        typeof body === 'object' && body !== null && Object.keys(body as object).length === 0;
      return empty ? undefined : fail('the operation documents no request body');
    }
    const declared = content[media];
    if (!declared) {
      const list = Object.keys(content).join(', ') || 'none';
      return fail(`content type ${media} not documented (documented: ${list})`);
    }
    if (media !== 'application/json') return undefined;
    if (!declared.schema) return fail('the document gives no schema for the JSON body');
    const validate = this.validatorFor(`${name} request`, declared.schema);
    if (validate(body)) return undefined;
    return fail(describeErrors(validate.errors ?? [], body));
  }

  private checkBody(
    name: string,
    status: number,
    response: Operation['responses'][string],
    contentType: string | undefined,
    body: Buffer,
  ): string | undefined {
    const media = contentType?.split(';')[0]?.trim().toLowerCase();
    const content = response.content ?? {};
    if (body.length === 0) {
      return Object.keys(content).length === 0 || !media
        ? undefined
        : `empty body, the document declares ${Object.keys(content).join(', ')}`;
    }
    if (!media) return 'a body without a content type';
    const declared = content[media];
    if (!declared) {
      const list = Object.keys(content).join(', ') || 'no body';
      return `content type ${media} not documented (documented: ${list})`;
    }
    if (media !== 'application/json') return undefined;
    if (!declared.schema) return 'the document gives no schema for the JSON body';
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      return 'the body is not valid JSON';
    }
    const validate = this.validatorFor(`${name} ${status}`, declared.schema);
    if (validate(value)) return undefined;
    return describeErrors(validate.errors ?? [], value);
  }

  private validatorFor(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }

  private find(method: string, path: string): Operation | undefined {
    const candidates = this.operations.filter(
      (op) => op.method === method && op.pattern.test(path),
    );
    // `/vacancies/bulk` before `/vacancies/{id}`: the most literal template wins, as in Express.
    candidates.sort((a, b) => b.literalSegments - a.literalSegments);
    return candidates[0];
  }
}

function operationsOf(document: OpenAPIObject): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const segments = template.split('/').filter(Boolean);
    const pattern = new RegExp(
      '^/' +
        segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : escapeRegExp(s))).join('/') +
        '/?$',
    );
    const literalSegments = segments.filter((s) => !/^\{.+\}$/.test(s)).length;
    for (const [method, op] of Object.entries(item as Record<string, unknown>)) {
      if (!isHttpMethod(method)) continue;
      const responses = ((op as { responses?: unknown }).responses ?? {}) as Operation['responses'];
      const requestBody = (op as { requestBody?: Operation['requestBody'] }).requestBody;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        literalSegments,
        responses,
        requestBody,
      });
    }
  }
  return operations;
}

function isHttpMethod(key: string): boolean {
  return ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * OpenAPI 3.0 schema -> JSON Schema as ajv reads it: `nullable` as a `null` type, references
 * into the document's components, and objects with declared properties closed.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === 'properties') {
      const properties: Schema = {};
      for (const [name, property] of Object.entries(value as Schema)) {
        properties[name] = toJsonSchema(property);
      }
      out.properties = properties;
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
      out.$ref = `${DOCUMENT_ID}#/components/schemas/${value.slice(REF_PREFIX.length)}`;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string' && !out.$ref && !out.allOf && !out.oneOf && !out.anyOf) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function describeErrors(errors: ErrorObject[], value: unknown): string {
  // anyOf/oneOf report every branch; the leaf errors say what is actually wrong.
  const leaves = errors.filter((e) => !['anyOf', 'oneOf', 'allOf'].includes(e.keyword));
  const shown = (leaves.length > 0 ? leaves : errors).slice(0, 8);
  return shown
    .map((e) => {
      const at = e.instancePath || '(body)';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
          : '';
      return `${at} ${e.message ?? e.keyword}${extra}: ${preview(valueAt(value, e.instancePath))}`;
    })
    .join('; ');
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    current = (current as Record<string, unknown> | undefined)?.[key];
  }
  return current;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
