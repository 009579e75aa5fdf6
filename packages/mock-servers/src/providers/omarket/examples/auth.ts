// Documented O!Market examples: sign-up, OTP, login and token refresh.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../../types';
import { newNumber, OMARKET_DEMO_USER, OMARKET_MOCK_ERRORS } from './documented';

/** Sign-up, OTP, login and token refresh: documented examples by endpoint. */
export const authExamples = {
  'auth.login': [
    {
      name: 'doc-example',
      source: 'seed 002 "Логин": Request data and [RESPONSES] 200',
      note: 'Request: the placeholders 996XXXXXXXXX / XXXXXXX are replaced by the seeded demo account. Response repaired: the access_token string runs off the line (no closing quote, no comma): closed as printed. Its OCR damage (`NjM00S` for `NjM0OS`, fact sheet Q16) is kept: tokens are opaque. The refresh token\'s "....." is the doc\'s own elision, kept.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password } },
      response: {
        status: 200,
        body: {
          access_token: 'eyJ1c2VyX2lkIjogNjM00SwgInV1aWQi0iAiMmE3ZThiYWUzYmEzNDc4MWI2ZmZhYTAzMTQ0YTE3YTYiLCAiZXhfd',
          refresh_token: '53e6ddf832e449068.....',
        },
      },
    },
    {
      name: 'wrong-password',
      source: 'constructed: seed 002 documents no login error',
      note: 'Status and body are assumptions (the Kotlin peer reads `message` from error bodies). The SDK maps any 400/401/403 of login to an AuthError with reason wrong_credentials, whatever the text.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: 'not-the-password' } },
      response: { status: 400, body: OMARKET_MOCK_ERRORS.wrongPassword },
      error: { kind: 'auth', reason: 'wrong_credentials' },
    },
    {
      name: 'api-key-missing',
      source: 'constructed: seed 002 says only that the API key is mandatory in a header on every request',
      note: 'HTTP 403 follows the peers\' handling of auth failures (fact sheet Q1); the `detail` body is Django REST framework\'s default shape, an assumption. The mock answers this to any request without a valid key.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password } },
      response: { status: 403, body: OMARKET_MOCK_ERRORS.apiKey },
      error: { kind: 'auth', reason: 'api_key_rejected' },
    },
  ],
  'auth.register': [
    {
      name: 'doc-example',
      source: 'seed 002 "Регистрация": Request data and [RESPONSES] 200',
      note: 'Request: the placeholders 996xxxxxxxxx / xxxxxxxxx are replaced by concrete values. Response repaired: `\'SUCCESS\'` in single quotes is the JSON string "SUCCESS" (fact sheet Q4).',
      request: { body: { msisdn: newNumber, password: 'new-password-1', password2: 'new-password-1' } },
      response: { status: 200, body: { success: 'SUCCESS' } },
    },
    {
      name: 'number-exists',
      source: 'seed 002 "Регистрация": [RESPONSES] 400',
      note: 'Printed as valid JSON. Request constructed with the seeded demo number.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: 'new-password-1', password2: 'new-password-1' } },
      response: { status: 400, body: { error: 'номер уже существует в базе О!Маркет. Введите другие данные!' } },
      error: { kind: 'api', reason: 'number_exists' },
    },
  ],
  'auth.checkOtp': [
    {
      name: 'doc-example',
      source: 'seed 002 "Запрос ОТП": Request data and [RESPONSES] 200',
      note: 'Request: the msisdn placeholder has 14 characters (996 + 11 X); a 12-digit number is used. The otp placeholder XXXX is the mock\'s default code 1234. Response repaired: `\'SUCCESS\'` in single quotes (Q4).',
      request: { body: { msisdn: newNumber, otp: '1234' } },
      response: { status: 200, body: { success: 'SUCCESS' } },
    },
    {
      name: 'wrong-otp',
      source: 'seed 002 "Запрос ОТП": [RESPONSES] 400',
      note: 'Printed as valid JSON ("opt" is the provider\'s typo, kept). Request constructed.',
      request: { body: { msisdn: newNumber, otp: '0000' } },
      response: { status: 400, body: { error: 'Not match opt code' } },
      error: { kind: 'api', reason: 'wrong_otp' },
    },
  ],
  'auth.refreshToken': [
    {
      name: 'doc-example',
      source: 'seed 002 "Refresh Token": Request data and 200',
      note: 'Response repaired: the access_token string has no closing quote; closed after the doc\'s "......" elision, kept as printed.',
      request: { body: { refresh_token: '53e6ddf832e4490.....' } },
      response: { status: 200, body: { access_token: 'eyJ1c2VyX2lkIjogNjM00SwgInV1aWQi0iAiMmE3ZThiYWUzYmEzNDc4MWI2ZmZhYTAzMTQ0YTE3YT......' } },
    },
    {
      name: 'unknown-refresh-token',
      source: 'seed 002 "Refresh Token": 400',
      note: 'Printed as valid JSON. The message echoes the refresh token: the SDK redacts it.',
      request: { body: { refresh_token: '53e6ddf832e4490.....' } },
      response: { status: 400, body: { message: 'no such 53e6ddf832e4490..... refresh token found' } },
      error: { kind: 'auth', reason: 'unknown_refresh_token' },
    },
  ],
} as const satisfies Partial<ExamplesFor<typeof endpoints>>;
