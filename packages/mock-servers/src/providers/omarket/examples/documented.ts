// The documented O!Market data the examples, the seeded state and the mock's answers share (seed 002,
// hand-repaired where the OCRed JSON was broken; each example's `note` says how).
/** The seeded demo account: jackson, user 6349, the author of the doc's draft and update examples. */
export const OMARKET_DEMO_USER = { id: 6349, msisdn: '996709920328', password: 'omarket-demo' } as const;

/** The registration the examples walk through (a number the seeded state does not know). */
/** The embedded category of a draft that has none yet (as the doc's draft example prints it). */
export const EMPTY_CATEGORY = {
  name: '',
  parent_filters: false,
  delivery: false,
  order_num: null,
  is_popular: false,
  has_map: false,
  required_price: false,
  icon_img: '',
  icon: null,
  dark_icon_img: '',
  dark_icon: null,
  category_type: null,
  parent: null,
  has_dynamic_filter: null,
  linked_category: [] as number[],
};

export const newNumber = '996555123456';

/** The FAQ text, joined where the page wrapped it; `0!Маркет`, `З.` and `</р>` are as printed (Q13). */
export const OMARKET_FAQ_CONTENT = 'Модератор платформы 0!Маркет в праве: 1. Переносить объявления в другие категории Платформы в случае выявления более подходящей категории для их размещения; 2. Отказать в публикации объявлений, если они не соответствуют тематике выбранных категорий, либо нарушают настоящее Соглашение, а также ограничивать количество объявлений от одного Пользователя в целях удобства пользования Платформы без объяснения причин. З. Проводить оценку деятельности продавца на соблюдение им требований законодательства, в том числе в части противодействия финансирования террористической деятельности и легализации (отмыванию) преступных доходов и информировать о данной деятельности, при необходимости, ответственные государственные органы</р>';

/** Answers the mock gives where the docs are silent (Django REST framework style, an assumption). */
export const OMARKET_MOCK_ERRORS = {
  apiKey: { detail: 'API key is missing or invalid.' },
  noToken: { detail: 'Authentication credentials were not provided.' },
  badToken: { detail: 'Invalid or expired token.' },
  notFound: { detail: 'Not found.' },
  invalidPage: { detail: 'Invalid page.' },
  wrongPassword: { message: 'Invalid msisdn or password' },
} as const;

export const bishkekAuthorLocation = { id: 1, name: 'Бишкек', parent: 2, location_type: 'town' } as const;

export const jackson = {
  id: 6349,
  msisdn: '996709920328',
  location: bishkekAuthorLocation,
  verified: false,
  block_type: 'not_blocked',
  username: 'jackson',
  avatar: '',
  rating: 0.0,
  contact_number: '0700111000',
} as const;

export const noText = { description: '', address: '', whatsapp_num: '', whatsapp_num_is_ident: false, telegram_profile: '', telegram_profile_is_ident: false, commentary: '' } as const;
export const noCoordinates = { latitude: null, longitude: null, moderator_id: null, removed_at: null, published_at: null } as const;
export const ok = { resultCode: 'SUCCESS', details: '', errorCode: 0 } as const;

/** The ad of the doc's ads/list example (id 23028, a music ad by SulTanos). */
export const docListedAd = {
  id: 23028,
  filters: [],
  uuid: '2111973e-3b48-4ea3-b0e8-08424de1792d',
  title: 'Test for music 8',
  description: 'This ad for testing',
  ad_type: 'sell',
  author_id: 6443,
  price: '2',
  old_price: '',
  currency: 'som',
  status: 'active',
  delivery: false,
  created_at: '2022-09-09T16:06:05.572833',
  address: 'Bishkekkkk',
  o_money_pay: false,
  whatsapp_num: '996509583000',
  whatsapp_num_is_ident: false,
  removed_at: null,
  opening_at: '2022-09-10T11:00:00',
  contract_price: false,
  commentary: '',
  price_sort: '2.0000',
  published_at: null,
  latitude: null,
  longitude: null,
  moderator_id: null,
  telegram_profile: 'Kulikov',
  telegram_profile_is_ident: false,
  modified_at: '2022-09-09T16:06:05.576252',
  has_image: false,
  category: {
    id: 531,
    name: 'Музыка',
    parent_filters: false,
    delivery: true,
    order_num: 1,
    is_popular: false,
    has_map: false,
    required_price: true,
    icon_img: '',
    icon: null,
    dark_icon_img: '',
    dark_icon: null,
    category_type: '',
    parent: null,
    has_dynamic_filter: null,
    linked_category: [],
    filters: [664, 624, 704, 383],
  },
  detail: 2496,
  location: { id: 1, name: 'Бишкек', location_type: 'town', order_num: 1, is_popular: false, parent: 2, search_by_name: '' },
  promotion_type: {
    id: 1,
    type: 'VIP',
    description: 'VIP 7 дней',
    img: 'https://devminio.o.kg/icons/GPhalsVIVPCvwJaPpnhihwqa82LrAoQVMnDNePCWTyeAp5UTk0.png',
  },
  is_own: false,
  author: {
    id: 6443,
    msisdn: '996509583150',
    location: { id: 448, name: 'Чимген', parent: 102, location_type: 'district' },
    verified: false,
    block_type: 'not_blocked',
    username: 'SulTanos',
    avatar: 'https://devminio.o.kg/media-service/Avatar/2zks5FRbaUuTlGjJ10CoFwWeUtKULlUdSyxo',
    rating: 0.0,
    contact_number: '996509583000',
  },
  favorite: false,
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 0,
  view_count: 0,
  currency_usd: 81.7325,
};

