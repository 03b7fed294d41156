import type { Candidate } from '../types';
import { classify, isEverydayWord } from './name-lexicon';
import { addressStartWithUnit, addressTailEnd } from './address-tail';
import { ADDRESS_STOP_WORDS } from '../data/address-words';
import { fold } from '../tokens';

const WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]{1,30}";
const LINK =
  "(?:de|du|des|la|le|les|l'|d'|da|do|das|dos|del|della|delle|dei|degli|di|van|von|der|den|dem|e|y|i|al|el|ibn|bin)";
const STREET_NAME = `(?:${LINK}[ \\t]{1,2}){0,2}${WORD}(?:[ \\t]{1,2}(?:${LINK}|${WORD}|\\d{1,2}(?:º|ª))){0,4}`;
// A stair or block letter and a flat may follow the number: Mannerheimintie 14 B 22.
const HOUSE_NUMBER =
  '(?:n\\.?[ºo°]?[ \\t]?|No\\.?[ \\t]?|no[ \\t]|nr\\.?[ \\t]?|Nr\\.?[ \\t]?|Bloc[ \\t]|Bl\\.[ \\t]?)?\\d{1,5}[A-Za-z]?(?:[ \\t]?(?:bis|ter))?(?:[/-]\\d{1,4}[A-Za-z]?)?(?:[ \\t][A-H](?:[ \\t]\\d{1,3})?(?![\\p{L}\\d]))?';
const NUMBER_END = '(?![\\p{L}\\d])';
// Street-type words written before the name (Romance, Slavic, Baltic, Greek, Malay…).
const TYPE_FIRST =
  'Rua|Avenida|Av\\.|Avda\\.|Avd\\.|Travessa|Tv\\.|Largo|Praça|Pç\\.|Alameda|Estrada|Rodovia|Calle|C/|Paseo|Pº|Carrer|Camino|Carretera|Ronda|Rambla|Plaza|Pza\\.|Glorieta|Via|Viale|V\\.le|Piazza|P\\.zza|Piazzale|Corso|C\\.so|Vicolo|Strada|Str\\.|Ulica|ulica|ul\\.|Ul\\.|Aleja|aleja|al\\.|Al\\.|Aleje|Plac|pl\\.|Osiedle|os\\.|Bulevar|Bulevardul|Bd\\.|Calea|Șoseaua|Soseaua|Splaiul|Rue|Avenue|Boulevard|Chaussée|Chemin|Allée|Impasse|Quai|Cours|Route|Jalan|Jln\\.?|Jl\\.|Ulitsa|ulitsa|Prospekt|prospekt|Odos|Leoforos|Náměstí|náměstí|Ulice|ulice|Trg|trg|Cesta|cesta|Rruga|Sokak|Mahallesi|Masía|Extramuros|Subida|Cerrada|Quinta|Sector|Priv\\.|Privada|Callejón|Cuesta|Pasaje|Travesía|Vía|Carrera|Diagonal|Transversal|Circunvalación|Prolongación|Andador|Retorno|Circuito|Incrocio|Rotonda|Contrada|Borgo|Lungomare|Lungotevere|Traversa|Salita|Voie|Drève|Passage|Parvis|Sentier|Ruelle|Esplanade|Cité|Résidence|Intrarea|Aleea|Strada|Piața|Piata|Sector|Gg\\.|Gang|Ki\\.|Dk\\.|Kp\\.|Ds\\.|Jln|Lorong|Persiaran|Lebuh|Soi|Thanon|Đường|Duong|Phố|Pho';
// Street-type words written after the name, as a separate word: Karl Johans gate 22, Váci utca 12.
const TYPE_AFTER =
  'gate|gata|gatan|gade|vej|vei|veien|vegen|vägen|väg|allé|plass|torg|torget|stræde|straße|strasse|str\\.|weg|gasse|platz|allee|utca|út|útja|tér|körút|iela|gatvė|gatve|tänav|katu|tie|kuja|tori|straat|laan|weg|plein|gracht|kade|dreef|singel|steeg|markt|caddesi|Caddesi|Cad\\.|Sokak|Sokağı|Sok\\.|Bulvarı|Blv\\.|Cd\\.|Sk\\.|Gata|Gatan|Väg|Vägen|Vei|Veien|Vej|Gate|Allé|fasor|sor|határút|főút|körút|köz|sétány|rakpart|lejtő|tere|iela|bulvāris|dambis|gatve|prospekts|laukums|trg|ulica|cesta|sokak|caddesi|Allee|Straße|Strasse|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Steig|Laan|Straat|Plein|Kade|Gracht';
