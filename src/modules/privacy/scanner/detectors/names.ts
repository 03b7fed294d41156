import {
  GROUP_NEXT,
  NON_PERSON_PAIRS,
  ORG_SUFFIXES,
  PLACE_FIRST_WORDS,
  STRONG_LEFT_CUE,
  STRONG_RIGHT_CUE,
  ROLE_LEFT_CUE,
  WEAK_LEFT_CUE,
  WEAK_RIGHT_CUE,
} from '../data/name-words';
import { fold } from '../tokens';
import type { Candidate } from '../types';
import { classify, type NameClass } from './name-lexicon';

// A capitalised word (Unicode), with inner apostrophes and hyphens: O'Brien, Anne-Marie, Ó, Søren.
// The upper-case letter comes first so most positions fail before the look-behind runs.
const CAP_WORD =
  /\p{Lu}(?<![\p{L}\p{M}\d'’_@./\\-]\p{Lu})[\p{L}\p{M}]{0,30}(?:['’-]\p{L}[\p{L}\p{M}]{0,30}){0,3}(?![\p{L}\p{M}\d@]|['’]\p{L}|[.-]\w)/gu;
const PLAIN_GAP = /^[ \t\u00a0]{1,2}$/;
const PARTICLE_GAP =
  /^[ \t\u00a0]{1,2}(?:(?:van|von|der|den|de|del|della|di|da|das|do|dos|du|le|la|bin|binti|ibn|al|el|ter|ten|y)[ \t\u00a0]{1,2}){1,2}$/;
// "the Grace Period", "our Jordan office": a determiner before capitalised words names a thing.
const DETERMINERS = new Set(
  'the a an our your their its this that these those every each any some no'.split(' '),
);
// Cues are short: only this much text before a name is searched for one.
const CUE_WINDOW = 48;
const AUX_BEFORE =
  /(?:^|[.!?]\s{1,3}|\n\s{0,3}|"|“)(?:did|does|do|could|can|will|would|should|has|have|is|was|shall|may|might|has)[ \t]{1,2}$/i;
const DIGIT_BEFORE = /\d[ \t]{0,3}$/;
const RIGHT_CUE_START = /^(?:['’]s|,|[ \t]{0,3}[(<]|\s{1,3}\p{Ll})/u;
const SELF_LEFT = /\b(?:it's|it’s|it is|this is)[ \t]{1,2}$/i;
const SELF_RIGHT = /^(?:[ \t]{1,2}(?:here|speaking|again|from)\b|[,!])/;
// Prepositions of place and tools: "in Porto Alegre", "via Apache Kafka".
const PLACE_BEFORE = new Set(
  'in at near into onto across around within via using inside outside toward towards visit visiting'.split(
    ' ',
  ),
);
const PLACE_PREFIX_BEFORE =
  /(?:^|[^\p{L}])(?:Port|New|North|South|East|West|Lake|Mount|Mt\.?|Fort|Ft\.?|Saint|St\.?|San|Santa|Upper|Lower|Great|Little|Old|Glen|Point|Cape)[ \t]$/u;
const PLACE_LAST = new Set(
  'park garden gardens green common heath market cross hill wood woods gate fields campus mall arena stadium district quarter village harbour harbor marina terminal pier wharf docks estate'.split(
    ' ',
  ),
);
const TITLE_BEFORE =
  /(?:^|[^\p{L}])((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Fr|Hon|Capt|Captain|Lt|Sgt|Col|Gen|Herr|Frau|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Señor|Señora|Signor|Signora|Dott|Ing|Grandma|Grandpa|Granny|Nana|Uncle|Aunt|Auntie|Sheikh|Imam|Rabbi|Pastor|Father|Sister|Drs|Ir|Mevr|Mw|Dhr|Hr|Fru|Fr\u00f6ken|JUDr|MUDr|MVDr|PhDr|RNDr|PaedDr|Mgr|Bc|Dipl\.-Ing|PhD|Doc|Doz|Eng|Arch|Avv|Mag)\.?[ \t]{1,3})$/u;
const SUFFIX_AFTER =
  /^,?[ \t]{1,2}(?:Jr|Sr|Jnr|Snr|II|III|IV|V|VI|PhD|Phd|Ph\.D|MD|M\.D|DDS|DVM|RN|CPA|Esq|MBA|MSc|BSc|BA|MA|OBE|MBE|CBE|KC|QC|dipl\.[ \t]?[\p{L}.-]{2,12}|kundze|k-dze|kgs|CSc|DrSc)\.?(?![\p{L}\d])/u;
// "loop in Ingrid", "fill in Tomasz": the preposition belongs to the verb.
const PHRASAL_IN =
  /\b(?:loop|looped|looping|fill|filled|filling|bring|brought|bringing|let|letting|check|checked|sign|signed|log|logged|copy|copied|cc)[ \t]{1,2}in[ \t]{1,3}$/i;
// A company or product follows: "Motoko Aramaki Inc", "Kwame Kim & Partners".
const ORG_NEXT = /^[ \t]{0,2}(?:&|\+)[ \t]{0,2}\p{Lu}/u;
const ORG_NEXT_WORD = /^[ \t]{1,2}(?:\d|v\d|[A-Z]{2,}\b)/;

/** Verbs only people do; companies "confirm" and "will", but do not write or reply. */
const SPEECH_RIGHT =
  /^[ \t]{1,3}(?:said|says|wrote|writes|replied|responded|mentioned|explained|told|asked|submitted|signed|reported|requested|emailed|phoned|texted|booked|ordered|paid|visited|complained|confirmed|agreed|promised|apologi[sz]ed|thanked|called|rang|lives|lived|works|worked|moved|married|was born|can be reached|is reachable|needs|wants|wanted|prefers|filled in|filled out)\b/;
// A name followed by that person's address or phone: "Yaw, 12 Kingsway Rd", "Ama, +233 24 555".
const DETAILS_RIGHT =
  /^,[ \t]{0,2}(?:\d{1,5}[A-Za-z]?,?[ \t]{1,2}\p{Lu}|\+?\(?\d{2,4}\)?[ \d().-]{6,}\d|\p{Lu}[\p{L}.-]+(?:[ \t][\p{L}.-]+){0,3},?[ \t]{1,2}\d{1,5}[A-Za-z]?(?![\p{L}\d]))/u;
// "to Kirsi at 45 Kingsway Rd", "for Deepika on +44 …": a person reached at an address or number.
const AT_DETAILS_RIGHT =
  /^[ \t]{1,2}(?:at|on|to)[ \t]{1,2}(?:\+|\(?\d|\p{Lu}[\p{L}.-]+(?:[ \t][\p{L}.-]+){0,3},?[ \t]{1,2}\d{1,5}[A-Za-z]?(?![\p{L}\d]))/u;
const TO_LEFT = /\b(?:to|for|from|with|by|about|per|according to|via|contact|attn|c\/o)[ \t]{1,3}$/i;
// Function words that are also given names (Turkish Can, Vietnamese An, Do).
const SOFT_STOP_WORDS = new Set(['an', 'do', 'can', 'per']);

interface Token {
  start: number;
  end: number;
  raw: string;
  cls: NameClass;
  key: string;
}

/** Person names: capitalised runs judged by name lists (first names from many cultures,
 * surnames) and by context cues ("Hi X", "Regards, X", "per my call with X", "Dr. X",
 * "X from accounting"). */
export function detectNames(text: string, out: Candidate[]): void {
  CAP_WORD.lastIndex = 0;
  let run: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = CAP_WORD.exec(text)) !== null) {
    const raw = m[0];
    const hasLower = /\p{Ll}/u.test(raw);
    if (!hasLower && raw.length > 1) {
      flush(text, run, out);
      run = [];
      continue;
    }
    const { key, cls } = lookupToken(raw, text[m.index + raw.length]);
    const tok: Token = { start: m.index, end: m.index + raw.length, raw, key, cls };
    if (tok.cls === 'I' && text[tok.end] === '.') tok.end++;
    const prev = run[run.length - 1];
    if (prev && !joins(text.slice(prev.end, tok.start), prev)) {
      flush(text, run, out);
      run = [];
    }
    run.push(tok);
  }
  flush(text, run, out);
}

// Work text repeats its capitalised words: remember how each was classified.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, { key: string; cls: NameClass }>();

function lookupToken(raw: string, next: string | undefined): { key: string; cls: NameClass } {
  if (raw.length === 1) {
    const key = raw.toLowerCase();
    return { key, cls: classify(key, raw, next) };
  }
  let hit = cache.get(raw);
  if (hit === undefined) {
    const key = fold(raw);
    hit = { key, cls: classify(key, raw) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, hit);
  }
  return hit;
}

function joins(gap: string, prev: Token): boolean {
  if (gap === ' ') return true;
  if (PLAIN_GAP.test(gap) || PARTICLE_GAP.test(gap)) return true;
  return prev.cls === 'I' && gap === '' && prev.raw.length === 1;
}

/** Splits a run at words that are never names and judges each piece. */
function flush(text: string, run: Token[], out: Candidate[]): void {
  let seg: Token[] = [];
  for (let i = 0; i <= run.length; i++) {
    const t = run[i];
    if (t !== undefined && t.cls === 'S' && SOFT_STOP_WORDS.has(t.key) && softIsName(text, run, i))
      t.cls = 'U';
    if (t === undefined || t.cls === 'S') {
      if (seg.length > 0 && t !== undefined && ORG_SUFFIXES.has(t.key))
        judgeBeforeOrganisation(text, seg, out);
      else if (seg.length > 0) judge(text, seg, out);
      seg = [];
    } else {
      seg.push(t);
    }
  }
}

/** "Can" in "Hi Can Öztürk" or "Nguyễn Văn An" is a name, not a modal verb or an article. */
function softIsName(text: string, run: Token[], i: number): boolean {
  const prev = run[i - 1];
  if (prev !== undefined && prev.cls !== 'S') return true;
  const next = run[i + 1];
  if (next?.cls === 'L') return true;
  const at = run[i];
  const left = text.slice(Math.max(0, at.start - 60), at.start);
  if (!STRONG_LEFT_CUE.test(left) && !WEAK_LEFT_CUE.test(left)) return false;
  if (next === undefined) return /^[,!]/.test(text.slice(at.end, at.end + 1));
  return next.cls !== 'S' && next.cls !== 'C';
}

/** "Regards, Dimitris O'Brien Global Payments Inc.": a person may stand before the company name
 * when sentences run together. The longest prefix made only of listed name words is judged. */
function judgeBeforeOrganisation(text: string, seg: Token[], out: Candidate[]): void {
  const listed = (t: Token) =>
    t.cls === 'F' || t.cls === 'FA' || t.cls === 'L' || t.cls === 'LA' || t.cls === 'P';
  for (let n = seg.length; n >= 1; n--) {
    const head = seg.slice(0, n);
    if (head.every(listed)) {
      judge(text, head, out);
      return;
    }
  }
}

function judge(text: string, seg: Token[], out: Candidate[]): void {
  // Everyday words, particles and initials at the edges are not part of the name.
  let a = 0;
  let b = seg.length - 1;
  // Leading particles stay when a name follows them (Ó Briain, Van Dyke, De Souza).
  while (a <= b && (seg[a].cls === 'C' || (seg[a].cls === 'P' && (a === b || seg[a + 1].cls === 'C')))) a++;
  while (b >= a && (seg[b].cls === 'C' || seg[b].cls === 'P' || (seg[b].cls === 'I' && b > a))) b--;
  if (a > b) return;
  // "Hoan Kiem Lake", "Arik Air": a capitalised everyday word right after the words makes them the
  // name of a place or a company, unless a cue says a person is meant.
  const trailingWord = b + 1 < seg.length && seg[b + 1].cls === 'C' ? seg[b + 1] : undefined;
  const toks = seg.slice(a, b + 1);
  const names = toks.filter((t) => t.cls !== 'P' && t.cls !== 'I');
  if (names.length === 0) return;
  let start = toks[0].start;
  const end = toks[toks.length - 1].end;
  const after = text.slice(end, end + 60);
  // A lone unknown word after a number ("1 Aaa") has no left cue (none ends in a digit); without
  // a right-hand cue it cannot be a name, so skip the cue searches (keeps long runs of it cheap).
  if (
    names.length === 1 &&
    names[0].cls === 'U' &&
    DIGIT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    !RIGHT_CUE_START.test(after)
  )
    return;
  let title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  // Titles stack: "Prof. Dr. Merve Lichtenhagen", "Ing. Mgr. Jana Nováková".
  while (title) {
    const more = TITLE_BEFORE.exec(
      text.slice(Math.max(0, start - title[1].length - 24), start - title[1].length),
    );
    if (!more) break;
    title = [title[0], more[1] + title[1]] as unknown as RegExpExecArray;
  }
  const leftText = text.slice(Math.max(0, start - CUE_WINDOW), start);
  let strong = title !== null || STRONG_LEFT_CUE.test(leftText) || STRONG_RIGHT_CUE.test(after);
  // "it's Emiko here", "this is Tomasz speaking".
  if (!strong && SELF_LEFT.test(leftText) && SELF_RIGHT.test(after)) strong = true;
  const lastTok = toks[toks.length - 1];
  // "Hyde Park", "Acme Labs" are places and companies; "Regards, Tendai Park" is a person.
  // "Gabriel Hall", "Teddy Post": a listed first name before a surname that is also a place word.
  const firstAndSurname =
    a === 0 && toks.length <= 3 && toks[0].cls === 'F' && (lastTok.cls === 'L' || lastTok.cls === 'LA');
  if (
    ORG_SUFFIXES.has(lastTok.key) &&
    !((strong || firstAndSurname) && (lastTok.cls === 'L' || lastTok.cls === 'LA'))
  )
    return;
  if (GROUP_NEXT.test(after) || ORG_NEXT.test(after)) return;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (NON_PERSON_PAIRS.has(`${toks[i].key}_${toks[i + 1].key}`)) return;
  }
  const cls = names.map((t) => t.cls);
  if (trailingWord !== undefined && !strong) return;
  // "Port Jake", "New Adolphus", "South Elvera": a place prefix turns a name into a town.
  if (!strong && PLACE_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
  const prev = previousWord(text, start);
  const sentenceStart = !(prev.comma || prev.lowerCase);
  // "the Grace Period", "in Santa Teresa", "using Apache Kafka": things and places, not people.
  const thingBefore =
    DETERMINERS.has(prev.word) || (!strong && PLACE_BEFORE.has(prev.word) && !PHRASAL_IN.test(leftText));
  // A lone word that is not a listed first name needs a strong cue or two weak ones.
  const loneUnlisted = cls.length === 1 && cls[0] !== 'F' && toks[0].cls !== 'I';
  // "Marie said", "Zhang mentioned": a lone name-like word followed by a verb of speech.
  const spokenBy =
    cls.length === 1 &&
    (cls[0] === 'FA' || cls[0] === 'L' || cls[0] === 'LA' || (cls[0] === 'U' && nameShaped(names[0].raw))) &&
    SPEECH_RIGHT.test(after);
  // "Please ping Dmitri about it", "Did Oksana send the receipts?": an action on a person, or a
  // question about what someone did, before a name-shaped word and a lower-case verb.
  const actedOn =
    loneUnlisted &&
    (cls[0] === 'FA' || cls[0] === 'L' || cls[0] === 'LA' || (cls[0] === 'U' && nameShaped(names[0].raw))) &&
    (ROLE_LEFT_CUE.test(leftText) || AUX_BEFORE.test(leftText)) &&
    /^(?:[ \t]{1,2}\p{Ll}|[,?!])/u.test(after);
  if (actedOn || spokenBy) strong = true;
  const nameLikeLone = loneUnlisted && (cls[0] !== 'U' || nameShaped(names[0].raw));
  if (
    nameLikeLone &&
    !strong &&
    (DETAILS_RIGHT.test(after) || (AT_DETAILS_RIGHT.test(after) && TO_LEFT.test(leftText)))
  )
    strong = true;
  if (!strong && loneUnlisted && !spokenBy && !(WEAK_RIGHT_CUE.test(after) && ROLE_LEFT_CUE.test(leftText)))
    return;
  const weakRight = strong || WEAK_RIGHT_CUE.test(after);
  const weakLeft = strong || WEAK_LEFT_CUE.test(leftText);
  // A role and a verb ("manager Gunnhild will") are as good as a strong cue.
  if (weakRight && !strong && ROLE_LEFT_CUE.test(leftText)) strong = true;
  // "Hyde Park", "Covent Garden" are places; "Minji Park" (a listed first name) is a person.
  if (PLACE_LAST.has(lastTok.key) && toks.length > 1 && !strong && toks[0].cls !== 'F') return;
  if (PLACE_FIRST_WORDS.has(toks[0].key) && toks.length > 1 && !strong) return;
  const weak = !strong && (weakLeft || weakRight);
  if (names.length > 4 && !strong) return;
  let accept: boolean;
  if (strong) accept = cls.some((c) => c !== 'C');
  else if (thingBefore) accept = false;
  else if (weak)
    accept =
      acceptPair(cls, sentenceStart) ||
      shapePair(toks, cls, sentenceStart, after) ||
      (cls.length === 1 && cls[0] === 'F') ||
      // "Marie said", "Grace wrote": an ambiguous first name followed by a verb of speech.
      spokenBy ||
      weakPair(cls);
  else
    accept =
      acceptPair(cls, sentenceStart) ||
      shapePair(toks, cls, sentenceStart, after) ||
      // "Did Ingrid call back?": a listed, unambiguous first name is a person on its own.
      (cls.length === 1 && cls[0] === 'F' && !ORG_NEXT_WORD.test(after)) ||
      (toks[0].cls === 'I' && (cls[0] === 'L' || cls[0] === 'F'));
  if (!accept) return;
  const last = names.length > 4 ? names[3] : toks[toks.length - 1];
  let stop = last.end;
  // Titles and post-nominals belong to the name: "Dr. Helen Ward PhD", "Mr Alberto Ruiz Jr.".
  if (title) start -= title[1].length;
  const suffix = SUFFIX_AFTER.exec(text.slice(stop, stop + 24));
  if (suffix) stop += suffix[0].length;
  out.push({ type: 'PERSON_NAME', start, end: stop });
}

/** Two or more capitalised words shaped like a name (no everyday word among them) with nothing
 * saying they are a thing: "Motoko Aramaki", "Sione Tui". At a sentence start they need a
 * lower-case word or punctuation after them, which headings do not have. */
function shapePair(toks: Token[], cls: NameClass[], sentenceStart: boolean, after: string): boolean {
  if (cls.length < 2 || cls.length > 4) return false;
  if (!cls.every((c) => c === 'F' || c === 'FA' || c === 'L' || c === 'LA' || c === 'U')) return false;
  if (!toks.every((t) => t.cls !== 'U' || nameShaped(t.raw))) return false;
  const known = cls.some((c) => c === 'F' || c === 'L');
  // "Tierra del Fuego", "Pão de Açúcar": with a particle inside, a listed name must be there too.
  if (!known && toks.some((t) => t.cls === 'P')) return false;
  if (!sentenceStart) return true;
  if (!/^(?:[ \t]{1,3}\p{Ll}|[,;:!?)]|\.(?:\s|$)|\s*$)/u.test(after)) return false;
  return known || /^(?:[ \t]{1,3}\p{Ll}|,)/u.test(after);
}

/** An unknown capitalised word of a name's length (derived English words are classed 'C'). */
function nameShaped(raw: string): boolean {
  return raw.length >= 2 && raw.length <= 20;
}

/** The word right before `index` (lower-cased), whether it is an all-lower-case word, and
 * whether a comma stands between: "met Will", "Thanks, Will" are mid-sentence; ". Will" is not. */
function previousWord(text: string, index: number): { word: string; lowerCase: boolean; comma: boolean } {
  let i = index;
  while (i > 0 && index - i < 3 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (text[i - 1] === ',') return { word: '', lowerCase: false, comma: true };
  const end = i;
  while (i > 0 && end - i < 20 && /[\p{L}'’]/u.test(text[i - 1])) i--;
  const word = text.slice(i, end);
  const bounded = i === 0 || /[\s(]/.test(text[i - 1]);
  return {
    word: word.toLowerCase(),
    lowerCase: bounded && word !== '' && word === word.toLowerCase(),
    comma: false,
  };
}

/** Two or more name words with no cue around them. */
function acceptPair(cls: NameClass[], sentenceStart: boolean): boolean {
  if (cls.length < 2) return false;
  const [c0, c1] = cls;
  const nameLike = (c: NameClass) => c === 'F' || c === 'FA' || c === 'L' || c === 'LA' || c === 'U';
  if (c0 === 'F') return nameLike(c1);
  if (c0 === 'FA') return c1 === 'F' || c1 === 'L' || (!sentenceStart && (c1 === 'LA' || c1 === 'U'));
  if (c0 === 'L') return c1 === 'F' || c1 === 'FA' || c1 === 'L';
  if (c0 === 'LA') return !sentenceStart && (c1 === 'F' || c1 === 'L');
  if (c0 === 'U') return !sentenceStart && c1 === 'L';
  return false;
}

function weakPair(cls: NameClass[]): boolean {
  if (cls.length < 2) return false;
  const [c0, c1] = cls;
  const known = (c: NameClass) => c === 'F' || c === 'L';
  const ok = (c: NameClass) => c !== 'C';
  return ok(c0) && ok(c1) && (known(c0) || known(c1));
}
