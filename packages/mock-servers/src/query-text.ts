// Decoding a query text without a URLSearchParams object: the node:http transport hands the
// engine the text of a plain request target (see node-request.ts), and most queries are flat.

/**
 * `[...new URLSearchParams(query)]` for a query `splitTarget` passed, without the object:
 * `+` is a space and valid percent-escapes decode; text that `decodeURIComponent` refuses
 * (an invalid escape or UTF-8 sequence, which `URLSearchParams` keeps or replaces) takes
 * `URLSearchParams` itself.
 *
 * @internal
 */
export function queryPairs(query: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (query === '') return pairs;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      const split = eq >= 0 && eq < end;
      const name = decodePart(query.slice(start, split ? eq : end));
      const value = split ? decodePart(query.slice(eq + 1, end)) : '';
      if (name === undefined || value === undefined) return [...new URLSearchParams(`?${query}`)];
      pairs.push([name, value]);
    }
    start = end + 1;
  }
  return pairs;
}

function decodePart(text: string): string | undefined {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}
