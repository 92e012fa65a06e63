import { describe, expect, it } from 'vitest';
import { hashState, meterValue, metersById, replay } from '../../src/engine';
import { buildCsv, buildResults, csvField, exportFileName } from '../../src/ui/export';
import { parseCsv } from './csv';
import { compiled, playWhole } from './games';

const scenario = compiled.source;

describe('results file', () => {
  const { state, log } = playWhole(9);
  const results = buildResults(compiled, state, log);

  it('survives JSON and replays to the same game', () => {
    const parsed = JSON.parse(JSON.stringify(results)) as typeof results;
    const rebuilt = replay(compiled, parsed.save);
    expect(rebuilt.ok && hashState(rebuilt.state)).toBe(hashState(state));
  });

  it('matches the game: outcome, scores, meters and every turn', () => {
    expect(results.ended).toBe(true);
    expect(results.turns).toHaveLength(scenario.calendar.turns.length);
    expect(results.meters).toEqual(metersById(scenario, state.meters));
    expect(results.turns.map((t) => t.moves.map((m) => m.option))).toEqual(
      state.history.map((r) => r.moves.map((m) => m.option)),
    );
    expect(results.turns.map((t) => t.changes.length)).toEqual(
      state.history.map((r) => r.trace.length),
    );
    expect(results.path).toHaveLength(state.history.length + 1);
    expect(results.players.map((p) => p.role)).toEqual(['up', 'down']);
  });
});

describe('CSV table', () => {
  const { state } = playWhole(4);
  const rows = parseCsv(buildCsv(compiled, state));

  it('has a header, a start row and one row per month, all the same width', () => {
    expect(rows).toHaveLength(state.history.length + 2);
    expect(rows[0]).toContain('cooperation');
    expect(rows[0]).toContain('tension');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('holds each month’s meters and moves', () => {
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    state.history.forEach((record, i) => {
      const row = rows[i + 2]!;
      expect(Number(row[col('turn')])).toBe(record.turn);
      expect(Number(row[col('cooperation')])).toBe(
        meterValue(scenario, record.meters, 'cooperation'),
      );
      const upMoves = record.moves
        .filter((m) => m.role === 'up')
        .map((m) => scenario.options.find((o) => o.id === m.option)!.label);
      expect(row[col('up_moves')]).toBe(upMoves.join(' | '));
    });
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [-5, '-5'],
  ])('escapes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('names files by scenario, mode and seed', () => {
    expect(exportFileName(scenario, state, 'csv')).toBe('bilateral-river-dispute-teams-4.csv');
  });
});
