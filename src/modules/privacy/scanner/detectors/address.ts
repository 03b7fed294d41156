import { fold } from '../tokens';
import type { Candidate } from '../types';
import { classify } from './name-lexicon';
import { addressStartWithUnit, addressTailEnd, UK_POSTCODE } from './address-tail';

export { UK_POSTCODE } from './address-tail';

const SUFFIX =
  '(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Terr|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Close|Crescent|Cres|Row|Mews|Gardens|Gdns|Grove|Hill|Walk|Alley|Plaza|Loop|Pike|Broadway|Esplanade|Embankment|Quay|Wharf|Green|Park|Rise|View|Vale|Gate|Yard|Parade|Approach|Heights|Meadows?|Mount|Orchard|Ridge|Turnpike|Expressway|Expy|Freeway|Fwy|Route|Rte|Point|Crossing|Commons|Cove|Creek|Glen|Harbou?r|Hollow|Landing|Junction|Pass|Shore|Summit|Valley|Vista|Woods|Wynd|Croft|Ter|Tce|Pde|Cl|Hts|Mt|Tpke|Jct|Esp|Gr|Crt|Cct|Circuit|Bvd|Wy|Mwy|Motorway|Ctr|Sqr|Aly|Bend|Brae|Chase|Dale|Downs|Drove|End|Fold|Garth|Hey|Ings|Lea|Leys|Nook|Path|Promenade|Prom|Side|Spur|Strand|Track|Vw|Marg|Nagar|Salai|Chowk|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|Canyon|Cape|Causeway|Centers?|Circles|Cliffs?|Club|Corners?|Course|Courts|Coves|Crest|Crossroad|Curve|Dam|Divide|Drives|Estates?|Extensions?|Falls?|Ferry|Fields?|Fords?|Forest|Forges?|Forks?|Fort|Gateway|Glens|Greens|Groves|Harbors|Haven|Hills|Inlet|Islands?|Isle|Junctions|Knolls?|Lakes?|Lodge|Mall|Manors?|Mills?|Mission|Mountains?|Overpass|Parks|Parkways|Passage|Pines?|Plains?|Points|Ports?|Prairie|Ranch|Rapids?|Ridges|River|Roads|Shoals?|Shores|Skyway|Springs|Spurs|Squares|Station|Stravenue|Stream|Streets|Throughway|Trace|Trafficway|Trailer|Tunnel|Underpass|Valleys|Viaduct|Views|Villages?|Ville|Walks|Ways|Lights?|Wall|Keys?|Wells?|Rest|Unions?|Glade|Via|Rue|Dell|Garden|Run|Loaf|Locks?|Neck|Oval|Ramp|Radial|Spring|Land)';
// Only an abbreviated type takes the dot after it; "Baker Street." ends the sentence.
const ABBREVIATION =
  '(?:St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Terr|Pkwy|Hwy|Cir|Sq|Trl|Cres|Gdns|Expy|Fwy|Rte|Ter|Tce|Pde|Cl|Hts|Mt|Tpke|Jct|Esp|Gr|Crt|Cct|Bvd|Wy|Mwy|Ctr|Sqr|Aly|Vw|Prom)';
const NAME_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,24})";
const UNIT =
  '(?:,?[ \\t]{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|#)\\.?[ \\t]{0,2}#?[A-Za-z]?\\d[A-Za-z0-9\\-]{0,5})';
