// The towns an offer may be placed in (location.geo_town_id): 118 rows, generated from
// onlinerby/onliner-second-api docs/towns.md at commit 2bc7ad3c984761f855345df1007f5c79086a4d22
// (the fact sheet names 2bc7ad3 as the source). Onliner changes the list on request (GitHub issue or
// the B2B department); pass `validateOffers: false` to createOnlinerSecond to send an id not listed yet.

/** One allowed town: the provider's id and its Russian name, as docs/towns.md prints them. */
export interface Town {
  readonly id: number;
  readonly name: string;
}

/** Every town docs/towns.md allows, in the document's (alphabetical) order. */
export const towns = [
  { id: 2461, name: 'Барановичи' },
  { id: 22674, name: 'Белыничи' },
  { id: 270, name: 'Берёза' },
  { id: 17043, name: 'Березино' },
  { id: 2466, name: 'Бешенковичи' },
  { id: 26103, name: 'Бобруйск' },
  { id: 12382, name: 'Большая Берестовица' },
  { id: 22666, name: 'Борисов' },
  { id: 9399, name: 'Брагин' },
  { id: 2721, name: 'Браслав' },
  { id: 2458, name: 'Брест' },
  { id: 9549, name: 'Буда-Кошелево' },
  { id: 23119, name: 'Быхов' },
  { id: 3392, name: 'Верхнедвинск' },
  { id: 9816, name: 'Ветка' },
  { id: 17600, name: 'Вилейка' },
  { id: 9387, name: 'Витебск' },
  { id: 12520, name: 'Волковыск' },
  { id: 18022, name: 'Воложин' },
  { id: 12723, name: 'Вороново' },
  { id: 563, name: 'Ганцевичи' },
  { id: 4063, name: 'Глубокое' },
  { id: 23337, name: 'Глуск' },
  { id: 12370, name: 'Гомель' },
  { id: 23456, name: 'Горки' },
  { id: 4502, name: 'Городок' },
  { id: 17025, name: 'Гродно' },
  { id: 2342, name: 'Давид-Городок' },
  { id: 18472, name: 'Дзержинск' },
  { id: 10184, name: 'Добруш' },
  { id: 4890, name: 'Докшицы' },
  { id: 23643, name: 'Дрибин' },
  { id: 609, name: 'Дрогичин' },
  { id: 5180, name: 'Дубровно' },
  { id: 13479, name: 'Дятлово' },
  { id: 10304, name: 'Ельск' },
  { id: 760, name: 'Жабинка' },
  { id: 10392, name: 'Житковичи' },
  { id: 12376, name: 'Жлобин' },
  { id: 22667, name: 'Жодино' },
  { id: 13722, name: 'Зельва' },
  { id: 868, name: 'Иваново' },
  { id: 987, name: 'Ивацевичи' },
  { id: 13860, name: 'Ивье' },
  { id: 10692, name: 'Калинковичи' },
  { id: 1120, name: 'Каменец' },
  { id: 23753, name: 'Кировск' },
  { id: 18762, name: 'Клецк' },
  { id: 23891, name: 'Климовичи' },
  { id: 24064, name: 'Кличев' },
  { id: 2462, name: 'Кобрин' },
  { id: 18871, name: 'Копыль' },
  { id: 14247, name: 'Кореличи' },
  { id: 10848, name: 'Корма' },
  { id: 24214, name: 'Костюковичи' },
  { id: 24365, name: 'Краснополье' },
  { id: 24475, name: 'Кричев' },
  { id: 24592, name: 'Круглое' },
  { id: 19097, name: 'Крупки' },
  { id: 10959, name: 'Лельчицы' },
  { id: 9392, name: 'Лепель' },
  { id: 17028, name: 'Лида' },
  { id: 5585, name: 'Лиозно' },
  { id: 19345, name: 'Логойск' },
  { id: 11050, name: 'Лоев' },
  { id: 1547, name: 'Лунинец' },
  { id: 19686, name: 'Любань' },
  { id: 1642, name: 'Ляховичи' },
  { id: 1779, name: 'Малорита' },
  { id: 20966, name: 'Марьина Горка' },
  { id: 17030, name: 'Минск' },
  { id: 5767, name: 'Миоры' },
  { id: 26099, name: 'Могилев' },
  { id: 12377, name: 'Мозырь' },
  { id: 22669, name: 'Молодечно' },
  { id: 14713, name: 'Мосты' },
  { id: 25050, name: 'Мстиславль' },
  { id: 20509, name: 'Мядель' },
  { id: 11242, name: 'Наровля' },
  { id: 20835, name: 'Несвиж' },
  { id: 14883, name: 'Новогрудок' },
  { id: 11322, name: 'Октябрьский' },
  { id: 9394, name: 'Орша' },
  { id: 25230, name: 'Осиповичи' },
  { id: 15116, name: 'Островец' },
  { id: 15530, name: 'Ошмяны' },
  { id: 11410, name: 'Петриков' },
  { id: 2463, name: 'Пинск' },
  { id: 9396, name: 'Полоцк' },
  { id: 6993, name: 'Поставы' },
  { id: 2074, name: 'Пружаны' },
  { id: 12378, name: 'Речица' },
  { id: 11768, name: 'Рогачев' },
  { id: 7532, name: 'Россоны' },
  { id: 12379, name: 'Светлогорск' },
  { id: 15909, name: 'Свислочь' },
  { id: 7686, name: 'Сенно' },
  { id: 25405, name: 'Славгород' },
  { id: 17029, name: 'Слоним' },
  { id: 22670, name: 'Слуцк' },
  { id: 16231, name: 'Сморгонь' },
  { id: 22671, name: 'Солигорск' },
  { id: 21922, name: 'Старые Дороги' },
  { id: 22024, name: 'Столбцы' },
  { id: 8035, name: 'Толочин' },
  { id: 22241, name: 'Узда' },
  { id: 8320, name: 'Ушачи' },
  { id: 12113, name: 'Хойники' },
  { id: 25496, name: 'Хотимск' },
  { id: 25595, name: 'Чаусы' },
  { id: 8591, name: 'Чашники' },
  { id: 22456, name: 'Червень' },
  { id: 25773, name: 'Чериков' },
  { id: 12219, name: 'Чечерск' },
  { id: 8830, name: 'Шарковщина' },
  { id: 25876, name: 'Шклов' },
  { id: 9112, name: 'Шумилино' },
  { id: 16569, name: 'Щучин' },
] as const satisfies readonly Town[];

