// OpenAPI 3.1 documents derived from the same endpoint definitions and documented examples.
import { toJsonSchema } from '@valibot/to-json-schema';
import { type AnyEndpoint, type AnySchema, type AuthSchemeInfo, type Provider } from '@x/core/provider';
import { isBlob, objectEntries } from '@x/core/internal';
import type { DocExample } from './types';

type JsonSchema = Record<string, unknown>;

/** Options of `toOpenAPI`. */
export interface OpenAPIOptions {
  /** Documented examples by endpoint key, attached to requests and responses. */
  examples?: Readonly<Record<string, readonly DocExample<AnyEndpoint>[]>>;
  /** Base URLs by host name (default: the provider's real ones). */
  servers?: Readonly<Record<string, string>>;
  /** Document version (default `0.0.0`). */
  version?: string;
}

const MEDIA = { json: 'application/json', form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data' } as const;
const COMPONENT_REF = '#/components/schemas/';
// Placeholder target of a recursive schema's `$ref` until every component has its final name.
const PENDING_REF = '#/x-pending/';

/**
 * Turns valibot schemas into OpenAPI 3.1 (JSON Schema 2020-12) schemas for one document.
 * Recursive schemas (`v.lazy`) become named components, shared by every operation that uses them,
 * so each `$ref` resolves from the document root (a schema-local `#/$defs/0` does not).
 */
class SchemaConverter {
  readonly #keys = new Map<object, string>();
  readonly #components = new Map<string, { schema: JsonSchema; hint: string }>();

  convert(schema: AnySchema, hint: string): JsonSchema {
    const byReference = new Map<string, string>();
    const out = toJsonSchema(schema, {
      target: 'draft-2020-12',
      // Wire side (`input`): what travels, before SDK transforms. Unsupported parts (custom checks,
      // transforms) are left open rather than failing the whole document.
      typeMode: 'input',
      errorMode: 'ignore',
      overrideSchema: ({ valibotSchema }) => overrideSchema(valibotSchema),
      overrideRef: ({ referenceId, valibotSchema }) => {
        let key = this.#keys.get(valibotSchema);
        if (key === undefined) {
          key = String(this.#keys.size);
          this.#keys.set(valibotSchema, key);
        }
        byReference.set(referenceId, key);
        return `${PENDING_REF}${key}`;
      },
    }) as JsonSchema;
    const defs = (out.$defs ?? {}) as Record<string, JsonSchema>;
    for (const [referenceId, def] of Object.entries(defs)) {
      const key = byReference.get(referenceId);
      if (key !== undefined && !this.#components.has(key)) this.#components.set(key, { schema: def, hint });
    }
    delete out.$defs;
    delete out.$schema;
    return out;
  }

  /**
   * Name the collected components (their `title`, else the operation that first used them) and
   * point every pending `$ref` in the document at them.
   */
  finish(document: Record<string, unknown>): Record<string, JsonSchema> {
    const names = new Map<string, string>();
    const taken = new Set<string>();
    for (const [key, { schema, hint }] of this.#components) {
      const base = componentName(typeof schema.title === 'string' ? schema.title : `${hint}Item`);
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
      taken.add(name);
      names.set(key, name);
    }
    const schemas: Record<string, JsonSchema> = {};
    for (const [key, { schema }] of this.#components) schemas[names.get(key)!] = schema;
    const fix = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(fix);
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.$ref === 'string' && record.$ref.startsWith(PENDING_REF)) {
        record.$ref = `${COMPONENT_REF}${names.get(record.$ref.slice(PENDING_REF.length))}`;
      }
      Object.values(record).forEach(fix);
    };
    fix(document);
    fix(schemas);
    return schemas;
  }
}

/** Schemas JSON Schema has no word for, written the way a reader (and a validator) expects. */
function overrideSchema(schema: { type: string; options?: unknown; pipe?: unknown }): JsonSchema | undefined {
  if (schema.type === 'blob' || schema.type === 'file') return { type: 'string', format: 'binary' };
  // `nullable(unknown())`: anything, null included (not an `anyOf` with an empty branch).
  const wrapped = (schema as { wrapped?: { type: string } }).wrapped;
  if ((schema.type === 'nullable' || schema.type === 'nullish' || schema.type === 'optional') && (wrapped?.type === 'unknown' || wrapped?.type === 'any')) return {};
  // core's openEnum: the known values, plus any other string the provider may add later.
  const options = schema.options as Array<{ type: string; options?: unknown }> | undefined;
  if (schema.type === 'union' && options?.length === 2 && options[0]?.type === 'picklist' && options[1]?.type === 'custom') {
    const values = options[0].options as unknown[];
    if (values.every((x) => typeof x === 'string')) return { anyOf: [{ type: 'string', enum: values }, { type: 'string', description: 'A value added after these docs were written.' }] };
  }
  return undefined;
}

function componentName(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Schema';
}

function parameters(endpoint: AnyEndpoint, converter: SchemaConverter, hint: string): unknown[] {
  const out: unknown[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: AnySchema | undefined) => {
    const entries = objectEntries(schema);
    if (!entries) return;
    const json = converter.convert(schema!, hint);
    const required = new Set((json.required as string[] | undefined) ?? []);
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    for (const name of Object.keys(entries)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: props[name] ?? {} });
    }
  };
  add('path', endpoint.request?.path);
  add('query', endpoint.request?.query);
  add('header', endpoint.request?.headers);
  return out;
}

