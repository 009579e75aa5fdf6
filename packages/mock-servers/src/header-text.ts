// Header lines as text: the HTTP server's fast lane hands the engine a request's header lines
// as one string (what a journal entry keeps), read into node's raw list form only when asked.

/** An HTTP token (RFC 9110 §5.6.2): what a header name is made of. @internal */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * The header lines of a request head as node's raw list (name, value, name, value ...): `text`
 * is `Name: value` lines joined by CRLF, in the strict form the fast lane accepts (see
 * fast-lane.ts), values without their surrounding spaces and tabs as node gives them.
 *
 * @internal
 */
export function headerLines(text: string): string[] {
  const raw: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\r\n', at);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', at);
    raw.push(text.slice(at, colon), trimOws(text, colon + 1, end));
    at = end + 2;
  }
  return raw;
}

/**
 * `text.slice(from, to)` without leading and trailing spaces and tabs.
 *
 * @internal
 */
export function trimOws(text: string, from: number, to: number): string {
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--;
  return text.slice(from, to);
}

