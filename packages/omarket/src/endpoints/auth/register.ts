import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { msisdn, password } from '../../schemas/input';

/** POST market-auth/register/: create an account; the OTP that check-otp verifies is sent by SMS. */
export const authRegister = /* @__PURE__ */ defineEndpoint({
  method: 'POST',
  path: '/api/market-auth/register/',
  summary: 'Register a phone number with a password (twice); then verify the SMS code with checkOtp.',
  docs: 'seed 002 "Регистрация"',
  request: {
    body: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.object({
        /** `996` + 9 digits. */
        msisdn,
        password,
        /** The password again. */
        password2: password,
      }),
      /* @__PURE__ */ v.forward(
        /* @__PURE__ */ v.check((b) => b.password === b.password2, 'password2 must repeat password'),
        ['password2'],
      ),
    ),
  },
  response: /* @__PURE__ */ v.object({
    /** `"SUCCESS"` (the doc prints it in single quotes). */
    success: /* @__PURE__ */ v.literal('SUCCESS'),
  }),
  safe: false,
  auth: ['apiKey'],
});
