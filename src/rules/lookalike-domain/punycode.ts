/**
 * RFC 3492 Punycode decoding of one label body (after `xn--`). Browsers hand the extension ASCII
 * hosts; the Unicode form is what the user sees, and what a homoglyph imitates. Undefined for
 * malformed input.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 → 26-35
  if (code >= 97 && code <= 122) return code - 97; // a-z → 0-25
  if (code >= 65 && code <= 90) return code - 65;
  return BASE;
}

export function decodePunycode(input: string): string | undefined {
  const cut = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(cut, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length;) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return undefined;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return undefined;
    }
    const count = output.length + 1;
    bias = adapt(i - old, count, old === 0);
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** A host label as the user sees it: `xn--` labels decoded, others unchanged. */
export function unicodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  return decodePunycode(label.slice(4)) ?? label;
}
