import { ssnValid } from '../checksums';
import { before } from '../tokens';
import type { Candidate } from '../types';

const DASHED = /(?<![\w./#$-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|[.,]\d)/g;
const PLAIN = /(?<![\w./#$-])(\d{3})(\d{2})(\d{4})(?![\w-]|[.,]\d)/g;
const CUE = /\b(?:ssns?|ss#|ss no|social security|taxpayer id|tin)\b[^\d\n.;]{0,28}$/;

/** US social security numbers: dashed anywhere; spaced or plain only after an SSN cue. */
export function detectSsns(text: string, out: Candidate[]): void {
  DASHED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DASHED.exec(text)) !== null) {
    if (!ssnValid(m[1], m[3], m[4])) continue;
    if (m[2] === ' ' && !CUE.test(before(text, m.index, 40))) continue;
    out.push({ type: 'US_SSN', start: m.index, end: m.index + m[0].length });
  }
  PLAIN.lastIndex = 0;
  while ((m = PLAIN.exec(text)) !== null) {
    if (!ssnValid(m[1], m[2], m[3]) || !CUE.test(before(text, m.index, 40))) continue;
    out.push({ type: 'US_SSN', start: m.index, end: m.index + m[0].length });
  }
}
