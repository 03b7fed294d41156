import { before } from '../tokens';
import type { Candidate } from '../types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w-]|\\.\\d)`, 'g');
// Where an IPv6 address can be: a hex digit and a colon together, or '::'. The candidate is then
// grown by hand over hex digits, colons and dots, so no regex runs at every letter of the text.
const IPV6_SEED = /[0-9A-Fa-f]:[0-9A-Fa-f:]|::/g;
const VERSION_CUE = /(?:\bv|version|release|build|firmware|patch|upgrade[ds]? to|sdk|api|node|python)[\s:]*$/;

/** IPv4 with octet ranges (a dotted quad right after "version"/"v"/"build" is a version number)
 * and IPv6 in full, compressed (::) and IPv4-mapped forms. */
export function detectIps(text: string, out: Candidate[]): void {
  IPV4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV4.exec(text)) !== null) {
    if (VERSION_CUE.test(before(text, m.index, 24))) continue;
    out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  IPV6_SEED.lastIndex = 0;
  while ((m = IPV6_SEED.exec(text)) !== null) {
    let start = m.index;
    while (start > 0 && m.index - start < 39 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = m.index;
    while (end < text.length && end - start < 45 && (isHexOrColon(text.charCodeAt(end)) || text[end] === '.'))
      end++;
    IPV6_SEED.lastIndex = Math.max(end, m.index + 1);
    // A sentence-final dot or colon ("at fe80::1.") is punctuation, not part of the address.
    while (end > start && (text[end - 1] === '.' || (text[end - 1] === ':' && text[end - 2] !== ':'))) end--;
    if (start > 0 && /[\w:.]/.test(text[start - 1])) continue;
    if (end < text.length && /[\w:]/.test(text[end])) continue;
    if (ipv6Valid(text.slice(start, end))) out.push({ type: 'IP_ADDRESS', start, end });
  }
}

function ipv6Valid(s: string): boolean {
  if (!/\d/.test(s) && s !== '::') return false;
  let body = s;
  let tailGroups = 0;
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    if (v4.slice(1).some((o) => Number(o) > 255)) return false;
    body = s.slice(0, v4.index);
    if (!body.endsWith(':')) return false;
    body = body.endsWith('::') ? body : body.slice(0, -1);
    tailGroups = 2;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string): string[] | null => {
    if (part === '') return [];
    const g = part.split(':');
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : null;
  };
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  if (!left || !right) return false;
  const n = left.length + right.length + tailGroups;
  if (halves.length === 2) return n <= 7 && (n >= 2 || s === '::1');
  return n === 8;
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
