import { ADDRESS_STOP_WORDS, COUNTRIES } from '../data/address-words';
import { fold } from '../tokens';

export const UK_POSTCODE =
  '(?:[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2})';
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const OTHER_REGIONS = 'NSW|VIC|QLD|TAS|ACT|NT|WA|SA|AB|BC|MB|NB|NL|NS|NU|ON|PE|QC|SK|YT|CDMX';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Nova Scotia|New South Wales|Victoria|Queensland|Tasmania';
// Postcodes of many countries: US ZIP, UK, Canada, Ireland (Eircode), Netherlands (1234 AB),
// Brazil (01310-100), Poland (00-950), Portugal (1100-053), Japan (100-0001), Sweden (111 22),
// Germany/France/Spain/Italy (5 digits, optionally D-), Nordic/Swiss/Austrian/Australian (4).
const POSTCODE =
  `(?:${UK_POSTCODE}|[A-Z]\\d{4}[A-Z]{3}|[A-Z]\\d{4}(?![\\p{L}\\d])|[A-Z]\\d[A-Z][ -]?\\d[A-Z]\\d|[AC-FHKNPRTV-Y]\\d{2}[ ]?[AC-FHKNPRTV-Y\\d]{4}|` +
  '(?:[A-Z]{1,2}-)?\\d{4}[ ]?[A-Z]{2}(?![\\p{L}\\d])|\\d{5}-\\d{3,4}|\\d{2}-\\d{3}|\\d{3}-\\d{4}|\\d{4}-\\d{3}|' +
  '\\d{3}[ ]\\d{2}(?![\\d])|\\d{3}[ ]\\d{3}(?![\\d])|(?:[A-Z]{1,2}-)?\\d{4,7}(?![ \\t]?\\d))';
// A town word; an abbreviation with a dot only as the first word (St. Albans, Mt. Vernon).
const CITY_WORD =
  "(?:(?:St|Ste|Mt|Ft|Pt|Co)\\.[ \\t]?)?\\p{Lu}[\\p{L}\\p{M}'’]{1,24}(?:-\\p{L}[\\p{L}\\p{M}'’]{1,20}){0,3}";
const CITY_LINK = "(?:de|do|da|dos|das|del|de la|di|am|an|im|upon|on|sur|en|le|la|les|el|l'|d')";
// A town may carry a district number: Praha 1, Dublin 8, Wien 1010 is a postcode instead.
const CITY = `${CITY_WORD}(?:[ \\t]{1,2}(?:${CITY_LINK}[ \\t]{1,2})?${CITY_WORD}){0,3}(?:[ \\t]\\d{1,2}(?![\\d\\p{L}]))?`;
const END = '(?![\\p{L}\\p{M}\\d])';

const SEP = /[ \t]{0,2}(?:[,;][ \t]{0,3}(?:\r?\n[ \t]{0,6})?|\r?\n[ \t]{0,6}|[-–—|/][ \t]{0,2})|[ \t]{1,3}/y;
const UNIT = new RegExp(
  `(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Block|Blk|Level|Lvl|Office|Piso|Planta|Puerta|Depto|Dpto|Departamento|Étage|Etage|Stock|Whg|Wohnung|Top|Lgh|Bus|Boîte|Box|Andar|Sala|sala|Casa|Int|Interno|Scala|Esc|Escalera|apto|Apto|apt|conj|Conj|cj|lok|lokal|mieszk|Bloco|bloco|bl|Bl|Lgh|lgh|leil|Leil)\\.?[ \\t]{0,2}(?:No\\.?[ \\t]?)?#?[A-Za-z]?\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?${END}|#[ \\t]?\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?${END}|m\\.[ \\t]?\\d{1,4}${END}|(?:Zimmer|Piano|Edificio|Hus|Stan|Kat|Bloc|Ap\\.|Oppgang|Trappe|Portal|Torre|Haus|Stiege|Tür|Door|kv\\.|Kv\\.|Apto\\.|Lgh\\.|Oppg\\.)[ \\t]{0,2}[A-Za-z0-9]{1,5}${END}|\\d{1,2}(?:\\.|e|er|re|ème|º|ª)?[ \\t]?(?:OG|UG|EG|DG|Stock|étage|etage|verdieping|hoog|piso|andar|em|emelet|kat|sal|th|tv|mf|t\\.h\\.|t\\.v\\.)\\.?${END}|(?:II|III|IV)(?![\\p{L}\\d])|(?:District|Ward|Sector|Zone|Phase|Quận|Phường|Arrondissement)[ \\t]\\d{1,3}${END}|(?:Col\\.|Colonia|Fracc\\.|Barrio|Bairro|Urb\\.|Urbanización)[ \\t]{1,2}${CITY}${END}|(?:bajo|bajos|Bajo|entresuelo|ático|atico|principal|pral\\.|RC|EG|r\\/c|cave|rez-de-chaussée)${END}|\\d{1,2}[º°ª](?:[ \\t]?[A-Z](?![\\p{L}]))?(?:[ \\t]?(?:izq(?:uierda)?\\.?|dcha\\.?|derecha|Esq\\.?|Dto\\.?|Dt\\.?))?|(?:\\d{1,2}(?:st|nd|rd|th|º|ª|\\.)?[ \\t]?(?:Floor|Fl\\.?|Etage|OG|piso|andar|izq\\.?|dcha\\.?|izquierda|derecha))${END}`,
  'yu',
);
const POSTCODE_CITY = new RegExp(`${POSTCODE}[ \\t]{1,2}(${CITY})${END}`, 'yu');
const CITY_REGION = new RegExp(
  `(${CITY})(?:[ \\t]{0,2},?[ \\t]{1,2}|[ \\t]{1,2}[-–/][ \\t]{1,2})(?:${US_STATES}|${OTHER_REGIONS}|[A-Z]{2}(?=[ \\t]{0,2}(?:,|$|\\r?\\n|\\d)))(?:,?[ \\t]{1,2}${POSTCODE})?${END}`,
  'yu',
);
const CITY_POSTCODE = new RegExp(`(${CITY}),?[ \\t]{1,2}${POSTCODE}${END}`, 'yu');
const REGION_POSTCODE = new RegExp(
  `(?:(?:${US_STATES}|${OTHER_REGIONS})(?:[ \\t]{1,2}${POSTCODE})?|(?:${US_STATE_NAMES})(?:[ \\t]{1,2}${POSTCODE}|(?![ \\t]{1,2}\\p{Lu}))|${POSTCODE}|\\([A-Z]{2}\\))${END}`,
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
  if (m) {
    // "63102 Murcia on Saturday": the town stops before the everyday words.
    const town = trimTown(m[1]);
    if (town !== '') return p + m[0].length - m[1].length + town.length;
  }
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
  let keep = stop;
  while (keep > 0 && TOWN_LINKS.has(words[keep - 1])) keep--;
  if (keep === 0) return '';
  // Only the first gap of each kept word is known to be one space or tab; rebuild from the text.
  let at = 0;
  for (let i = 0; i < keep; i++) at = town.indexOf(words[i], at) + words[i].length;
  return town.slice(0, at);
}

