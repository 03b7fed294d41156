import { COMMON_WORDS } from '../data/common-words';
import { ENGLISH_WORDS } from '../data/english-words';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../data/first-names';
import { BRAND_WORDS, FOREIGN_COMMON_WORDS, NAME_STOP_WORDS } from '../data/name-words';
import { AMBIGUOUS_SURNAMES, SURNAMES } from '../data/surnames';
import { wordSet } from '../tokens';

/**
 * What a capitalised word is, as a name part:
 * F first name · FA first name that is also an everyday word or place (Grace, Austin) ·
 * L surname · LA ambiguous surname (Brown, Park) · C everyday word · U unknown ·
 * P particle (van, de, Ní, Ó) · I initial (J.) · S never part of a name (Monday, Please, Corp).
 */
export type NameClass = 'F' | 'FA' | 'L' | 'LA' | 'C' | 'U' | 'P' | 'I' | 'S';

const first = wordSet(FIRST_NAMES);
const firstAmbiguous = wordSet(AMBIGUOUS_FIRST_NAMES);
const last = wordSet(SURNAMES);
const lastAmbiguous = wordSet(AMBIGUOUS_SURNAMES);
const common = wordSet(COMMON_WORDS);
const english = wordSet(ENGLISH_WORDS);
const particles = wordSet(
  'van von der den de del della dei di da das do dos du le la les bin binti ibn al el ter ten ni nic mac ua ap st y',
);

const ENGLISH_ENDING =
  /(?:ing|tion|sion|ment|ness|ity|ship|able|ible|ology|ance|ive|ous|ful|less|ware|board|point|works|ops|ics|ism|ize|ise|ified|ery|ory|ical|ward|wise|hood|dom|book|base|soft|tech|net|hub|kit|lab|flow|ly)$/;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const NAME_PREFIX_CAPITAL =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ní|Nic|Mhic|Al-|El-)\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:['’]s)?$|^(?:\p{Lu}\p{Ll}+-)+(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+$/u;

const PREFIXED_SURNAME = /^(?:o'|d'|mc|mac|fitz|van|von|de|di|da|al-|el-|ben-|abu-)./;

export function classify(key: string, raw: string, next?: string): NameClass {
  if (raw.length === 1) return next === '.' ? 'I' : key === 'a' || key === 'i' ? 'S' : 'P';
  if (NAME_STOP_WORDS.has(key)) return 'S';
  if (BRAND_WORDS.has(key)) return 'C';
  // EasyCLA, GraphQL, iPhone-style capitals inside a word mark products, not people.
  if (INNER_CAPITAL.test(raw) && !NAME_PREFIX_CAPITAL.test(raw)) return 'C';
  if (particles.has(key)) return 'P';
  const direct = lookup(key);
  if (direct !== 'U') return direct;
  if (key.includes('-')) {
    // Hyphenated: Anne-Marie, Smith-Jones, Al-Rashid — judged by its parts.
    const parts = key.split('-').filter((p) => p.length > 0);
    const classes = parts.map((p) => lookup(p));
    if (
      classes.every((c) => c !== 'C' && c !== 'U') ||
      (parts.length === 2 && /^(?:al|el|ben|abu)$/.test(parts[0]))
    ) {
      return classes[0] === 'F' || classes[0] === 'FA' ? 'F' : 'L';
    }
    // Ji-woo, Follow-Up: a capitalised compound is unknown unless every part is an everyday word.
    return classes.every((c) => c === 'C') ? 'C' : 'U';
  }
  if (PREFIXED_SURNAME.test(key) && /\p{Lu}/u.test(raw.slice(1))) return 'L';
  if (key.endsWith("'s")) return classify(key.slice(0, -2), raw.slice(0, -2));
  return 'U';
}

function lookup(key: string): NameClass {
  if (first.has(key)) return 'F';
  if (last.has(key)) return 'L';
  if (firstAmbiguous.has(key)) return 'FA';
  if (lastAmbiguous.has(key)) return 'LA';
  if (common.has(key) || isEnglishWord(key) || FOREIGN_COMMON_WORDS.has(key)) return 'C';
  // Derived English words (Onboarding, Expeditions, Retrospective) are not names.
  if (key.length >= 6 && (ENGLISH_ENDING.test(key) || ENGLISH_ENDING.test(key.slice(0, -1)))) return 'C';
  return 'U';
}

/** A lower-case, folded word that is an everyday English word (not a listed name). */
export function isEverydayWord(key: string): boolean {
  return common.has(key) || isEnglishWord(key);
}

/** An everyday English word, or an inflection of one (Periods, Traders, Launched). */
function isEnglishWord(key: string): boolean {
  if (english.has(key)) return true;
  if (key.length < 5) return false;
  if (key.endsWith('s') && (english.has(key.slice(0, -1)) || common.has(key.slice(0, -1)))) return true;
  if (key.endsWith('es') && english.has(key.slice(0, -2))) return true;
  if (
    (key.endsWith('ed') || key.endsWith('er')) &&
    (english.has(key.slice(0, -2)) || english.has(key.slice(0, -1)))
  )
    return true;
  return key.endsWith('ers') && (english.has(key.slice(0, -3)) || english.has(key.slice(0, -2)));
}
