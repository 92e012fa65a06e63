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
];

describe('problems with the newer features', () => {
  it('the fixture itself has none', () => {
    expect(problemsOf(text)).toEqual([]);
  });

  it.each(rows)('$name', ({ old, replacement, expected }) => {
    expect(problemsOf(edit(text, old, replacement))).toEqual(expected);
  });
});
