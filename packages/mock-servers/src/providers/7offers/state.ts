// 7offers mock state: one @msw/data collection per registered resource, built from the resource's
// own item schema (plus a numeric id), the role keys, and the methods configured as "coming soon".
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { type AnySchema } from '@x/core/provider';
import { objectEntries } from '@x/core/internal';
import { ACTIONS, ROLES, type Action, type AnyResource, type Role } from '@x/7offers/endpoints';
import type { MockClock } from '../../clock';

/** The API keys the mock accepts, by role. Guests send no key (the docs' "Гость" level needs no authorization). */
export interface SevenOffersKeys {
  webmaster: string;
  advertiser: string;
}

/** The default role keys. */
export const defaultSevenOffersKeys: Readonly<SevenOffersKeys> = Object.freeze({
  webmaster: 'wm-demo-7offers-key',
  advertiser: 'adv-demo-7offers-key',
});

/** A stored object: a numeric id plus the resource's fields. */
export type StoredObject = { id: number } & Record<string, unknown>;

/** Everything the 7offers mock remembers. */
export interface SevenOffersState {
  /** Registered resources, by registry key. */
  resources: Readonly<Record<string, AnyResource>>;
  /** Role of each accepted key. */
  roles: ReadonlyMap<string, Exclude<Role, 'guest'>>;
  /** One collection per resource key. */
  collections: Record<string, Collection<AnySchema>>;
  /** Next id per resource key. */
  nextId: Record<string, number>;
  /** `<resource key>.<action>` pairs that answer 501 "not implemented yet". */
  comingSoon: Set<string>;
  clock: MockClock;
}

/** Initial objects per resource key. */
export type SevenOffersSeed = Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>;

const goalTitles = ['Покупка', 'Регистрация', 'Заявка', 'Подписка', 'Оплата заказа', 'Повторная покупка'];

/**
 * The seeded objects (constructed: the docs print no objects). Offer 1 has 12 goals, offer 2 has 8,
 * offer 3 has 5, so goal lists span several pages at `per_page=10`.
 */
export const defaultSevenOffersSeed: SevenOffersSeed = {
  geo: [
    { id: 1, name: 'Россия', code: 'RU' },
    { id: 2, name: 'Беларусь', code: 'BY' },
    { id: 3, name: 'Казахстан', code: 'KZ' },
    { id: 4, name: 'Узбекистан', code: 'UZ' },
    { id: 5, name: 'Армения', code: 'AM' },
  ],
  offer: [
    { id: 1, title: 'Интернет-магазин электроники', category_id: 1 },
    { id: 2, title: 'Доставка еды', category_id: 2 },
    { id: 3, title: 'Онлайн-курсы', category_id: 3 },
  ],
  goal: [
    ...[
      [1, 12],
      [2, 8],
      [3, 5],
    ].flatMap(([offer, count]) => Array.from({ length: count as number }, (_, i) => ({ offer_id: offer, title: `${goalTitles[i % goalTitles.length]} ${i + 1}`, value: 100 + 10 * i }))),
  ].map((goal, i) => ({ id: i + 1, ...goal })),
  category: [
    { id: 1, title: 'Электроника' },
    { id: 2, title: 'Еда' },
    { id: 3, title: 'Образование' },
  ],
  news: [
    { id: 1, title: 'Запущен API', date: '2026-01-15', text: 'API находится на стадии активной разработки.' },
    { id: 2, title: 'Новые офферы', date: '2026-02-01', text: 'В каталоге появились новые офферы.' },
  ],
  promo: [
    { id: 1, offer_id: 1, title: 'Баннер 240x400', url: 'https://7offers.example/promo/1.png' },
    { id: 2, offer_id: 2, title: 'Лендинг', url: 'https://7offers.example/promo/landing' },
  ],
  lead: [
    { id: 1, offer_id: 1, goal_id: 1, status: '0', sum: 100 },
    { id: 2, offer_id: 1, goal_id: 2, status: '1', sum: 110 },
    { id: 3, offer_id: 2, goal_id: 13, status: '2', sum: 100 },
  ],
  stat: [
    { id: 1, date: '2026-03-01', clicks: 120, leads: 4 },
    { id: 2, date: '2026-03-02', clicks: 98, leads: 3 },
  ],
};

/** The record schema of a resource: its item schema's fields, loose, with a numeric id. */
export function recordSchema(resource: AnyResource): AnySchema {
  const { id: _id, ...entries } = objectEntries(resource.item) ?? {};
  return v.looseObject({ ...entries, id: v.pipe(v.number(), v.integer()) });
}

/** Check a list of `<resource key>.<action>` names against the resources. */
export function checkComingSoon(resources: Readonly<Record<string, AnyResource>>, names: readonly string[]): void {
  for (const name of names) {
    const dot = name.lastIndexOf('.');
    const resource = resources[name.slice(0, dot)];
    const action = name.slice(dot + 1) as Action;
    if (!resource || !(ACTIONS as readonly string[]).includes(action) || !(resource.actions as readonly string[]).includes(action)) {
      const valid = Object.entries(resources).flatMap(([key, r]) => r.actions.map((a) => `${key}.${a}`));
      throw new Error(`7offers mock: comingSoon "${name}" is not a registered action. Valid: ${valid.join(', ')}`);
    }
  }
}

/** Build a fresh state. */
export async function createSevenOffersState(options: {
  clock: MockClock;
  resources: Readonly<Record<string, AnyResource>>;
  keys: SevenOffersKeys;
  comingSoon: readonly string[];
  seed: SevenOffersSeed;
}): Promise<SevenOffersState> {
  const roles = new Map<string, Exclude<Role, 'guest'>>();
  for (const role of ROLES) {
    if (role === 'guest') continue;
    const key = options.keys[role];
    if (typeof key !== 'string' || key.length < 6) throw new Error(`7offers mock: the ${role} key must be a string of 6 or more characters`);
    roles.set(key, role);
  }
  const collections: Record<string, Collection<AnySchema>> = {};
  const nextId: Record<string, number> = {};
  for (const [key, resource] of Object.entries(options.resources)) {
    const collection = new Collection({ schema: recordSchema(resource) });
    const seed = options.seed[key] ?? [];
    for (const [i, object] of seed.entries()) await collection.create({ id: i + 1, ...object });
    collections[key] = collection;
    nextId[key] = Math.max(0, ...seed.map((o, i) => Number(o.id ?? i + 1))) + 1;
  }
  return { resources: options.resources, roles, collections, nextId, comingSoon: new Set(options.comingSoon), clock: options.clock };
}
