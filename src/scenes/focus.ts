/**
 * Which map country the stage highlights. Content ids never appear in code: a role is
 * matched to a map outline by its name as written in the scenario and in the map file
 * ("United States", "Mexico"). A role whose name matches no outline highlights nothing;
 * when no role matches, the layout leaves the map out (see stageContent).
 */
type Named = { name: string };

/** Index in `mapCountries` of the focused role's outline, or undefined when there is none. */
export function focusIndex(
  view: { countries: { id: string; name: string }[]; focusRole?: string },
  mapCountries: readonly Named[],
): number | undefined {
  if (view.focusRole === undefined) return undefined;
  const role = view.countries.find((c) => c.id === view.focusRole);
  if (!role) return undefined;
  return mapCountryIndex(role.name, mapCountries);
}

/**
 * Index in `mapCountries` of the outline named `name` (ignoring case, accents and a
 * leading "the"), or undefined when no outline has that name.
 */
export function mapCountryIndex(name: string, mapCountries: readonly Named[]): number | undefined {
  const wanted = normalise(name);
  const index = mapCountries.findIndex((c) => normalise(c.name) === wanted);
  return index >= 0 ? index : undefined;
}

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/^the\s+/i, '')
    .trim()
    .toLocaleLowerCase('en');
}