// The same words glued to the name: Hauptstraße 5, Storgata 12, Vesterbrogade 10, Kerkstraat 4.
const COMPOUND =
  'straße|strasse|str\\.|weg|gasse|platz|allee|damm|ring|ufer|steig|pfad|chaussee|gatan|vägen|vagen|gata|gate|gade|vej|veien|vegen|vei|laan|straat|plein|gracht|kade|dreef|singel|steeg|markt|utca|katu|tie|polku|kuja|väylä|raitti|rinne|kaari|penger|ranta|mäki|puisto|aukio|portti|park|hof|dijk|plantsoen|pad|hoven|lei|berg|dal|bakken|lia|svingen|stien|haugen|toppen|jordet|vägen|gränd|backen|stig|plan|vænget|parken|haven';

interface Pattern {
  /** Cheap, literal-led test that finds where such an address could be. */
  gate: RegExp;
  /** The full pattern, only run in a window around each gate hit. */
  full: RegExp;
  /** Whether a match is an address (words that merely end like a street word are not). */
  accept?: (street: string, tailed: boolean) => boolean;
}

// "Spring 2024", "Aggregate 5": an English word that ends like a street word is not a street.
const notEnglish = (street: string): boolean => !isEverydayWord(fold(street.split(/[ \t]/)[0]));
// "Karl Johans gate 22, Oslo" is a street; "Heathrow gate 12" is not: a genitive or a town is needed.
const genitiveOrTown = (street: string, tailed: boolean): boolean =>
  tailed || /\p{L}s[ \t]+\p{Ll}+\.?[ \t]+\d/u.test(street) || !/[ \t](?:gate|Gate)[ \t]/.test(street);

const PATTERNS: readonly Pattern[] = [
  // French and Canadian: 12 rue de Rivoli · 435 Rue Sainte-Catherine · 3 bis, avenue Foch
  {
    gate: /\d,?\s{1,2}(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Qq]uai|[Cc]hemin|[Ii]mpasse|[Rr]oute|[Cc]ours|[Vv]ia|[Cc]alle)\s/g,
    full: new RegExp(
      `\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]{1,2}(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Qq]uai|[Cc]hemin|[Ii]mpasse|[Rr]oute|[Cc]ours|[Vv]ia|[Cc]alle)[ \\t]{1,2}${STREET_NAME}`,
      'gu',
    ),
  },
  // Glued street word: Hauptstraße 5 · Bahnhofstr. 73 · Storgata 12 · Kerkstraat 4 · Lindenweg 105
  {
    gate: new RegExp(`(?:${COMPOUND})[ \\t]{1,2}\\d`, 'g'),
    full: new RegExp(
      `${WORD.replace('{1,30}', '{0,30}')}(?:${COMPOUND})[ \\t]{1,2}${HOUSE_NUMBER}${NUMBER_END}`,
      'gu',
    ),
    accept: notEnglish,
  },
  // Separate street word after the name: Karl Johans gate 22 · Váci utca 12 · Atatürk Caddesi No: 5
  {
    gate: new RegExp(`[ \\t](?:${TYPE_AFTER})[ \\t]{1,2}(?:No\\s?:?\\s?)?\\d`, 'g'),
    full: new RegExp(
      `(?:${WORD}[ \\t]{1,2}){1,3}(?:${TYPE_AFTER})[ \\t]{1,2}(?:No[ \\t]?:?[ \\t]?)?${HOUSE_NUMBER}${NUMBER_END}`,
      'gu',
    ),
    accept: genitiveOrTown,
  },
  // Type word first, number after the name: Calle Luna 5 · Via Roma 10 · ul. Długa 5/7 ·
  // Rua Augusta, 120 · Avenida da Liberdade, 1825 · Jalan Sudirman No. 5
  {
    gate: new RegExp(`(?:${TYPE_FIRST})[ \\t]`, 'g'),
    full: new RegExp(
      `(?<![\\p{L}])(?:${TYPE_FIRST})[ \\t]{1,2}${STREET_NAME},?[ \\t]{1,2}${HOUSE_NUMBER}${NUMBER_END}`,
      'gu',
    ),
  },
  // Korean and Japanese romanised: 123 Teheran-ro · 45 Sejong-daero · 2-14-3 Nakameguro (chōme-banchi-gō).
  {
    gate: /-(?:ro|gil|daero|dong)\b|\d-\d{1,2}-\d/g,
    full: new RegExp(
      `(?<![\\p{L}\\d-])(?:\\d{1,4}(?:-\\d{1,4})?,?[ \\t]{1,2}${WORD}-(?:ro|gil|daero|dong)(?:[ \\t]\\d{1,3}-?gil)?|\\d{1,2}-\\d{1,2}-\\d{1,3},?[ \\t]{1,2}${WORD}|${WORD}-(?:ro|gil|daero)[ \\t]{1,2}\\d{1,4}(?:-\\d{1,4})?)${NUMBER_END}`,
      'gu',
    ),
    accept: (_street, tailed) => tailed,
  },
  // Indian cross and main roads: 14th Cross, 3rd Main Road.
  {
    gate: /\d(?:st|nd|rd|th)[ \t](?:Cross|Main)\b/g,
    full: /(?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)[ \t](?:Cross|Main)(?:[ \t](?:Road|Rd|Street|St))?(?![\p{L}])/gu,
    accept: (_street, tailed) => tailed,
  },
  // Colombian grid addresses: Carrera 7 #71-21, Calle 26 No. 13-19, Cra. 15 # 88-64.
  {
    gate: /(?:Carrera|Calle|Cra\.?|Cl\.?|Kr\.?|Avenida|Av\.|Diagonal|Dg\.?|Transversal|Tv\.?)[ \t]\d/g,
    full: /(?<![\p{L}])(?:Carrera|Calle|Cra\.?|Cl\.?|Kr\.?|Avenida|Av\.|Diagonal|Dg\.?|Transversal|Tv\.?)[ \t]\d{1,3}[A-Z]?(?:[ \t]?[Bb]is)?[ \t]{0,2}(?:#|No\.?|N°|Nº)[ \t]{0,2}\d{1,3}[A-Z]?[ \t]?-[ \t]?\d{1,3}(?![\p{L}\d])/gu,
  },
  // German "Am Markt 3", "An der Alster 12", "Im Tal 4".
  {
    gate: /(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Zum|Zur|Unter den|Na|Ve|V|U|Pod|Nad|Za|K|Při|Pri)\s\p{Lu}/gu,
    full: new RegExp(
      `(?<![\\p{L}])(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Zum|Zur|Unter den|Na|Ve|V|U|Pod|Nad|Za|K|Při|Pri)[ \\t]${WORD}(?:[ \\t]${WORD})?[ \\t]{1,2}${HOUSE_NUMBER}${NUMBER_END}`,
      'gu',
    ),
  },
];

