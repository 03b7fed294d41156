import type { Candidate } from '../types';
import { ADDRESS_STOP_WORDS } from '../data/address-words';

const SUFFIX =
  '(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Terr|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Close|Crescent|Cres|Row|Mews|Gardens|Gdns|Grove|Hill|Walk|Alley|Plaza|Loop|Pike|Broadway|Esplanade|Embankment|Quay|Wharf|Green|Park|Rise|View|Vale|Gate|Yard|Parade|Approach|Heights|Meadows?|Mount|Orchard|Ridge|Turnpike|Expressway|Expy|Freeway|Fwy|Route|Rte|Point|Crossing|Commons|Cove|Creek|Glen|Harbou?r|Hollow|Landing|Junction|Pass|Shore|Summit|Valley|Vista|Woods|Wynd|Croft|Ter|Pde|Cl|Hts|Mt|Tpke|Jct)';
const NAME_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'’.\\-]{0,24})";
const UNIT =
  '(?:,?\\s{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building|#)\\.?\\s{0,2}#?[A-Za-z0-9\\-]{1,6})';
const PREFIX = '(?:(?:Flat|Apt|Apartment|Unit|Suite)\\s{1,2}[A-Za-z0-9]{1,5},?\\s{1,2})';
const STREET = new RegExp(
  `(?<![\\w\\-.,$])${PREFIX}?\\d{1,6}[A-Za-z]?(?:-\\d{1,5})?,?\\s{1,2}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s{1,2})?` +
    `(?:${NAME_WORD}\\s{1,2}){1,4}${SUFFIX}\\.?(?:\\s{1,2}(?:NW|NE|SW|SE|N|S|E|W)\\b)?${UNIT}?(?![A-Za-z])`,
  'g',
);
const PO_BOX = /\bP\.?\s?O\.?\s{1,2}Box\s{1,2}\d{1,6}/gi;
const UK_POSTCODE =
  '(?:[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2})';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const CITY = "[A-Z][A-Za-z'’.\\-]{1,24}(?:\\s{1,2}[A-Z][A-Za-z'’.\\-]{1,24}){0,2}";
// What may follow the street: one or two localities, then a state and ZIP, a UK postcode or a
// country. Each piece is a separate sticky match so everyday words can end the address.
const LOCALITY = new RegExp(`(?:,\\s{0,2}|\\s{1,2})(${CITY})`, 'y');
const REGION = new RegExp(
  `,?\\s{1,2}(?:(?:${US_STATES})(?:\\s{1,2}\\d{5}(?:-\\d{4})?)?|${UK_POSTCODE}|\\d{5}(?:-\\d{4})?)(?![\\w])`,
  'y',
);
const COUNTRY =
  /,\s{0,2}(?:USA|US|United States|UK|United Kingdom|England|Scotland|Wales|Ireland|Canada)(?![\w])/y;
const STANDALONE_POSTCODE = new RegExp(`(?<![\\w\\-])${UK_POSTCODE}(?![\\w\\-])`, 'g');

/** Street addresses in US and UK styles (number, street name, suffix, unit, city, state, ZIP or
 * postcode), PO boxes, and UK postcodes on their own. */
export function detectAddresses(text: string, out: Candidate[]): void {
  for (const re of [STREET, PO_BOX]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length + tailLength(text, start + m[0].length);
      out.push({ type: 'STREET_ADDRESS', start, end });
      re.lastIndex = end;
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

function tailLength(text: string, from: number): number {
  let at = from;
  let committed = from;
  for (let part = 0; part < 2; part++) {
    LOCALITY.lastIndex = at;
    const loc = LOCALITY.exec(text);
    if (!loc) break;
    const words = loc[1].split(/\s+/);
    const stop = words.findIndex((w) => ADDRESS_STOP_WORDS.has(w.replace(/[.,]$/, '').toLowerCase()));
    if (stop === 0) break;
    const bareSpace = !loc[0].startsWith(',');
    if (stop > 0) {
      // "…Road, Denver Please call": the city ends before the everyday word.
      if (!bareSpace) committed = loc.index + loc[0].indexOf(loc[1]) + words.slice(0, stop).join(' ').length;
      break;
    }
    at = loc.index + loc[0].length;
    REGION.lastIndex = at;
    const region = REGION.exec(text);
    if (region) {
      committed = at = region.index + region[0].length;
      break;
    }
    // A city after a bare space (no comma) only counts when a state, ZIP or postcode follows.
    if (!bareSpace) committed = at;
  }
  COUNTRY.lastIndex = committed;
  const country = committed > from ? COUNTRY.exec(text) : null;
  return (country ? country.index + country[0].length : committed) - from;
}
