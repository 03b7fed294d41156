import { ADDRESS_STOP_WORDS, COUNTRIES } from '../data/address-words';
import { fold } from '../tokens';

export const UK_POSTCODE =
  '(?:[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2})';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const OTHER_REGIONS = 'NSW|VIC|QLD|TAS|ACT|NT|WA|SA|AB|BC|MB|NB|NL|NS|NU|ON|PE|QC|SK|YT';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Nova Scotia|New South Wales|Victoria|Queensland|Tasmania';
// Postcodes of many countries: US ZIP, UK, Canada, Ireland (Eircode), Netherlands (1234 AB),
// Brazil (01310-100), Poland (00-950), Portugal (1100-053), Japan (100-0001), Sweden (111 22),
// Germany/France/Spain/Italy (5 digits, optionally D-), Nordic/Swiss/Austrian/Australian (4).
const POSTCODE =
  `(?:${UK_POSTCODE}|[A-Z]\\d[A-Z][ -]?\\d[A-Z]\\d|[AC-FHKNPRTV-Y]\\d{2}[ ]?[AC-FHKNPRTV-Y\\d]{4}|` +
  '(?:[A-Z]{1,2}-)?\\d{4}[ ]?[A-Z]{2}(?![\\p{L}\\d])|\\d{5}-\\d{3,4}|\\d{2}-\\d{3}|\\d{3}-\\d{4}|\\d{4}-\\d{3}|' +
  '\\d{3}[ ]\\d{2}(?![\\d])|\\d{3}[ ]\\d{3}(?![\\d])|(?:[A-Z]{1,2}-)?\\d{4,6}(?![ \\t]?\\d))';
