// Runs one call per SDK against x-mock and prints one JSON line per SDK. Used by Node, Bun and Deno:
//   <runtime> tools/e2e/calls/all.mjs http://127.0.0.1:<port>
import { call as b2motor } from './b2motor.mjs';
import { call as omarket } from './omarket.mjs';
import { call as onlinerSecond } from './onliner-second.mjs';
import { call as sevenOffers } from './7offers.mjs';
import { call as quince } from './quince.mjs';

const base = (globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2))[0];
const calls = { b2motor, omarket, 'onliner-second': onlinerSecond, '7offers': sevenOffers, quince };
for (const [sdk, call] of Object.entries(calls)) {
  try {
    console.log(JSON.stringify({ sdk, ...(await call(base)) }));
  } catch (error) {
    console.log(JSON.stringify({ sdk, ok: false, summary: `${error?.name}: ${error?.message}` }));
  }
}
