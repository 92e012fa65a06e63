/** Maps projected as a scenario's would be, for the stage's tests. */
import atlas from 'world-atlas/countries-50m.json';
import { countryCode } from '../../src/data/countryCodes';
import type { MapData } from '../../src/data/mapTypes';
import { atlasName, projectMap, type WorldTopology } from '../../src/data/projectMap';

export const world = atlas as unknown as WorldTopology;

/** The map of `codes`, the first ones each a role's (`roles` gives their ids and names). */
export function mapOf(
  codes: readonly string[],
  roles: readonly { id: string; name: string }[] = [],
): MapData {
  const wanted = codes.map((code, i) => {
    const role = roles[i];
    return { code, numeric: countryCode(code)!.numeric, ...(role ? { role: role.id } : {}) };
  });
  const map = projectMap(world, wanted, (c) => {
    const role = roles.find((r) => r.id === c.role);
    return role?.name ?? atlasName(world, c.numeric) ?? c.code;
  });
  if (!map) throw new Error(`no outline for ${codes.join(', ')}`);
  return map;
}

/** The shipped scenario's map: the United States (role us) and Mexico (role mx). */
export const usMexico = mapOf(
  ['USA', 'MEX'],
  [
    { id: 'us', name: 'United States' },
    { id: 'mx', name: 'Mexico' },
  ],
);
