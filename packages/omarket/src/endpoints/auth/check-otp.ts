import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { msisdn } from '../../schemas/input';

/** POST market-auth/check-otp/: verify the 4-digit SMS code of a registration. */
export const authCheckOtp = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/market-auth/check-otp/',
  summary: 'Verify the 4-digit SMS code sent at registration (the doc heading says "request OTP").',
  docs: 'seed 002 "Запрос ОТП"',
  request: {
    body: /* @__PURE__ */ v.object({
      /** `996` + 9 digits (the doc example shows 14 characters; 12 is the real format). */
      msisdn,
      /** The 4-digit code. */
      otp: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('otp must be a string'), /* @__PURE__ */ v.regex(/^\d{4}$/, 'otp must be 4 digits')),
    }),
  },
  response: /* @__PURE__ */ v.object({
    success: /* @__PURE__ */ v.literal('SUCCESS'),
  }),
  // Each attempt may count against the code.
  safe: false,
  auth: ['apiKey'],
});
