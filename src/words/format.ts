/**
 * Formatting for numbers and ids in a given language. Pure (no DOM), unit-tested.
 */

/**
 * One formatter per kind and language, made on first use: making one costs far more than
 * using it (a briefing formats hundreds of numbers; a new formatter each time took a
 * fifth of a second on a slow machine).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let made = formatters.get(key);
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** A number with at most one decimal place, in the language's style, with a true minus sign. */
export function formatNumber(value: number, language = 'en'): string {
  return formatter(
    `number:${language}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
  )
    .format(value)
    .replace('-', '\u2212');
}

/** A signed change, "+5" or "−5" (a true minus sign), "±0" for none. */
export function formatDelta(delta: number, language = 'en'): string {
  // Rounded half away from zero, so −2.25 and +2.25 show the same size.
  const rounded = (Math.sign(delta) * Math.round(Math.abs(delta) * 10)) / 10;
  if (rounded === 0) return '±0';
  const magnitude = formatNumber(Math.abs(rounded), language);
  return rounded > 0 ? `+${magnitude}` : `\u2212${magnitude}`;
}

/** A probability as a whole percentage, "60%". */
export function formatPercent(chance: number, language = 'en'): string {
  return formatter(
    `percent:${language}`,
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(chance);
}

/** A kebab-case id read aloud: "consent-required" → "consent required". */
export function humanizeId(id: string): string {
  return id.replace(/-/g, ' ');
}

/**
 * A symbol for well-known tags, so a tag reads at a glance; always shown beside its word
 * (never alone), and hidden from screen readers, which read the word.
 */
const TAG_ICONS: Record<string, string> = {
  kinetic: '✸',
  military: '✸',
  unilateral: '➜',
  'consent-based': '✓',
  'consent-required': '✓',
  bilateral: '⇄',
  legal: '§',
  economic: '$',
  diplomatic: '✉',
  security: '◆',
  intelligence: '◎',
  'law-enforcement': '⚖',
  covert: '◐',
  domestic: '⌂',
};

export function tagIcon(tag: string): string {
  return TAG_ICONS[tag] ?? '•';
}

/** A factor in the model's arithmetic, with up to three decimals: "0.36", "1.125". */
export function formatFactor(value: number, language = 'en'): string {
  return formatter(
    `factor:${language}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 3 }),
  )
    .format(value)
    .replace('-', '\u2212');
}
