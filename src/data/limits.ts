/**
 * How much a scenario file may ask of the loader. Every limit is checked before the work
 * it protects, so a hostile or mistaken file gets a clear message in well under two
 * seconds instead of freezing a page or exhausting memory. The shipped scenario
 * (243 KB, about 41,000 YAML tokens, 6,100 lines, nested 11 levels deep) stays far
 * inside all of them.
 */

/** Largest file read, in bytes: about four times the shipped scenario. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Most YAML tokens (words, numbers, punctuation, line breaks and indents) read. The YAML
 * parser's time grows with this count, not with bytes: a megabyte of `k1: 1` lines
 * holds 700,000 tokens and takes the parser several seconds, while a megabyte of prose
 * like the shipped scenario's holds about 180,000.
 */
export const MAX_YAML_TOKENS = 200_000;

/** Deepest nesting of lists and mappings: enough for conditions inside conditions. */
export const MAX_NESTING = 64;

/** Problems listed for one file; the rest are counted in a last line. */
export const MAX_LISTED_PROBLEMS = 100;

/** `1.0 MB`, `20.0 MB`, `812 KB`: sizes as people read them (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