const WINDOW = 140;
const BOUNDARY_BEFORE = /[\p{L}\d-]/u;

/** Street addresses outside the US/UK pattern: the street-type word before or after the name
 * (calle, rue, via, rua, ulica; Straße, gata, vej, laan, utca), the house number before or after,
 * then the shared continuation (unit, postcode, town, region, country). A literal gate finds the
 * few places worth the full Unicode pattern, which then only runs in a window around them. */
export function detectIntlAddresses(text: string, out: Candidate[]): void {
  for (const { gate, full, accept } of PATTERNS) {
    gate.lastIndex = 0;
    let done = 0;
    let g: RegExpExecArray | null;
    while ((g = gate.exec(text)) !== null) {
      if (g.index < done) continue;
      const from = Math.max(done, g.index - WINDOW);
      const window = text.slice(from, Math.min(text.length, g.index + WINDOW));
      full.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = full.exec(window)) !== null) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (start > 0 && BOUNDARY_BEFORE.test(text[start - 1])) continue;
        if (end <= g.index || start > g.index + g[0].length) continue;
        const tailEnd = addressTailEnd(text, end);
        if (accept && !accept(m[0], tailEnd > end)) continue;
        out.push({ type: 'STREET_ADDRESS', start: addressStartWithUnit(text, start), end: tailEnd });
        done = tailEnd;
        break;
      }
      gate.lastIndex = Math.max(gate.lastIndex, done);
    }
  }
}

// Words that say an address follows. Strong ones (a label, "lives at", "shipped to") are enough
// for a street with any name; after a bare "at" or "to" a postcode, town or unit must follow.
const STRONG_ADDRESS_CUE =
  /(?:\b(?:address|addr|adresse|anschrift|dirección|direccion|domicilio|endereço|endereco|morada|indirizzo|adres|adresa|cím|osoite|residence|home|ship to|bill to|deliver to|postal address|mailing address|street)[ \t]{0,3}[:=][ \t]{0,12}(?:\r?\n[ \t]{0,8})?|\b(?:lives|live|living|lived|resides|reside|residing|located|based|staying|stays) (?:at|in|on)[ \t]{1,3}|\b(?:moved|move|moving|relocated|shipped|ship|shipping|mailed|mail|delivered|deliver|delivering|posted|post|send|sent|sending|forward|forwarded|return|returned|addressed) (?:(?:it|them|this|the \w+|your \w+|his \w+|her \w+|their \w+|all \w+) )?(?:to|at)[ \t]{1,3}|\b(?:address (?:is|was|to)|new address is|address on file is)[ \t]{1,3})$/i;
