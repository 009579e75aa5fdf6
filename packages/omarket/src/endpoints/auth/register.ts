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
    body: v.pipe(
      v.object({
        /** `996` + 9 digits. */
        msisdn,
        password,
        /** The password again. */
        password2: password,
      }),
      v.forward(
        v.check((b) => b.password === b.password2, 'password2 must repeat password'),
        ['password2'],
      ),
    ),
  },
  response: v.object({
    /** `"SUCCESS"` (the doc prints it in single quotes). */
    success: v.literal('SUCCESS'),
  }),
  safe: false,
  auth: ['apiKey'],
});
