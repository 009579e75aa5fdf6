// OpenAPI 3.1 documents derived from the same endpoint definitions and documented examples.
import { toJsonSchema } from '@valibot/to-json-schema';
import { objectEntries, type AnyEndpoint, type AnySchema, type Provider } from '@x/core';
import type { DocExample } from './define-mock';

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

function schemaOf(schema: AnySchema): JsonSchema {
  // Wire side (`input`): what travels, before SDK transforms. Unsupported parts (custom checks,
  // transforms) are left open rather than failing the whole document.
  const out = toJsonSchema(schema, {
    errorMode: 'ignore',
    typeMode: 'input',
    overrideSchema: ({ valibotSchema }) => (valibotSchema.type === 'blob' || valibotSchema.type === 'file' ? { type: 'string', format: 'binary' } : undefined),
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

function parameters(endpoint: AnyEndpoint): unknown[] {
  const out: unknown[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: AnySchema | undefined) => {
    const entries = objectEntries(schema);
    if (!entries) return;
    const json = schemaOf(schema!);
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

/**
 * Derive an OpenAPI 3.1 document for a provider: one operation per endpoint (operationId = the
 * endpoint key), parameters and bodies from the request schemas, success responses from the
 * response schema, and the documented examples (success and error) attached.
 */
export function toOpenAPI(provider: Provider<any>, options: OpenAPIOptions = {}): Record<string, unknown> {
  const servers: Record<string, string> = { main: provider.baseURL, ...provider.hosts, ...options.servers };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { key, endpoint } of provider.operations) {
    const examples = options.examples?.[key] ?? [];
    const success = String(endpoint.successStatus?.[0] ?? 200);
    const responses: Record<string, unknown> = {
      [success]: {
        description: 'Success',
        content: {
          'application/json': {
            schema: schemaOf(endpoint.response),
            ...exampleMap(examples.filter((e) => !e.error && String(e.response.status) === success), (e) => e.response.body),
          },
        },
      },
    };
    for (const example of examples) {
      const status = String(example.response.status);
      if (status === success && !example.error) continue;
      const entry = (responses[status] ??= { description: example.error ? `Error (${example.error.kind})` : 'Documented answer', content: { 'application/json': { examples: {} } } }) as {
        content: Record<string, { examples?: Record<string, unknown> }>;
      };
      const media = entry.content['application/json']!;
      media.examples = { ...media.examples, [example.name]: { summary: example.source, value: example.response.body } };
    }
    const operation: Record<string, unknown> = {
      operationId: key,
      summary: endpoint.summary,
      ...(endpoint.docs ? { description: `Source: ${endpoint.docs}` } : {}),
      tags: [key.split('.')[0]],
      parameters: parameters(endpoint),
      responses,
      'x-safe': endpoint.safe,
      ...(endpoint.host ? { servers: [{ url: servers[endpoint.host] }] } : {}),
    };
    if (endpoint.request?.body) {
      const media = MEDIA[endpoint.encoding ?? 'json'];
      operation.requestBody = {
        required: true,
        content: { [media]: { schema: schemaOf(endpoint.request.body), ...exampleMap(examples.filter((e) => e.request?.body !== undefined), (e) => e.request?.body) } },
      };
    }
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: provider.title, version: options.version ?? '0.0.0', description: `Derived from the @x/${provider.name} endpoint definitions and documented examples.` },
    servers: [{ url: servers.main }],
    paths,
  };
}

function exampleMap(examples: readonly DocExample<AnyEndpoint>[], value: (e: DocExample<AnyEndpoint>) => unknown): { examples?: Record<string, unknown> } {
  if (examples.length === 0) return {};
  return { examples: Object.fromEntries(examples.map((e) => [e.name, { summary: e.source, value: value(e) }])) };
}
