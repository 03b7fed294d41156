import type { Candidate } from '../types';

const URL_START = /\b(?:https?:\/\/|www\.)/gi;
const URL_BODY = /[^\s<>"'`{}|\\^]{1,2048}/y;
const TRAILING = /[.,;:!?'"*]$/;

// Top-level domains safe on their own ("acme.com", "bmw.de"); the rest of the common ones collide
// with file extensions or English words ("setup.py", "logo.ai", "done.it") and need a path or a
// third label.
const SAFE_TLDS =
  'com|org|net|edu|gov|mil|io|co|dev|info|biz|eu|uk|de|fr|es|nl|ch|se|dk|fi|pl|pt|ie|ca|au|nz|jp|cn|kr|br|mx|ru|za|ng|ke|gr|tr|cz|hu|ro|sk|hr|bg|lt|lv|ee|lu|cy|il|ae|sg|hk|tw|vn|ar|cl|ua|kz|xyz|online|site|store|tech|cloud|blog|shop|news|gh|ug|tz|eg|pk|bd|lk|np|th|ph|my|id|at|be|no|in|us|it|is|me|to|tv|ai|app|cc|ly|gg|so|sh|py|md|rs|ms|la|ps|mk|zip|mov|ws|fm|am|im|vc|nu|ac';
const NEEDS_PATH = new Set(
  'at be no in us it is me to tv ai app cc ly gg so sh py md rs ms la ps mk zip mov ws fm am im vc nu ac'.split(
    ' ',
  ),
);
// Where a link without a scheme may end: a dot and a known top-level domain. Only there is the host
// walked back and the full pattern tried (sticky, from the host's first character).
const TLD_GATE = new RegExp(`\\.(?:${SAFE_TLDS})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'g');
const BARE = new RegExp(
  `((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,6}(${SAFE_TLDS}))(?::\\d{2,5})?(/[^\\s<>"'\`{}|\\\\^]{0,2048})?(?![\\w-]|\\.[A-Za-z0-9])`,
  'y',
);
const HOST_CHAR = /[A-Za-z0-9.-]/;
const NOT_BEFORE_HOST = /[\w@./:%+-]/;

/** http(s):// and www. links; trailing sentence punctuation and unbalanced closing brackets are
 * not part of the link. */
export function detectUrls(text: string, out: Candidate[]): void {
  URL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_START.exec(text)) !== null) {
    const start = m.index;
    URL_BODY.lastIndex = start + m[0].length;
    const body = URL_BODY.exec(text);
    let url = m[0] + (body ? body[0] : '');
    for (;;) {
      if (TRAILING.test(url)) url = url.slice(0, -1);
      else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
      else if (url.endsWith(']') && count(url, '[') < count(url, ']')) url = url.slice(0, -1);
      else break;
    }
    const hostStart = m[0].length;
    if (url.length > hostStart + 2 && url.slice(hostStart).includes('.')) {
      out.push({ type: 'URL', start, end: start + url.length });
    } else if (url.length > hostStart + 2 && /^https?:\/\/[\w-]+/i.test(url)) {
      out.push({ type: 'URL', start, end: start + url.length });
    }
    URL_START.lastIndex = start + Math.max(url.length, 1);
  }
  detectBareDomains(text, out);
}

/** Links without a scheme: "example.com/path", "acme-corp.io", "docs.example.de/x". A host whose
 * top-level domain is also a file extension or an English word needs a path or a third label,
 * and a host of digits only (a version, an IP) is not a link. */
function detectBareDomains(text: string, out: Candidate[]): void {
  TLD_GATE.lastIndex = 0;
  let done = 0;
  let g: RegExpExecArray | null;
  while ((g = TLD_GATE.exec(text)) !== null) {
    if (g.index < done) continue;
    let start = g.index;
    while (start > done && g.index - start < 253 && HOST_CHAR.test(text[start - 1])) start--;
    while (start < g.index && (text[start] === '.' || text[start] === '-')) start++;
    if (start === g.index || (start > 0 && NOT_BEFORE_HOST.test(text[start - 1]))) continue;
    BARE.lastIndex = start;
    const m = BARE.exec(text);
    if (!m || start + m[1].length !== g.index + g[0].length) continue;
    const labels = m[1].split('.');
    const path = m[3] ?? '';
    // A host of digits only is a version or an address, not a link.
    if (labels.slice(0, -1).every((l) => /^\d+$/.test(l))) continue;
    if (NEEDS_PATH.has(m[2]) && path.length < 2 && labels.length < 3) continue;
    let url = m[0];
    for (;;) {
      if (TRAILING.test(url)) url = url.slice(0, -1);
      else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
      else break;
    }
    out.push({ type: 'URL', start, end: start + url.length });
    done = start + url.length;
    TLD_GATE.lastIndex = Math.max(TLD_GATE.lastIndex, done);
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