const CITY_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.]{1,24}(?:-\\p{L}[\\p{L}\\p{M}'’]{1,20}){0,3}";
const CITY_LINK = "(?:de|do|da|dos|das|del|de la|di|am|an|im|upon|on|sur|en|le|la|les|el|l'|d')";
const CITY = `${CITY_WORD}(?:[ \\t]{1,2}(?:${CITY_LINK}[ \\t]{1,2})?${CITY_WORD}){0,2}`;
const END = '(?![\\p{L}\\p{M}\\d])';

const SEP = /[ \t]{0,2}(?:[,;][ \t]{0,3}(?:\r?\n[ \t]{0,6})?|\r?\n[ \t]{0,6}|[-–—|/][ \t]{0,2})|[ \t]{1,3}/y;
const UNIT = new RegExp(
  `(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Block|Blk|Level|Lvl|Office|Piso|Planta|Puerta|Depto|Dpto|Departamento|Étage|Etage|Stock|Whg|Wohnung|Top|Lgh|Bus|Boîte|Box|Andar|Sala|Casa|Int|Interno|Scala|Esc|Escalera)\\.?[ \\t]{0,2}(?:No\\.?[ \\t]?)?#?[A-Za-z]?\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?${END}|#[ \\t]?\\d{1,5}[A-Za-z]?${END}|(?:\\d{1,2}(?:st|nd|rd|th|º|ª|\\.)?[ \\t]?(?:Floor|Fl\\.?|Etage|OG|piso|andar|izq\\.?|dcha\\.?|izquierda|derecha))${END}`,
  'yu',
);
const POSTCODE_CITY = new RegExp(`${POSTCODE}[ \\t]{1,2}(${CITY})${END}`, 'yu');
const CITY_REGION = new RegExp(
  `(${CITY})(?:[ \\t]{0,2},?[ \\t]{1,2}|[ \\t]{1,2}[-–/][ \\t]{1,2})(?:${US_STATES}|${OTHER_REGIONS}|[A-Z]{2}(?=[ \\t]{0,2}(?:,|$|\\r?\\n|\\d)))(?:,?[ \\t]{1,2}${POSTCODE})?${END}`,
  'yu',
);
const CITY_POSTCODE = new RegExp(`(${CITY}),?[ \\t]{1,2}${POSTCODE}${END}`, 'yu');
const REGION_POSTCODE = new RegExp(
  `(?:(?:${US_STATES}|${OTHER_REGIONS}|${US_STATE_NAMES})(?:[ \\t]{1,2}${POSTCODE})?|${POSTCODE})${END}`,
  'yu',
);
const COUNTRY = new RegExp(`(?:${COUNTRIES})${END}`, 'yiu');
const CITY_ONLY = new RegExp(`(${CITY})${END}`, 'yu');

/** How far an address that ends at `from` continues: unit, postcode and town, town and region,
 * country — each after a comma, a line break, a dash or (for postcodes and regions) a space. A
 * town on its own only counts after a comma or at the end of a line; a word like "Please" ends it. */
export function addressTailEnd(text: string, from: number): number {
  let at = from;
  let committed = from;
  for (let piece = 0; piece < 7; piece++) {
    SEP.lastIndex = at;
    const sep = SEP.exec(text);
    if (!sep) break;
    const sepText = sep[0];
    const bare = /^[ \t]+$/.test(sepText);
    const newline = sepText.includes('\n');
    const p = at + sepText.length;
    const next = matchPiece(text, p, bare, newline);
    if (next === -1) break;
    at = committed = next;
  }
  return committed;
}

function matchPiece(text: string, p: number, bare: boolean, newline: boolean): number {
  UNIT.lastIndex = p;
  let m = UNIT.exec(text);
  if (m) return p + m[0].length;
  POSTCODE_CITY.lastIndex = p;
  m = POSTCODE_CITY.exec(text);
  if (m && townOk(m[1])) return p + m[0].length;
  CITY_REGION.lastIndex = p;
  m = CITY_REGION.exec(text);
  if (m && townOk(m[1])) return p + m[0].length;
  CITY_POSTCODE.lastIndex = p;
  m = CITY_POSTCODE.exec(text);
  if (m && townOk(m[1])) return p + m[0].length;
  REGION_POSTCODE.lastIndex = p;
  m = REGION_POSTCODE.exec(text);
  if (m) return p + m[0].length;
  COUNTRY.lastIndex = p;
  m = COUNTRY.exec(text);
  if (m && !(bare && !/^\p{Lu}/u.test(m[0]))) return p + m[0].length;
  if (bare) return -1;
  CITY_ONLY.lastIndex = p;
  m = CITY_ONLY.exec(text);
  if (!m) return -1;
  const town = trimTown(m[1]);
  if (town === '') return -1;
  const end = p + town.length;
  const rest = text.slice(end, end + 3);
  // A label ("Recipient:") or a sentence going on ("…, Leeds said") is not a town.
  if (/^[ \t]{0,2}:/.test(rest)) return -1;
  if (newline && !/^(?:[ \t]{0,2}(?:[,;]|\r?\n|$)|[ \t]{1,2}[\dA-Z])/.test(text.slice(end, end + 3) || ''))
    return -1;
  return end;
}

/** The town words before the first everyday word ("Denver Please call" → "Denver"). */
function trimTown(town: string): string {
  const words = town.split(/[ \t]+/);
  const stop = words.findIndex((w) => ADDRESS_STOP_WORDS.has(fold(w.replace(/[.,]$/, ''))));
  if (stop === -1) return town;
  if (stop === 0) return '';
  return words.slice(0, stop).join(' ');
}

function townOk(town: string): boolean {
  return trimTown(town) === town;
}

const UNIT_BEFORE =
  /(?:^|[\n,:;(]|\b(?:at|to|is|in|for|from|of|address|deliver|ship)\b)[ \t]*((?:Flat|Apartment|Apt|Unit|Suite|Ste|Room|Floor|Level|Office)\.?[ \t]{0,2}#?[A-Za-z]?\d{1,5}[A-Za-z]?[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*))$/;

/** A flat or suite written before the street ("Flat 2\n14 High Street"): where the address starts. */
export function addressStartWithUnit(text: string, start: number): number {
  const m = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? start - m[1].length : start;
}