const TOWN_LINKS = new Set([
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'la',
  'di',
  'am',
  'an',
  'im',
  'upon',
  'on',
  'sur',
  'en',
  'le',
  'les',
  'el',
]);

function townOk(town: string): boolean {
  return trimTown(town) === town;
}

const LINE_END = '[ \\t]*(?:,[ \\t]*(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)';
const UNIT_LINE =
  '(?:Flat|Apartment|Apt|Unit|Suite|Ste|Room|Floor|Level|Office|Apto|Piso|Block|Blk|Blok|Bldg|Building)\\.?[ \\t]{0,2}#?[A-Za-z]?\\d{1,5}[A-Za-z]?';
const BUILDING_WORDS =
  'House|Court|Lodge|Cottage|Cottages|Farm|Hall|Mansions|Apartments|Building|Tower|Towers|Residence|Residences|Centre|Center|Mill|Barn|Villa|Chambers|Block|Wing|Estate|Heights|Manor|Grange|Place|Point|Quay|Wharf|Works|Yard|Rectory|Vicarage|Residency|Enclave|Complex|Society|Niwas|Bhavan|Sadan|Plaza|Arcade';
const BUILDING_LINE = `(?:The[ \\t]{1,2})?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]+){0,3}`;
const BEFORE_CONTEXT = '(?:^|[\\n,:;(]|\\b(?:at|to|is|in|for|from|of|address|deliver|ship)\\b)[ \\t]*';
// "Flat 2\n", "Flat 8, Mill House, ", "Rosewood Court, ": a unit and/or a building before the street.
const UNIT_BEFORE = new RegExp(
  `${BEFORE_CONTEXT}((?:${UNIT_LINE}${LINE_END}(?:${UNIT_LINE}${LINE_END})?(?:${BUILDING_LINE}${LINE_END})?|(?:The[ \\t]{1,2})?(?:\\p{Lu}[\\p{L}'’-]+[ \\t]{1,2}){1,3}(?:${BUILDING_WORDS})${LINE_END}))$`,
  'u',
);

/** A flat, suite or named building written before the street ("Flat 2\n14 High Street",
 * "Flat 8, Mill House, 28 Church Lane"): where the address starts. */
export function addressStartWithUnit(text: string, start: number): number {
  // "No. 14, 3rd Cross Street", "#12 Main St": a number sign belongs to the house number.
  const sign = HOUSE_NUMBER_SIGN.exec(text.slice(Math.max(0, start - 5), start));
  if (sign) start -= sign[0].length;
  const m = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return m ? start - m[1].length : start;
}

const HOUSE_NUMBER_SIGN = /(?:(?<![\p{L}])(?:No|Nr)\.?[ \t]?|#[ \t]?)$/u;

/** Street lines found apart ("4, Rosewood Court" and "41 Station Road") that only a comma or a
 * line break separates are one address. */
export function joinAdjacentAddresses(
  text: string,
  candidates: Array<{ type: string; start: number; end: number }>,
): void {
  const addresses = candidates.filter((c) => c.type === 'STREET_ADDRESS').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < addresses.length; i++) {
    const a = addresses[i];
    const b = addresses[i + 1];
    if (
      b.start >= a.end &&
      b.start - a.end <= 6 &&
      /^[ \t]*[,;]?[ \t]*(?:\r?\n[ \t]*)?$/.test(text.slice(a.end, b.start))
    ) {
      b.start = a.start;
    }
  }
}
