// The O!Market mock's seeded state: a fresh store filled from the documented examples (users,
// the demo session, locations, categories, a filter, ads, the FAQ), and the ad helpers tests use.
import type { MockClock } from '../../clock';
import type { MockRandom } from '../../random';
import { docCarsCategory, docListedAd, docMakeFilter, OMARKET_DEMO_USER, OMARKET_FAQ_CONTENT } from './examples';
import { OMARKET_DEMO_SESSION, SEEDED_EXPIRY } from './session';
import { createStore, naiveDateTime, type AdRow, type OmarketMockConfig, type OmarketState, type StoredAd, type StoredCategory } from './store';

/** Move an ad to another status, as a moderator would (`active`, `cancelled`, `disabled`). */
export async function setAdStatus(state: OmarketState, uuid: string, status: string): Promise<StoredAd> {
  const ad = state.ads.findFirst((q) => q.where({ uuid }));
  if (!ad) throw new Error(`omarket mock: no ad ${uuid}`);
  return (await state.ads.update(ad, {
    data(a) {
      a.status = status;
      a.modified_at = naiveDateTime(state.clock.now());
      if (status === 'active') a.published_at ??= a.modified_at;
    },
  })) as StoredAd;
}

const blankAd = {
  description: '',
  ad_type: '',
  price: null,
  old_price: '',
  currency: 'som',
  delivery: false,
  opening_at: null,
  removed_at: null,
  published_at: null,
  address: '',
  o_money_pay: false,
  whatsapp_num: '',
  whatsapp_num_is_ident: false,
  telegram_profile: '',
  telegram_profile_is_ident: false,
  contract_price: false,
  commentary: '',
  latitude: null,
  longitude: null,
  moderator_id: null,
  category_id: null,
  location_id: null,
  detail: null,
  promotion_id: null,
  filters: [],
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 0,
  view_count: 0,
} satisfies Partial<AdRow>;

/** A fresh draft (status `initial`), as ads/initial/ creates it. */
export function draftAd(id: number, authorId: number, now: number, uuid: string): AdRow {
  const at = naiveDateTime(now);
  return { ...blankAd, id, uuid, author_id: authorId, title: '', status: 'initial', created_at: at, modified_at: at };
}

function categoryRow(c: Omit<StoredCategory, 'ad_type' | 'parent' | 'icon' | 'dark_icon' | 'order_num'> & Partial<StoredCategory>): StoredCategory {
  return { parent: null, icon: null, dark_icon: null, order_num: 0, ad_type: [], ...c } as StoredCategory;
}

