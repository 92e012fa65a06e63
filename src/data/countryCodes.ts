/**
 * Country codes a scenario may use to put its governments on a map: ISO 3166-1 alpha-3
 * (the `iso-3166-1` package's table), each with its numeric code, which is the id of its
 * outline in Natural Earth as `world-atlas` ships it.
 */
import { all } from 'iso-3166-1';

export type CountryCode = { alpha3: string; numeric: string; name: string };

const BY_ALPHA3: ReadonlyMap<string, CountryCode> = new Map(
  all().map((c) => [c.alpha3, { alpha3: c.alpha3, numeric: c.numeric, name: c.country }]),
);

/**
 * Codes ISO assigns whose territory Natural Earth draws as part of another country, or
 * not at all at the scale the map uses (tests/data/countryCodes.test.ts keeps this list
 * equal to what the atlas holds).
 */
export const WITHOUT_OUTLINE: ReadonlySet<string> = new Set([
  'BES',
  'BVT',
  'CXR',
  'CCK',
  'GUF',
  'GIB',
  'GLP',
  'MTQ',
  'MYT',
  'REU',
  'SJM',
  'TKL',
  'TUV',
  'UMI',
]);

/** The country of an alpha-3 code (upper case, as ISO writes it), or undefined. */
export function countryCode(alpha3: string): CountryCode | undefined {
  return BY_ALPHA3.get(alpha3);
}

/** Every alpha-3 code, in ISO's order: the candidates for "did you mean". */
export function alpha3Codes(): IterableIterator<string> {
  return BY_ALPHA3.keys();
}
