const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*\.?$/;

/** Folds a phrase to the key gazetteer look-ups use: no accents, lower case, punctuation runs as one space. */
export function phraseKey(s: string): string {
  // Most look-ups are plain ASCII words with single spaces, perhaps with a sentence's final period ("Russia."),
  // which fold to their lower case without the period (a fast path for the hottest call).
  if (PLAIN_WORDS.test(s)) return (s.endsWith('.') ? s.slice(0, -1) : s).toLowerCase();
  // Other printable ASCII ("U.S.", "Iraq's", "Cuban-Americans"): the same fold without Unicode normalisation and
  // Unicode patterns, which cost the general fold most of its time (nothing in ASCII decomposes or is a mark).
  if (PRINTABLE_ASCII.test(s)) {
    return s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?=\S)/g, '').replace(/\.$/, '').trim();
  }
  return foldPhrase(s);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** phraseKey's general case, for any text. */
export function foldPhrase(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/\.(?=\S)/g, '')
    .replace(/\.$/, '')
    .trim();
}

/**
 * An acronym ("US", "EU", "UAE", "M23", "CARICOM", "MERCOSUR") matches only as written, so "us" and "Us" stay
 * pronouns.
 */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length <= 8 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}
