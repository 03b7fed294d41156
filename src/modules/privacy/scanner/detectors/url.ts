import type { Candidate } from '../types';

const URL_START = /\b(?:https?:\/\/|www\.)/gi;
const URL_BODY = /[^\s<>"'`{}|\\^]{1,2048}/y;
const TRAILING = /[.,;:!?'"*]$/;

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
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
