import type { Candidate } from '../types';

const WORD = "[\\p{Lu}][\\p{L}'’-]{1,30}";
const LINK = "(?:de|du|des|la|le|l'|d'|da|do|das|dos|del|della|di|van|von|der)";
const STREET_NAME = `(?:${LINK}\\s{1,2}){0,2}${WORD}(?:\\s{1,2}(?:${LINK}|${WORD})){0,4}`;
// Postcode and town after a comma: 75001 Paris, 1100-053 Lisboa, 105 63 Athens, D-10115 Berlin.
const TOWN = `(?:,\\s{0,2}(?:[A-Z]{1,2}-)?\\d{3,5}(?:[ -]\\d{2,3})?\\s{1,2}${WORD}(?:\\s{1,2}${WORD})?)?`;

interface Pattern {
  /** Cheap, literal-led test that finds where such an address could be. */
  gate: RegExp;
  /** The full pattern, only run in a window around each gate hit. */
  full: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  // French: 12 rue de Rivoli, 75001 Paris
  {
    gate: /\d,?\s{1,2}(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Qq]uai|[Cc]hemin|[Ii]mpasse|[Rr]oute|[Cc]ours)\s/g,
    full: new RegExp(
      `\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s{1,2}(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Qq]uai|[Cc]hemin|[Ii]mpasse|[Rr]oute|[Cc]ours)\\s{1,2}${STREET_NAME}${TOWN}`,
      'gu',
    ),
  },
  // German, Dutch, Nordic compounds: Hauptstraße 5, 10115 Berlin · Kungsgatan 12 · Vesterbrogade 10
  {
    gate: /(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|gatan|vägen|vagen|gata|gade|vej|veien|vei|laan|straat|plein|gracht|kade)\s{1,2}\d/g,
    full: new RegExp(
      `${WORD}(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|gatan|vägen|vagen|gata|gade|vej|veien|vei|laan|straat|plein|gracht|kade)\\s{1,2}\\d{1,4}[a-z]?${TOWN}`,
      'gu',
    ),
  },
  // Nordic genitive + street word: Karl Johans gate 22, 0159 Oslo
  {
    gate: /s\s{1,2}(?:gate|gata|gade|vej|vei|veien|vägen|straße|strasse)\s{1,2}\d/g,
    full: new RegExp(
      `(?:${WORD}\\s{1,2}){0,2}[\\p{Lu}][\\p{L}-]{1,30}s\\s{1,2}(?:gate|gata|gade|vej|vei|veien|vägen|straße|strasse)\\s{1,2}\\d{1,4}[a-z]?${TOWN}`,
      'gu',
    ),
  },
  // Portuguese, Spanish, Italian: Rua Augusta 120, 1100-053 Lisboa · Calle Mayor, 10
  {
    gate: /(?:Rua|Avenida|Av\.|Travessa|Largo|Praça|Calle|Avda\.|Paseo|Carrer|Viale|Piazza|Corso)\s/g,
    full: new RegExp(
      `(?:Rua|Avenida|Av\\.|Travessa|Largo|Praça|Calle|Avda\\.|Paseo|Carrer|Viale|Piazza|Corso)\\s{1,2}${STREET_NAME},?\\s{1,2}(?:n\\.?º\\s?)?\\d{1,5}[A-Za-z]?${TOWN}`,
      'gu',
    ),
  },
  // Turkish: Atatürk Caddesi No: 12
  {
    gate: /(?:Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Bulvarı|Blv\.)\s/g,
    full: new RegExp(
      `${WORD}(?:\\s{1,2}${WORD}){0,2}\\s{1,2}(?:Caddesi|Cad\\.|Sokak|Sokağı|Sok\\.|Bulvarı|Blv\\.)\\s{1,2}(?:No\\s?:?\\s?)?\\d{1,4}(?:\\/\\d{1,3})?${TOWN}`,
      'gu',
    ),
  },
];

const WINDOW = 140;
const BOUNDARY_BEFORE = /[\p{L}\d-]/u;

/** Continental European street addresses: street type word before or after the name, number
 * after it, optional postcode and town. A literal gate finds the few places worth the full
 * Unicode pattern, which then only runs in a window around them. */
export function detectIntlAddresses(text: string, out: Candidate[]): void {
  for (const { gate, full } of PATTERNS) {
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
        out.push({ type: 'STREET_ADDRESS', start, end });
        done = end;
        break;
      }
      gate.lastIndex = Math.max(gate.lastIndex, done);
    }
  }
}