/** Build a fresh O!Market state, seeded from the documented examples. */
export async function createOmarketState(clock: MockClock, config: OmarketMockConfig, random: MockRandom): Promise<OmarketState> {
  const state = createStore(config, clock, random);

  // Users: jackson (the demo account, author of the draft/update/my-ads examples) and SulTanos.
  await state.users.create({
    id: OMARKET_DEMO_USER.id,
    msisdn: OMARKET_DEMO_USER.msisdn,
    password: OMARKET_DEMO_USER.password,
    confirmed: true,
    otp: null,
    username: 'jackson',
    avatar: '',
    rating: 0,
    contact_number: '0700111000',
    location_id: 1,
    verified: false,
    block_type: 'not_blocked',
  });
  const sultanos = docListedAd.author;
  await state.users.create({
    id: sultanos.id,
    msisdn: sultanos.msisdn,
    password: 'sultanos-demo',
    confirmed: true,
    otp: null,
    username: sultanos.username,
    avatar: sultanos.avatar,
    rating: sultanos.rating,
    contact_number: sultanos.contact_number,
    location_id: 448,
    verified: false,
    block_type: 'not_blocked',
  });
  await state.accessTokens.create({ token: OMARKET_DEMO_SESSION.accessToken, user_id: OMARKET_DEMO_USER.id, expires_at: SEEDED_EXPIRY });
  await state.refreshTokens.create({ token: OMARKET_DEMO_SESSION.refreshToken, user_id: OMARKET_DEMO_USER.id });

  // Locations of the examples (Bishkek town 1 in region 2; Chimgen district 448 in 102).
  await state.locations.create({ id: 1, name: 'Бишкек', location_type: 'town', order_num: 1, is_popular: false, parent: 2, search_by_name: 'Бишкекте издоо' });
  await state.locations.create({ id: 448, name: 'Чимген', location_type: 'district', order_num: 0, is_popular: false, parent: 102, search_by_name: '' });

  // Categories of the category/list example and of the ads (Музыка, Транспорт → Автомобили).
  const cars = docCarsCategory;
  const transport = cars.parent;
  const music = docListedAd.category;
  for (const row of [
    categoryRow({ id: 368, name: 'Тест категория', parent_filters: false, delivery: true, order_num: 99999, is_popular: false, has_map: false, required_price: true, icon_img: '', dark_icon_img: '', category_type: '', has_dynamic_filter: false, linked_category: [], filters: [] }),
    categoryRow({ id: 553, name: 'Виды спорта', parent_filters: false, delivery: true, order_num: 0, is_popular: false, has_map: false, required_price: true, icon_img: '', dark_icon_img: '', category_type: '', has_dynamic_filter: false, linked_category: [750], filters: [6] }),
    categoryRow({ ...music, linked_category: [...music.linked_category], filters: [...music.filters], ad_type: [1] }),
    categoryRow({ ...transport, parent: null, linked_category: [], filters: [], ad_type: [1] }),
    categoryRow({ ...cars, parent: transport.id, linked_category: [], filters: [...cars.filters], ad_type: [1] }),
  ]) {
    await state.categories.create(row);
  }

  await state.filters.create({ ...docMakeFilter, format: [], options: { '4304': 'Toyota', '4305': 'Honda', '23': 'Lada (ВАЗ)', '64': 'Mercedes-Benz' } });
  await state.promotions.create({ ...docListedAd.promotion_type });

  // Ads: the listed music ad, the doc's draft (jackson), his active car ad from my-ads, two Ladas.
  const listed = docListedAd;
  await state.ads.create({
    ...blankAd,
    id: listed.id,
    uuid: listed.uuid,
    author_id: listed.author_id,
    title: listed.title,
    description: listed.description,
    ad_type: listed.ad_type,
    price: listed.price,
    old_price: listed.old_price,
    status: listed.status,
    created_at: listed.created_at,
    modified_at: listed.modified_at,
    opening_at: listed.opening_at,
    address: listed.address,
    whatsapp_num: listed.whatsapp_num,
    telegram_profile: listed.telegram_profile,
    category_id: listed.category.id,
    location_id: listed.location.id,
    detail: listed.detail,
    promotion_id: listed.promotion_type.id,
  });
  await state.ads.create({
    ...draftAd(23088, OMARKET_DEMO_USER.id, Date.UTC(2022, 8, 15, 4, 23, 54), '15f83777-df64-4819-8996-78eda3066a14'),
    created_at: '2022-09-15T10:23:54.269509',
    modified_at: '2022-09-15T10:23:54.269764',
    review_count: 1,
    view_count: 1,
  });
  await state.ads.create({
    ...blankAd,
    id: 22985,
    uuid: '974e91c3-a585-476f-8cfc-a6846b1c9302',
    author_id: OMARKET_DEMO_USER.id,
    title: 'MY new OBV of saling UBUNTU car',
    ad_type: 'sell',
    price: '500100',
    status: 'active',
    created_at: '2022-09-15T17:30:12.101112',
    modified_at: '2022-09-15T17:33:34.207823',
    category_id: 2,
    location_id: 1,
    view_count: 2,
  });
  for (const [id, uuid, title, price, description, modified] of [
    [23405, '6cfb0644-f28b-4869-8a46-fdbec1995b05', 'Lada', '5000', 'Lada', '2022-10-07T16:03:37.473357'],
    [23406, '137a4f3f-29ac-4648-8a11-63e559f34d23', 'Lada 2107', '2500', 'продается ваз 2107', '2022-10-07T16:06:05.234043'],
  ] as const) {
    await state.ads.create({
      ...blankAd,
      id,
      uuid,
      author_id: sultanos.id,
      title,
      description,
      ad_type: 'sell',
      price,
      status: 'active',
      created_at: modified,
      modified_at: modified,
      address: 'Bishkek',
      category_id: 2,
      location_id: 1,
      filters: [{ id: id * 10, filter_id: 11, value: '23' }],
      view_count: 1,
    });
  }

  await state.faq.create({ id: 29, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT });
  await state.faq.create({ id: 30, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT });
  return state;
}