/** Id of a town in the table (`17030` is Minsk). */
export type TownId = (typeof towns)[number]['id'];

/** Name of a town in the table, as docs/towns.md spells it (`'Минск'`). */
export type TownName = (typeof towns)[number]['name'];

const byId: ReadonlyMap<number, Town> = /* @__PURE__ */ new Map(/* @__PURE__ */ towns.map((town) => [town.id, town]));

/** Lower case, `ё` read as `е`, dashes and runs of spaces collapsed: "Буда-Кошелёво" finds "Буда-Кошелево". */
function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').replace(/\s*[-‐‑–—]\s*/g, '-');
}

const byName: ReadonlyMap<string, Town> = /* @__PURE__ */ new Map(/* @__PURE__ */ towns.map((town) => [normalizeName(town.name), town]));

/** Whether `id` is a town the provider accepts in `location.geo_town_id`. */
export function isTownId(id: unknown): id is TownId {
  return typeof id === 'number' && byId.has(id);
}

/**
 * The town with this id, or `undefined` when the provider would reject it.
 *
 * @example townById(17030) // { id: 17030, name: 'Минск' }
 */
export function townById(id: number): Town | undefined {
  return byId.get(id);
}

/**
 * The town with this Russian name (case-insensitive, `ё` = `е`), or `undefined`.
 *
 * @example townByName('минск')?.id // 17030
 * @example townByName('Береза')?.id // 270 ("Берёза")
 */
export function townByName(name: string): Town | undefined {
  return byName.get(normalizeName(name));
}