// Street types: USPS suffixes (the ones synthetic-data generators draw from too), UK and Indian.
// Number first: 221B Baker Street · 1600 Pennsylvania Ave NW · 12-14 Old Mill Lane, Apt 3. The
// digit comes first so most positions fail at once; a flat before the number is added afterwards.
const STREET = new RegExp(
  `\\d(?<![\\p{L}\\d_\\-.,$]\\d)\\d{0,5}[A-Za-z]?(?:[-/]\\d{1,5})?,?[ \\t]{1,2}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\t]{1,2})?` +
    `(?:${NAME_WORD}[ \\t]{1,2}){1,4}${SUFFIX}(?:(?<=${ABBREVIATION})\\.)?(?:[ \\t]{1,2}(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West|Upper|Lower|Central|Extension|Ext)\\b)?${UNIT}?(?![\\p{L}])`,
  'gu',
);
// Street name first, number after (continental and some UK/US forms): Baker Street 221. Only run
// in a window around a street word followed by a number.
const NUMBER_AFTER_GATE = /(?:Street|Road|Avenue|Lane|Drive|Boulevard)[ \t]{1,2}\d/g;
const STREET_NUMBER_AFTER = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{1,24}[ \\t]{1,2}){1,3}(?:Street|Road|Avenue|Lane|Drive|Boulevard)[ \\t]{1,2}\\d{1,5}[A-Za-z]?(?![\\p{L}\\d])`,
  'gu',
);
// PO boxes in several languages.
const PO_BOX =
  /(?<![\p{L}\d])(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]{0,2}[Bb]ox|P\.?O\.?B\.?|Post[ \t]Office[ \t]Box|Postfach|Apartado(?:[ \t]de[ \t]Correos)?|Caixa[ \t]Postal|Casilla|Bo[iî]te[ \t]postale|Postboks|Postbus|Box)[ \t]{1,2}\d[\d ]{0,8}\d?(?![\p{L}\d])/gu;
// US military mail: PSC/CMR/Unit numbers with a box, or a ship, then APO/FPO/DPO, AE/AP/AA, ZIP.
const MILITARY =
  /(?<![\p{L}\d])(?:(?:(?:PSC|CMR|Unit)[ \t]{1,2}\d{1,5}(?:,?[ \t]{1,2}Box[ \t]{1,2}\d{1,5})?|(?:USNS|USS|USCGC|HMS)[ \t]{1,2}\p{Lu}[\p{L}-]{1,20}(?:[ \t]\p{Lu}[\p{L}-]{1,20}){0,2})[ \t]{0,2}(?:,[ \t]{0,2}|\r?\n[ \t]{0,4}|[ \t]))?(?:APO|FPO|DPO)[ \t]{1,2}(?:AE|AP|AA)[ \t]{1,2}\d{5}(?:-\d{4})?(?!\d)/gu;
const STANDALONE_POSTCODE = new RegExp(`(?<![\\w\\-])${UK_POSTCODE}(?![\\w\\-])`, 'g');

/** Street addresses: a street line (number before or after the street name and type word, a
 * flat or suite before or after it), PO boxes and military (PSC/APO/FPO) addresses, each carried
 * on through postcode, town, region and country; and UK postcodes on their own. */
export function detectAddresses(text: string, out: Candidate[]): void {
  scan(text, STREET, out);
  // "Box 12" alone is a box of goods; it is an address after a PSC/CMR/Unit line (military).
  if (/[Bb]ox[ \t]{1,2}\d|Postfach|Apartado|Caixa|Casilla|postale|Postbo/.test(text))
    scan(text, PO_BOX, out, true);
  if (/[ADF]PO[ \t]/.test(text)) scan(text, MILITARY, out);
  NUMBER_AFTER_GATE.lastIndex = 0;
  let g: RegExpExecArray | null;
  let done = 0;
  while ((g = NUMBER_AFTER_GATE.exec(text)) !== null) {
    if (g.index < done) continue;
    const from = Math.max(done, g.index - 80);
    STREET_NUMBER_AFTER.lastIndex = 0;
    const window = text.slice(from, g.index + g[0].length + 8);
    let m: RegExpExecArray | null;
    while ((m = STREET_NUMBER_AFTER.exec(window)) !== null) {
      const start = from + m.index;
      if (start + m[0].length <= g.index) continue;
      const end = addressTailEnd(text, start + m[0].length);
      out.push({ type: 'STREET_ADDRESS', start: addressStartWithUnit(text, start), end });
      done = end;
      break;
    }
  }
  STANDALONE_POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STANDALONE_POSTCODE.exec(text)) !== null) {
    // Without the space a postcode looks like any product code: it needs the space.
    if (!/\s/.test(m[0])) continue;
    out.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
}

// An address is announced: "Address:", or a bare "at"/"to" right before the number.
const ADDRESS_BEFORE = /(?:\b(?:at|to)[ \t]{1,2}|[:=][ \t]{0,12}(?:\r?\n[ \t]{0,8})?)$/i;

// Street types that are also everyday plurals and nouns ("3 Data Points", "2 Hot Springs").
const WEAK_SUFFIXES = new Set(
  (
    'branch bridge brook brooks burg burgs camp canyon cape center centers circles cliff cliffs club corner corners ' +
    'course courts coves crest curve dam divide drives estate estates extension extensions fall falls ferry field ' +
    'fields flat flats ford fords forest forge forges fork forks fort gateway glens greens groves harbors haven hills ' +
    'inlet island islands isle junctions knoll knolls lake lakes lodge mall manor manors mill mills mission mountain ' +
    'mountains overpass parks parkways passage pine pines plain plains points port ports prairie ranch rapid rapids ' +
    'ridges river roads shoal shoals shores skyway springs spurs squares station stream streets trace trailer tunnel ' +
    'valleys views village villages walks ways park green hill view point gate yard rise heights commons side end ' +
    'light lights wall key keys well wells rest union unions glade via rue dell garden run loaf lock locks neck oval ' +
    'ramp radial spring land'
  ).split(' '),
);

/** A street with an everyday type word ("Springs", "Points") made of everyday words ("Hot",
 * "Data") is only an address when a town, postcode or unit follows it. */
function plausibleStreet(match: string, tailed: boolean, left: string): boolean {
  if (tailed || ADDRESS_BEFORE.test(left)) return true;
  const words = match.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < 2) return true;
  if (
    /(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|#)\.?[ \t]{0,2}#?[A-Za-z]?\d/.test(
      match,
    )
  )
    return true;
  const suffix = words[words.length - 1].toLowerCase();
  if (!WEAK_SUFFIXES.has(suffix)) return true;
  return words.slice(0, -1).some((w) => {
    const cls = classify(fold(w), w);
    return cls !== 'C' && cls !== 'FA' && cls !== 'LA' && cls !== 'S';
  });
}

function scan(text: string, re: RegExp, out: Candidate[], poBox = false): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (
      poBox &&
      /^Box/.test(m[0]) &&
      !/(?:PSC|CMR|Unit)[ \t]{1,2}\d{1,5},?[ \t]{1,2}$/.test(text.slice(Math.max(0, m.index - 16), m.index))
    ) {
      re.lastIndex = m.index + m[0].length;
      continue;
    }
    const start = addressStartWithUnit(text, m.index);
    const end = addressTailEnd(text, m.index + m[0].length);
    const left = text.slice(Math.max(0, start - 60), start);
    if (re === STREET && !plausibleStreet(m[0], end > m.index + m[0].length || start < m.index, left)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ type: 'STREET_ADDRESS', start, end });
    re.lastIndex = end;
  }
}
