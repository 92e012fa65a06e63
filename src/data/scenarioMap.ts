/**
 * The map a scenario shows, projected from Natural Earth (world-atlas, 1:50m: at 1:110m
 * Mexico is one polygon and the Rio Grande has too few bends to read as a border). Run
 * where a scenario is compiled: the build, and the worker that checks an author's file.
 * It brings the whole world's outlines: never import it from the page or the stage.
 */
import atlas from 'world-atlas/countries-50m.json';
import { mapCountries } from './checkMap';
import { countryCode } from './countryCodes';
import type { Scenario } from './schema';
import type { MapData } from './mapTypes';
import { atlasName, projectMap, type WantedCountry, type WorldTopology } from './projectMap';

const world = atlas as unknown as WorldTopology;

/**
 * The projected outlines of the scenario's countries (its roles' `country`, then
 * `map.countries`), each role's country named after the role; undefined when the
 * scenario shows no map (`map: false`, or no country named).
 */
export function scenarioMap(scenario: Scenario): MapData | undefined {
  const roleOf = new Map(
    scenario.roles.flatMap((r) => (r.country !== undefined ? [[r.country, r]] : [])),
  );
  const wanted: WantedCountry[] = mapCountries(scenario).flatMap(({ code }) => {
    const numeric = countryCode(code)?.numeric;
    const role = roleOf.get(code);
    return numeric === undefined ? [] : [{ code, numeric, ...(role ? { role: role.id } : {}) }];
  });
  return projectMap(world, wanted, (country) => {
    const role = roleOf.get(country.code);
    return role?.name ?? atlasName(world, country.numeric) ?? country.code;
  });
}