/** The category "Автомобили" (2) under "Транспорт" (1), as the doc's update answer embeds it. */
export const docCarsCategory = {
  id: 2,
  name: 'Автомобили',
  parent_filters: false,
  delivery: true,
  order_num: 3,
  is_popular: false,
  has_map: false,
  required_price: true,
  icon_img: '',
  icon: null,
  dark_icon_img: '',
  dark_icon: null,
  category_type: '',
  parent: {
    id: 1,
    name: 'Транспорт',
    parent_filters: false,
    delivery: true,
    order_num: 0,
    is_popular: false,
    has_map: false,
    required_price: true,
    icon_img: 'https://devminio.o.kg/icons/9rCRWTAr32I4x9qGP1TIiBixa33qHv4Y1alzBuqjTSuLkf1xEu.png',
    icon: '/media/tmp/category_icons/Transports4x.png',
    dark_icon_img: '',
    dark_icon: null,
    category_type: '',
    parent: null,
    has_dynamic_filter: null,
    linked_category: [],
    filters: [],
  },
  has_dynamic_filter: 11,
  linked_category: [],
  filters: [11, 6, 15, 222, 7],
};

/** The expanded make filter (11 = "Маркаку", value 4304 = Toyota) of the doc's update answer. */
export const docMakeFilter = {
  id: 11,
  create_label: 'Маркаку',
  list_label: 'Маркаку',
  create_filter_type: 'select_single',
  list_filter_type: 'select_multiple',
  required: true,
  format: [],
  parent_create_label: null,
  parent_list_label: null,
  splitting_popular: true,
};

/** The doc's draft (ads/<uuid>/ detail example) without `has_complained`. */
export const docDraftAd = {
  id: 23088,
  filters: [],
  uuid: '15f83777-df64-4819-8996-78eda3066a14',
  title: '',
  ad_type: '',
  author_id: 6349,
  price: null,
  old_price: '',
  currency: 'som',
  status: 'initial',
  delivery: false,
  created_at: '2022-09-15T10:23:54.269509',
  o_money_pay: false,
  opening_at: null,
  contract_price: false,
  price_sort: null,
  modified_at: '2022-09-15T10:23:54.269764',
  has_image: false,
  ...noText,
  ...noCoordinates,
  category: EMPTY_CATEGORY,
  detail: null,
  location: { name: '', location_type: null, order_num: null, is_popular: false, parent: null },
  promotion_type: null,
  is_own: true,
  author: jackson,
  favorite: false,
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 1,
  view_count: 1,
  currency_usd: 81.7325,
};

/** The doc's draft as ads/<uuid>/ returns it. */
export const docDraft = { ...docDraftAd, has_complained: false };

/** The first card of the doc's ads-filter answer (Lada 2107). */
export const docLadaCard = {
  id: 23406,
  uuid: '137a4f3f-29ac-4648-8a11-63e559f34d23',
  title: 'Lada 2107',
  address: 'Bishkek',
  o_money_pay: false,
  price: '2500',
  latitude: null,
  longitude: null,
  contract_price: false,
  currency: 'som',
  description: 'продается ваз 2107',
  status: 'active',
  modified_at: '2022-10-07T16:06:05.234043',
  is_own: false,
  category: { name: 'Автомобили' },
  author: { verified: false },
  favorite: false,
  location: { name: 'Бишкек' },
  minify_images: [],
  view_count: 1,
  currency_usd: 81.3922,
  promotion_type: { type: null },
};

export const filterPage = { result: { count: 196, next: 2, previous: null, results: [docLadaCard] }, ...ok };

export const ladaFilterRepairs =
  'Response repaired: the second card (id 23405, "Lada") is cut off by the page break after `"location":{` and is dropped (count 196 kept as printed); `"minify_images":[ 1,` read as `[]` (an OCRed `]`); missing `}` after `category`, `author`, `location` and `promotion_type` added.';

/** A small JPEG-typed file for the upload examples (the docs print no request for them). */
export const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])], 'car.jpg', { type: 'image/jpeg' });
