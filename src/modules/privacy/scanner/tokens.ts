const ASCII_WORD = /^[A-Za-z'-]*$/;

/** Lower-case ASCII folding used for every gazetteer lookup (the data files were built with it). */
export function fold(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[đð]/gi, 'd')
    .replace(/ł/gi, 'l')
    .replace(/þ/gi, 'th')
    .replace(/’/g, "'")
    .toLowerCase();
}

/** Builds a lookup set from a space-separated word list. */
export function wordSet(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list.split(' ')) if (w) set.add(w);
  return set;
}

/** The `n` characters before `index`, lower-cased: the window context cues are looked for in. */
export function before(text: string, index: number, n: number): string {
  return text.slice(Math.max(0, index - n), index).toLowerCase();
}
