/**
 * State hashing for replay checks: FNV-1a (64-bit) over the UTF-8 bytes of canonical JSON
 * (object keys sorted, `undefined` omitted as JSON.stringify does). The 64-bit product is
 * computed on two 32-bit halves, since JavaScript numbers hold 53 bits exactly.
 */

/** Canonical JSON: like JSON.stringify, with object keys in sorted order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined || typeof v === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** FNV-1a 64 of `text` as 16 hex digits. */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const eat = (byte: number) => {
    lo = (lo ^ byte) >>> 0;
    const a = lo * 0x1b3;
    const b = hi * 0x1b3;
    const carry = Math.floor(a / 4294967296);
    hi = (b + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = a >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      eat(c);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      eat(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
      eat(0xe0 | (c >> 12));
      eat(0x80 | ((c >> 6) & 0x3f));
    } else {
      eat(0xf0 | (c >> 18));
      eat(0x80 | ((c >> 12) & 0x3f));
      eat(0x80 | ((c >> 6) & 0x3f));
    }
    eat(0x80 | (c & 0x3f));
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * A stable hash of a game state: equal states (in any key order) give equal hashes. Used
 * to check that a replay rebuilt exactly the saved game.
 */
export function hashState(state: unknown): string {
  return fnv1a64(canonicalJson(state));
}
