// MD5 for the b2motor password hash, with code that runs in Node, browsers and edge runtimes.
import { md5 } from '@noble/hashes/legacy';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** Lowercase hex MD5 of a UTF-8 string. */
export function md5Hex(text: string): string {
  return bytesToHex(md5(utf8ToBytes(text)));
}
