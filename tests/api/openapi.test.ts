/**
 * The OpenAPI document tells the truth: GET /api/openapi.json is valid OpenAPI 3.1, documents
 * every route the app registers for portals and publishing (read from Strapi's router, not a
 * list kept here), every example fits the schema it is shown with, and the running app's real
 * answers fit the documented schemas.
 */
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { command, drainAndReport } from '../helpers/publishing';
import { seedQuietly } from '../helpers/seeded';

type Node = Record<string, unknown>;
type Located = { value: Node; pointer: string };
type Example = { where: string; schema: string; value: unknown };

/** Route prefixes the document covers: the portal content API, pages, publishing, itself. */
const COVERED = ['/api/guides', '/api/knowledge', '/api/bundle-guides', '/api/window-feed', '/api/publishing', '/api/consistency', '/api/print', '/api/kiosk', '/api/openapi.json'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let app: TestApp;
let reader: string;
let writer: string;
let document: Node;
let etag: string;

beforeAll(async () => {
  app = await startApp();
  await seedQuietly(app);
  await drainAndReport(app);
  reader = await createApiToken(app.strapi, 'read-only');
  writer = await createApiToken(app.strapi, 'full-access');
  const response = await request(app.server).get('/api/openapi.json');
  expect(response.status).toBe(200);
  document = JSON.parse(response.text) as Node;
  etag = response.headers.etag;
});
afterAll(async () => app?.stop());

const escape = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
const pointerOf = (...segments: string[]) => segments.map((s) => `/${escape(s)}`).join('');

function at(pointer: string): Node {
  const parts = pointer.split('/').slice(1).map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce<unknown>((node, part) => (node as Node | undefined)?.[part], document) as Node;
}

/** Follows local references (a response, parameter or example given as `$ref`). */
function follow(located: Located): Located {
  let { value, pointer } = located;
  while (typeof value?.$ref === 'string') {
    pointer = (value.$ref as string).slice(1).split('/').map((p) => (p ? encodeURIComponent(p) : p)).join('/');
    value = at(pointer);
  }
  return { value, pointer };
}

const child = (parent: Located, ...segments: string[]): Located => follow({ value: at(parent.pointer + pointerOf(...segments)), pointer: parent.pointer + pointerOf(...segments) });
const keys = (located: Located) => Object.keys(located.value ?? {});

function examplesOfMedia(media: Located, where: string): Example[] {
  const schema = `${media.pointer}/schema`;
  const named = keys(child(media, 'examples')).map((name) => ({ where: `${where} ${name}`, schema, value: child(media, 'examples', name).value.value }));
  return media.value.example === undefined ? named : [...named, { where, schema, value: media.value.example }];
}

function examplesOfContent(owner: Located, where: string): Example[] {
  return keys(child(owner, 'content')).flatMap((type) => examplesOfMedia(child(owner, 'content', type), `${where} ${type}`));
}

function examplesOfSchemaHolders(owner: Located, list: string, where: string, nameOf: (item: Located, key: string) => string): Example[] {
  return keys(child(owner, list)).flatMap((key) => {
    const item = child(owner, list, key);
    return item.value.example === undefined ? [] : [{ where: `${where} ${nameOf(item, key)}`, schema: `${item.pointer}/schema`, value: item.value.example }];
  });
}

/** Every example of an operation: parameters, request body, responses and their headers. */
function examplesOfOperation(operation: Located, where: string): Example[] {
  const found = [
    ...examplesOfSchemaHolders(operation, 'parameters', where, (item) => String(item.value.name)),
    ...(operation.value.requestBody ? examplesOfContent(child(operation, 'requestBody'), `${where} request`) : []),
  ];
  for (const status of keys(child(operation, 'responses'))) {
    const response = child(operation, 'responses', status);
    found.push(...examplesOfContent(response, `${where} ${status}`));
    found.push(...examplesOfSchemaHolders(response, 'headers', `${where} ${status}`, (_item, key) => key));
  }
  return found;
}

function operations(section: 'paths' | 'webhooks'): { located: Located; where: string; path: string; method: string }[] {
  const root = { value: document, pointer: '' };
  return keys(child(root, section)).flatMap((name) => METHODS.filter((m) => child(root, section, name).value[m]).map((method) => ({
    located: child(root, section, name, method), where: `${method.toUpperCase()} ${name}`, path: name, method,
  })));
}

let ajv: Ajv2020 | undefined;

/** Problems of `value` against the schema at `pointer` in the served document; empty when it fits. */
function problems(pointer: string, value: unknown): string[] {
  if (!ajv) {
    ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    ajv.addVocabulary(['openapi', 'info', 'tags', 'security', 'paths', 'webhooks', 'components']);
    ajv.addSchema(document, 'openapi.json');
  }
  const validate = ajv.getSchema(`openapi.json#${pointer}`);
  if (!validate) return [`no schema at ${pointer}`];
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} (${e.schemaPath})`);
}

/** The documented schema of an answer, or why there is none. */
function documentedSchema(pathName: string, method: string, status: number): string | undefined {
  const operation = child({ value: document, pointer: '' }, 'paths', pathName, method);
  const response = child(operation, 'responses', String(status));
  if (!response.value) throw new Error(`${method.toUpperCase()} ${pathName} does not document ${status}`);
  const media = keys(child(response, 'content'))[0];
  return media && `${child(response, 'content', media).pointer}/schema`;
}

test('GET /api/openapi.json is public, valid OpenAPI 3.1 and revalidates with its ETag', async () => {
  expect(document.openapi).toMatch(/^3\.1\./);
  await expect(SwaggerParser.validate(structuredClone(document) as SwaggerParser['api'])).resolves.toBeDefined();
  const again = await request(app.server).get('/api/openapi.json').set('If-None-Match', etag);
  expect(again.status).toBe(304);
});

test('content-schemas/openapi.json validates as written, referring to the schema files beside it', async () => {
  const file = path.join(__dirname, '..', '..', 'content-schemas', 'openapi.json');
  await expect(SwaggerParser.validate(file)).resolves.toBeDefined();
});

test('every route the app registers for portals and publishing is documented, and nothing else', () => {
  const registered = app.strapi.server.api('content-api').listRoutes()
    .filter((layer) => COVERED.some((prefix) => layer.path === prefix || layer.path.startsWith(`${prefix}/`)))
    .flatMap((layer) => layer.methods.filter((m: string) => m !== 'HEAD').map((m: string) => `${m.toLowerCase()} ${layer.path.replace(/:(\w+)/g, '{$1}')}`));
  const documented = operations('paths').map((op) => `${op.method} ${op.path}`);
  expect(registered.length).toBeGreaterThanOrEqual(15);
  expect([...new Set(registered)].sort()).toEqual([...documented].sort());
});

test('every example fits the schema it is documented with', () => {
  const examples = [...operations('paths'), ...operations('webhooks')].flatMap((op) => examplesOfOperation(op.located, op.where));
  expect(examples.length).toBeGreaterThan(40);
  const misfits = examples.map((e) => ({ where: e.where, problems: problems(e.schema, e.value) })).filter((e) => e.problems.length > 0);
  expect(misfits).toEqual([]);
});

/** The component a schema pointer names, following one `$ref`. */
function componentAt(pointer: string): { name: string; schema: Node } | undefined {
  const ref = at(pointer)?.$ref;
  if (typeof ref !== 'string') return undefined;
  const name = ref.split('/').at(-1) as string;
  return { name, schema: at(pointerOf('components', 'schemas', name)) };
}

test('every error answer is documented as the Strapi error envelope with its own status', () => {
  const wrong: string[] = [];
  for (const op of operations('paths')) {
    for (const status of keys(child(op.located, 'responses')).filter((s) => Number(s) >= 400)) {
      const pointer = documentedSchema(op.path, op.method, Number(status));
      const component = pointer ? componentAt(pointer) : undefined;
      const allOf = (component?.schema.allOf ?? []) as Node[];
      const error = ((component?.schema.properties as Node | undefined)?.error as Node | undefined)?.properties as Record<string, Node> | undefined;
      const envelope = status === '410'
        ? component?.name === 'GoneBody'
        : allOf.some((s) => s.$ref === '#/components/schemas/ErrorBody') && error?.status?.const === Number(status);
      if (!envelope) wrong.push(`${op.where} ${status}`);
    }
  }
  expect(wrong).toEqual([]);
});

type Probe = [string, 'get', string, 'reader' | 'writer' | 'none', number];

async function probe([pathName, method, url, who, status]: Probe): Promise<string[]> {
  const token = { reader, writer, none: undefined }[who];
  const call = request(app.server)[method](url);
  const response = await (token ? call.set('Authorization', `Bearer ${token}`) : call);
  if (response.status !== status) return [`${url} answered ${response.status}, expected ${status}`];
  const schema = documentedSchema(pathName, method, status);
  return schema ? problems(schema, response.body).map((p) => `${url}: ${p}`) : [];
}

test('real answers for a guide in every format, the lists and the report fit the documented schemas', async () => {
  const probes: Probe[] = [
    ...['publication', 'web', 'hotline', 'window', 'kiosk'].map((format): Probe => ['/api/guides/{code}', 'get', `/api/guides/M01?format=${format}`, 'reader', 200]),
    ['/api/guides/{code}', 'get', '/api/guides/M03?locale=zh-HK&format=hotline', 'reader', 200],
    ['/api/knowledge/{code}', 'get', '/api/knowledge/KP-M01-FEE?format=web', 'reader', 200],
    ['/api/bundle-guides/{code}', 'get', '/api/bundle-guides/B1?format=window', 'reader', 200],
    ['/api/guides', 'get', '/api/guides?locale=zh-CN', 'reader', 200],
    ['/api/knowledge', 'get', '/api/knowledge?limit=5', 'reader', 200],
    ['/api/bundle-guides', 'get', '/api/bundle-guides', 'reader', 200],
    ['/api/window-feed', 'get', '/api/window-feed?limit=20', 'reader', 200],
    ['/api/consistency', 'get', '/api/consistency', 'writer', 200],
    ['/api/guides/{code}', 'get', '/api/guides/m01', 'reader', 400],
    ['/api/guides/{code}', 'get', '/api/guides/M01?format=pdf', 'reader', 400],
    ['/api/guides/{code}', 'get', '/api/guides/M01', 'none', 403],
    ['/api/guides/{code}', 'get', '/api/guides/M99', 'reader', 404],
    ['/api/consistency', 'get', '/api/consistency', 'reader', 403],
    ['/api/print/guides/{code}', 'get', '/api/print/guides/M99', 'none', 404],
  ];
  const found = (await Promise.all(probes.map(probe))).flat();
  expect(found).toEqual([]);
});

test('real answers to the publishing commands, and the 410 of a revoked guide, fit the documented schemas', async () => {
  const fits = async (pathName: string, body: object, status: number) => {
    const response = await command(app, writer, pathName.split('/').at(-1) as 'publish', body);
    expect(response.status).toBe(status);
    return problems(documentedSchema(pathName, 'post', status) as string, response.body);
  };
  expect(await fits('/api/publishing/publish', { type: 'matter', code: 'M01', locale: 'zh-CN' }, 200)).toEqual([]);
  expect(await fits('/api/publishing/publish', { type: 'matter', code: 'M05', locale: 'zh-CN', lockVersion: 99 }, 409)).toEqual([]);
  expect(await fits('/api/publishing/publish', { type: 'matter', code: 'M01', locale: 'fr' }, 400)).toEqual([]);
  expect(await fits('/api/publishing/revoke', { type: 'matter', code: 'M08', locale: 'en' }, 404)).toEqual([]);
  expect(await fits('/api/publishing/revoke', { type: 'matter', code: 'M08', locale: 'zh-HK' }, 201)).toEqual([]);
  expect(await fits('/api/publishing/rollback', { type: 'matter', code: 'M01', locale: 'zh-CN', version: 9 }, 404)).toEqual([]);
  expect(await fits('/api/publishing/replay', {}, 200)).toEqual([]);
  await drainAndReport(app);
  expect(await probe(['/api/guides/{code}', 'get', '/api/guides/M08?locale=zh-HK', 'reader', 410])).toEqual([]);
});