const WEAK_ADDRESS_CUE = /\b(?:at|to|from|in|on)[ \t]{1,3}$/i;
// Where a cue may end: a colon or equals sign after an address label, or an address verb. Both
// gates are case-sensitive literals (fast); the full cue is then checked on the text before.
const LABEL_GATE = /[:=]/g;
const LABEL_BEFORE =
  /(?:address|addr|adresse|anschrift|direcci[oó]n|domicilio|endere[cç]o|morada|indirizzo|adres|adresa|cím|osoite|residence|home|ship to|bill to|deliver to|street)[ \t]{0,3}$/i;
const VERB_GATE =
  /\b(?:[Ll]ives|[Ll]ive|[Ll]iving|[Ll]ived|[Rr]esides?|[Rr]esiding|[Ll]ocated|[Bb]ased|[Ss]tay(?:ing|s)?) (?:at|in|on) |\b(?:[Mm]ov(?:ed|e|ing)|[Rr]elocated|[Ss]hip(?:ped|ping)?|[Mm]ail(?:ed)?|[Dd]eliver(?:ed|ing)?|[Pp]ost(?:ed)?|[Ss]en[dt]|[Ss]ending|[Ff]orward(?:ed)?|[Rr]eturn(?:ed)?|[Aa]ddress(?:ed| is| was)) /g;
// A bare "at" or "to" before a capital letter or a digit: only a street with a postcode or town.
const WEAK_GATE = /\b(?:at|to) (?=[\p{Lu}\d])/gu;
const CUED_STREET = new RegExp(
  // Street name (words, some lower-case type words) then a house number, or number then name.
  `(?:((?:[\\p{L}][\\p{L}\\p{M}'’.-]{0,30}[ \\t]{1,2}){1,5}?)(?:,[ \\t]{0,2})?(\\d{1,5}[A-Za-z]?(?:[/-]\\d{1,4}[A-Za-z]?)?|s\\/n\\.?)|(\\d{1,6}[A-Za-z]?(?:[/-]\\d{1,4})?),?[ \\t]{1,2}((?:[\\p{Lu}][\\p{L}\\p{M}'’.-]{1,30}[ \\t]?){1,4}))(?![\\p{L}\\d]|[:.,]\\d)`,
  'yu',
);

/** Streets written without a known street word ("Strnadova 772", "Šamačka 63", "szosa Czyż 33a")
 * are only taken where the text says an address follows: after an address label or "lives at",
 * "shipped to"; after a bare "at"/"to" only when a postcode, town or unit completes them. */
export function detectCuedStreets(text: string, out: Candidate[]): void {
  if (text.includes(':') || text.includes('=')) cuedStreets(text, LABEL_GATE, out, LABEL_BEFORE);
  cuedStreets(text, VERB_GATE, out);
  cuedStreets(text, WEAK_GATE, out);
}

function cuedStreets(text: string, gate: RegExp, out: Candidate[], before?: RegExp): void {
  gate.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = gate.exec(text)) !== null) {
    if (before && !before.test(text.slice(Math.max(0, g.index - 24), g.index))) continue;
    let at = g.index + g[0].length;
    while (
      at < text.length &&
      (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')
    )
      at++;
    const left = text.slice(Math.max(0, at - 60), at);
    const strong = STRONG_ADDRESS_CUE.test(left);
    if (!strong && !WEAK_ADDRESS_CUE.test(left)) continue;
    CUED_STREET.lastIndex = at;
    const m = CUED_STREET.exec(text);
    if (!m) continue;
    const words = (m[1] ?? m[4] ?? '').trim();
    // "Thursday at 14:30", "the review to 3": calendar and function words end the search.
    if (words.split(/[ \t]+/).some((w) => ADDRESS_STOP_WORDS.has(fold(w.replace(/[.,]$/, ''))))) continue;
    if (!/\p{Lu}/u.test(words) || (/[.,;:!?]$/.test(words) && m[1] !== undefined && !/\.$/.test(words)))
      continue;
    const lineEnd = at + m[0].length;
    const tailEnd = addressTailEnd(text, lineEnd);
    const tailed = tailEnd > lineEnd;
    // Everyday words and a number ("Terminal 3", "Windows 11") are not a street on their own.
    const named = words.split(/[ \t]+/).some((w) => {
      if (!/^\p{Lu}/u.test(w)) return false;
      const bare = w.replace(/\.$/, '');
      const cls = classify(fold(bare), bare);
      return cls !== 'C' && cls !== 'S' && cls !== 'FA' && cls !== 'LA';
    });
    if (!named && !tailed) continue;
    if (!strong && !(tailed && /\d|\p{Lu}{2}/u.test(text.slice(lineEnd, tailEnd)))) continue;
    out.push({ type: 'STREET_ADDRESS', start: addressStartWithUnit(text, at), end: tailEnd });
    gate.lastIndex = Math.max(gate.lastIndex, tailEnd);
  }
}
