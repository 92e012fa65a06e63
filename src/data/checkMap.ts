/**
 * The map's checks: every country code is an ISO 3166-1 alpha-3 code with an outline in
 * Natural Earth, no country is named twice, and every place a move or event is shown
 * lies on the scenario's map.
 */
import { alpha3Codes, countryCode, WITHOUT_OUTLINE } from './countryCodes';
import type { PathSegment } from './problems';
import type { RefIndex, Report } from './refIndex';
import type { Scenario } from './schema';
import { didYouMean } from './suggest';

/** Why `code` cannot be drawn, or undefined when it can. */
export function countryProblem(code: string): string | undefined {
  if (countryCode(code) === undefined) {
    const upper = code.toUpperCase();
    const hint =
      upper !== code && countryCode(upper) !== undefined
        ? ` (did you mean '${upper}'?)`
        : didYouMean(upper, alpha3Codes());
    return `'${code}' is not an ISO 3166-1 alpha-3 country code${hint}`;
  }
  if (WITHOUT_OUTLINE.has(code)) {
    return `'${code}' (${countryCode(code)?.name ?? code}) has no outline of its own in Natural Earth: name the country it is drawn with`;
  }
  return undefined;
}

/** The codes the map shows, in order (roles' first), and where each is written. */
export function mapCountries(scenario: Scenario): { code: string; path: PathSegment[] }[] {
  if (scenario.map === false) return [];
  const named: { code: string; path: PathSegment[] }[] = [];
  scenario.roles.forEach((role, i) => {
    if (role.country !== undefined)
      named.push({ code: role.country, path: ['roles', i, 'country'] });
  });
  (scenario.map?.countries ?? []).forEach((code, i) =>
    named.push({ code, path: ['map', 'countries', i] }),
  );
  return named;
}

export function checkMap(index: RefIndex, report: Report): void {
  const { scenario } = index;
  if (scenario.map === false) {
    scenario.roles.forEach((role, i) => {
      if (role.country !== undefined) {
        const path = ['roles', i, 'country'];
        const problem = countryProblem(role.country);
        if (problem) report(path, problem);
      }
    });
  }
  const shown = new Map<string, PathSegment[]>();
  const named = mapCountries(scenario);
  for (const { code, path } of named) {
    const problem = countryProblem(code);
    if (problem) report(path, problem);
    else if (shown.has(code)) report(path, `'${code}' is already on the map`);
    else shown.set(code, path);
  }
  const checkPlace = (place: { country: string } | undefined, path: PathSegment[]) => {
    if (!place) return;
    const at = [...path, 'place', 'country'];
    const problem = countryProblem(place.country);
    if (problem) report(at, problem);
    else if (!shown.has(place.country) && shown.size < named.length) {
      // A country of the map has a problem (reported there): this may only be its echo.
    } else if (scenario.map === false) {
      report(at, 'the scenario has no map (`map: false`): leave out `place` or draw a map');
    } else if (!shown.has(place.country)) {
      report(
        at,
        `'${place.country}' is not on the map${didYouMean(place.country, shown.keys())}: give it to a role as \`country\` or add it to \`map.countries\``,
      );
    }
  };
  scenario.options.forEach((option, i) => checkPlace(option.place, ['options', i]));
  scenario.events.forEach((event, i) => checkPlace(event.place, ['events', i]));
}
