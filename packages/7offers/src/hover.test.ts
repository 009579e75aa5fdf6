// What an editor shows for the 7offers client, asked of the TypeScript language service through the
// shared hover harness: the registry's JSDoc on resources, the method docs on their actions, through
// the derived (mapped) client types. One program for this file, then a cheap query per assertion.
import { describe, expect, it } from 'vitest';
import { methodKeys, methodLines, useHoverProgram } from '../../core/test/hover-kit';
import { defaultResources, sevenOffersProvider, unverifiedResources } from './index';

const resources = [...Object.keys(defaultResources), ...Object.keys(unverifiedResources)];
const rawKeys = methodKeys(sevenOffersProvider.endpoints);
const source = [
  "import { createSevenOffers, unverifiedResources } from './index';",
  'const c = createSevenOffers({ resources: unverifiedResources });',
  ...resources.map((name) => `void c./*${name}*/${name};`),
  ...['list', 'all', 'view', 'create', 'update', 'delete'].map((action) => `void c.goal./*goal.${action}*/${action};`),
  methodLines('c.api', rawKeys, 'api.'),
  'void c.goal.list({ /*listArgs*/ });',
  "void c.goal.create({ offer_id: 1, title: 'x', /*createArgs*/ });",
  "void c.goal.delete(1, { /*deleteArgs*/via: 'POST' });",
  '',
].join('\n');

const program = useHoverProgram(import.meta.dirname, source);

describe('hovering a resource', () => {
  it('shows the registry JSDoc of every resource; opt-in resources say UNVERIFIED', () => {
    expect(resources).toEqual(['geo', 'goal', 'offer', 'lead', 'stat', 'news', 'category', 'promo']);
    expect(program().hover('goal').doc).toContain('Goals of offers');
    expect(program().hover('geo').doc).toContain('Geography dictionary');
    for (const name of Object.keys(unverifiedResources)) expect(program().hover(name).doc, name).toMatch(/^UNVERIFIED `\/api\/[a-z]+\/`: /);
  });
});

describe('hovering an action', () => {
  it('shows the action docs with the resource types', () => {
    const list = program().hover('goal.list');
    expect(list.doc).toContain('one page');
    expect(list.display).toContain('offer_id');
    expect(program().hover('goal.all').doc).toContain('page after page');
    expect(program().hover('goal.view').doc).toContain('404 is a NotFoundError');
    expect(program().hover('goal.create').doc).toContain('Not retried');
    expect(program().hover('goal.update').doc).toContain('change the given fields');
    expect(program().hover('goal.delete').doc).toContain("`via: 'POST'`");
  });

  it('shows a doc on every raw endpoint method of `api`', () => {
    expect(rawKeys).toContain('goal.deleteViaPost');
    for (const key of rawKeys) expect(program().hover(`api.${key}`).doc, key).not.toBe('');
    expect(program().hover('api.goal.deleteViaPost').doc).toContain('proxy-safe alias');
  });
});

describe('typing a call', () => {
  it('shows the filter, the create fields and the delete options', () => {
    const list = program().signature('listArgs');
    expect(list.parameters[0]).toMatch(/^filter\?: .*offer_id/);
    expect(list.parameters[1]).toBe('options?: CallOptions');
    expect(program().signature('createArgs').parameters[0]).toMatch(/^fields: .*offer_id.*title/);
    expect(program().signature('deleteArgs').parameters).toEqual(['id: ObjectId', 'options?: DeleteOptions']);
    expect(program().hover('deleteArgs').doc).toContain('proxy-safe alias');
  });
});
