/**
 * The problems the format's newer features can have, each a named row: an edit of the
 * three-government fixture, and the message (with its path and line) the author gets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/data';
import { edit } from './helpers';

const FILE = 'tests/fixtures/delta-accord.yaml';
const text = readFileSync(FILE, 'utf8');

function problemsOf(source: string): string[] {
  const result = loadScenario(source, FILE);
  return result.ok ? [] : result.problems.map((p) => `${p.line}:${p.path}: ${p.message}`);
}

const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const rows: { name: string; old: string; replacement: string; expected: string[] }[] = [
  {
    name: 'a tag rule without `by` when three roles play',
    old: 'to: { tags: [water], by: highland }',
    replacement: 'to: { tags: [water] }',
    expected: [
      `${line('to: { tags: [water], by: highland }')}:responses[0].to: with 3 roles, a rule matching by tags must say whose moves it answers (to.by: a role, or a list of roles)`,
    ],
  },
  {
    name: 'a rule answering its own role’s moves',
    old: 'to: { tags: [unilateral], by: [highland, delta] }',
    replacement: 'to: { tags: [unilateral], by: [highland, central] }',
    expected: [
      `${line('to: { tags: [unilateral]')}:responses[1].to.by[1]: 'central' is the role that answers: a rule answers other roles' moves`,
    ],
  },
  {
    name: 'a secret kept from its own mover',
    old: 'secret: { from: [delta], discovery: 0.5 }',
    replacement: 'secret: { from: [highland], discovery: 0.5 }',
    expected: [
      `${line('secret: {')}:options[0].secret.from[0]: 'highland' makes this move: it cannot be kept secret from itself`,
    ],
  },
  {
    name: 'a reveal of an option that is not secret',
    old: '      - reveal: divert-water',
    replacement: '      - reveal: release-water',
    expected: [
      `${line('- reveal: divert-water')}:options[3].effects[0].reveal: option 'release-water' is not secret: there is nothing to reveal`,
    ],
  },
  {
    name: 'a target outside its meter, and a meter in both weights and targets',
    old: '      targets: { flow: { near: 50, weight: 2 } }',
    replacement:
      '      targets: { flow: { near: 150, weight: 2 }, trust: { near: 50, weight: 1 } }',
    expected: [
      `${line('targets:')}:roles[1].objectives.targets.flow.near: 150 is outside meter 'flow' (0 to 100)`,
      `${line('targets:')}:roles[1].objectives.targets.trust: meter 'trust' is also among the weights: give it one or the other`,
    ],
  },
  {
    name: 'a meter hidden from a role that does not exist, drifting out of range',
    old: '    hiddenFrom: [highland]\n    drift: { toward: 50, by: 5 }',
    replacement: '    hiddenFrom: [uplands]\n    drift: { toward: 500, by: 5 }',
    expected: [
      `${line('hiddenFrom: [highland]')}:meters[2].hiddenFrom[0]: unknown role 'uplands' (declared roles: highland, central, delta)`,
      `${line('drift: { toward: 50, by: 5 }')}:meters[2].drift.toward: 500 is outside the meter's range (0 to 100)`,
    ],
  },
  {
    name: 'an ending with an outcome region’s id',
    old: '  - id: delta-unrest',
    replacement: '  - id: shared-river',
    expected: [
      `${line('  - id: delta-unrest')}:endings[0].id: 'shared-river' is also an outcome region's id (outcomes[0]): endings and regions share one list of ids`,
    ],
  },
  {
    name: 'a balance policy preferring another role’s option',
    old: '{ through: 4, prefer: [release-water] }',
    replacement: '{ through: 9, prefer: [dredge] }',
    expected: [
      `${line('{ through: 4')}:balance.policies[0].phases[0].through: turn 9 is beyond the calendar, which has 4 turns`,
      `${line('{ through: 4')}:balance.policies[0].phases[0].prefer[0]: option 'dredge' belongs to 'delta', not to 'highland'`,
    ],
  },
  {
    name: 'a country code that is not ISO alpha-3',
    old: '    country: ETH\n',
    replacement: '    country: ETX\n',
    expected: [
      `${line('country: ETH')}:roles[0].country: 'ETX' is not an ISO 3166-1 alpha-3 country code (did you mean 'ETH'?)`,
    ],
  },
  {
    name: 'a country in lower case',
    old: '    country: EGY\n',
    replacement: '    country: egy\n',
    expected: [
      `${line('country: EGY')}:roles[2].country: 'egy' is not an ISO 3166-1 alpha-3 country code (did you mean 'EGY'?)`,
    ],
  },
  {
    name: 'a country Natural Earth draws with another, and one named twice',
    old: 'map:\n  countries: [SSD]',
    replacement: 'map:\n  countries: [GUF, SDN]',
    expected: [
      `${line('countries: [SSD]')}:map.countries[0]: 'GUF' (French Guiana) has no outline of its own in Natural Earth: name the country it is drawn with`,
      `${line('countries: [SSD]')}:map.countries[1]: 'SDN' is already on the map`,
    ],
  },
  {
    name: 'a place off the map',
    old: 'place: { country: SDN, icon: talks',
    replacement: 'place: { country: SAU, icon: talks',
    expected: [
      `${line('place: { country: SDN')}:options[2].place.country: 'SAU' is not on the map: give it to a role as \`country\` or add it to \`map.countries\``,
    ],
  },
  {
    name: 'a place in a scenario without a map',
    old: 'map:\n  countries: [SSD]',
    replacement: 'map: false',
    expected: [
      `${line('place: { country: ETH, icon: alert, label: Diversion')}:options[0].place.country: the scenario has no map (\`map: false\`): leave out \`place\` or draw a map`,
      `${line('place: { country: SDN')}:options[2].place.country: the scenario has no map (\`map: false\`): leave out \`place\` or draw a map`,
      `${line('place: { country: ETH, icon: alert, label: Inspectors')}:options[3].place.country: the scenario has no map (\`map: false\`): leave out \`place\` or draw a map`,
      `${line('place: { country: EGY, icon: ships, label: Dredgers')}:options[5].place.country: the scenario has no map (\`map: false\`): leave out \`place\` or draw a map`,
      `${line('place: { country: EGY, icon: ships, label: Fishing')}:events[0].place.country: the scenario has no map (\`map: false\`): leave out \`place\` or draw a map`,
    ],
  },
  {
    name: 'a marker icon the map does not draw',
    old: 'icon: talks',
    replacement: 'icon: tank',
    expected: [
      `${line('icon: talks')}:options[2].place.icon: expected one of 'aircraft', 'troops', 'strike', 'ships', 'talks', 'trade', 'money', 'alert'; found "tank"`,
    ],
  },
];

describe('problems with the newer features', () => {
  it('the fixture itself has none', () => {
    expect(problemsOf(text)).toEqual([]);
  });

  it.each(rows)('$name', ({ old, replacement, expected }) => {
    expect(problemsOf(edit(text, old, replacement))).toEqual(expected);
  });
});