/** Security schemes by component name, and the component names of each auth strategy. */
function securitySchemes(provider: Provider<any>, servers: Record<string, string>): { schemes: Record<string, unknown>; byStrategy: Map<string, string[]> } {
  const schemes: Record<string, unknown> = {};
  const byStrategy = new Map<string, string[]>();
  for (const [strategy, info] of Object.entries(provider.auth ?? {})) {
    const list = [info].flat() as AuthSchemeInfo[];
    const names: string[] = [];
    for (const scheme of list) {
      const name = list.length === 1 ? strategy : `${strategy}-${scheme.type === 'apiKey' ? scheme.name : scheme.type}`;
      names.push(name);
      const description = scheme.description ? { description: scheme.description } : {};
      if (scheme.type === 'apiKey') schemes[name] = { type: 'apiKey', in: scheme.in, name: scheme.name, ...description };
      else if (scheme.type === 'http') schemes[name] = { type: 'http', scheme: scheme.scheme, ...description };
      else {
        const token = provider.endpoint(scheme.tokenEndpoint as never) as AnyEndpoint;
        const tokenUrl = `${servers[token.host ?? 'main']}${token.path}`;
        schemes[name] = { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: {} } }, ...description };
      }
    }
    byStrategy.set(strategy, names);
  }
  return { schemes, byStrategy };
}

/** The security requirement of an endpoint: every scheme of every strategy it uses, all at once. */
function requirementOf(endpoint: AnyEndpoint, byStrategy: Map<string, string[]>): Array<Record<string, string[]>> {
  const strategies = endpoint.auth === false ? [] : (endpoint.auth ?? [...byStrategy.keys()]);
  const names = strategies.flatMap((s) => byStrategy.get(s) ?? []);
  if (names.length === 0) return [];
  const requirement = Object.fromEntries(names.map((n) => [n, [] as string[]]));
  // `{}` first: the call also works without credentials (a guest).
  return endpoint.authOptional ? [{}, requirement] : [requirement];
}

/** The requirement most operations share (the document's default; the others say their own). */
function commonest(requirements: Array<Array<Record<string, string[]>>>): Array<Record<string, string[]>> | undefined {
  const counts = new Map<string, number>();
  for (const r of requirements) counts.set(JSON.stringify(r), (counts.get(JSON.stringify(r)) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? (JSON.parse(top[0]) as Array<Record<string, string[]>>) : undefined;
}

/**
 * Derive an OpenAPI 3.1 document for a provider: one operation per endpoint (operationId = the
 * endpoint key), parameters and bodies from the request schemas, success responses from the
 * response schema, the documented examples (success and error) attached, and security schemes
 * from the provider's `auth` declaration (per operation where an endpoint departs from the default).
 * Recursive schemas land in `components.schemas`.
 */
export function toOpenAPI(provider: Provider<any>, options: OpenAPIOptions = {}): Record<string, unknown> {
  const servers: Record<string, string> = { main: provider.baseURL, ...provider.hosts, ...options.servers };
  const converter = new SchemaConverter();
  const { schemes, byStrategy } = securitySchemes(provider, servers);
  const defaultSecurity = byStrategy.size > 0 ? commonest(provider.operations.map((op) => requirementOf(op.endpoint, byStrategy))) : undefined;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { key, endpoint } of provider.operations) {
    const hint = componentName(key);
    const examples = options.examples?.[key] ?? [];
    const success = String(endpoint.successStatus?.[0] ?? 200);
    const successSchema = converter.convert(endpoint.response, hint);
    const successExamples = examples.filter((e) => !e.error && String(e.response.status) === success);
    const responses: Record<string, { description: string; content: Record<string, JsonSchema> }> = {
      [success]: { description: 'Success', content: { 'application/json': { schema: successSchema, ...exampleMap(successExamples, (e) => e.response.body) } } },
    };
    for (const example of examples) {
      const status = String(example.response.status);
      if (status === success && !example.error) continue;
      const entry = (responses[status] ??= { description: example.error ? `Error (${example.error.kind})` : 'Documented answer', content: { 'application/json': {} } });
      const media = entry.content['application/json']!;
      media.examples = { ...(media.examples as object | undefined), [example.name]: { summary: example.source, value: example.response.body } };
      if (status === success && example.error) {
        // An error inside a success status (Quince's `success: false` in a 200): the body is either shape.
        entry.description = 'Success, or an error envelope in the same status (see the examples)';
        media.schema = { anyOf: [successSchema, { type: 'object', description: 'The provider error envelope, as in the examples.' }] };
      }
    }
    const security = requirementOf(endpoint, byStrategy);
    const operation: Record<string, unknown> = {
      operationId: key,
      summary: endpoint.summary,
      ...(endpoint.docs ? { description: `Source: ${endpoint.docs}` } : {}),
      tags: [key.split('.')[0]],
      parameters: parameters(endpoint, converter, hint),
      responses,
      'x-safe': endpoint.safe,
      ...(endpoint.host ? { servers: [{ url: servers[endpoint.host] }] } : {}),
      ...(defaultSecurity && JSON.stringify(security) !== JSON.stringify(defaultSecurity) ? { security } : {}),
    };
    if (endpoint.request?.body) {
      const media = MEDIA[endpoint.encoding ?? 'json'];
      operation.requestBody = {
        required: true,
        content: {
          [media]: { schema: converter.convert(endpoint.request.body, hint), ...exampleMap(examples.filter((e) => e.request?.body !== undefined), (e) => describeFiles(e.request?.body)) },
        },
      };
    }
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  const document: Record<string, unknown> = {
    openapi: '3.1.0',
    info: { title: provider.title, version: options.version ?? '0.0.0', description: `Derived from the @x/${provider.name} endpoint definitions and documented examples.` },
    servers: [{ url: servers.main }],
    ...(defaultSecurity ? { security: defaultSecurity } : {}),
    paths,
  };
  const schemas = converter.finish(document);
  const components: Record<string, unknown> = {};
  if (Object.keys(schemas).length > 0) components.schemas = schemas;
  if (Object.keys(schemes).length > 0) components.securitySchemes = schemes;
  if (Object.keys(components).length > 0) document.components = components;
  return document;
}

function exampleMap(examples: readonly DocExample<AnyEndpoint>[], value: (e: DocExample<AnyEndpoint>) => unknown): { examples?: Record<string, unknown> } {
  if (examples.length === 0) return {};
  return { examples: Object.fromEntries(examples.map((e) => [e.name, { summary: e.source, value: value(e) }])) };
}

/** Files in a documented request become a short text: JSON has no file, and the schema says `binary`. */
function describeFiles(value: unknown): unknown {
  if (isBlob(value)) return `<file ${(value as File).name ?? 'blob'} (${value.type || 'application/octet-stream'}, ${value.size} bytes)>`;
  if (Array.isArray(value)) return value.map(describeFiles);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, describeFiles(x)]));
  return value;
}
