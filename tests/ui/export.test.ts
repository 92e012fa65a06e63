import { describe, expect, it } from 'vitest';
import { hashState, meterValue, metersById, replay, scoreRole } from '../../src/engine';
import { buildCsv, buildResults, csvField, exportFileName, shown } from '../../src/ui/export';
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

describe('what a teacher needs on the files', () => {
  const { state, log } = playWhole(6);
  const stamp = { names: { up: 'Team Heron', down: 'Ana, Bo' }, date: new Date(2026, 2, 9, 10) };

  it('carries who played, the length and the date in the JSON, keeping ids', () => {
    const results = buildResults(compiled, state, log, stamp);
    expect(results.date).toBe('2026-03-09');
    expect(results.length.turns).toBe(scenario.calendar.turns.length);
    expect(results.players).toEqual([
      { role: 'up', name: 'Upland', playedBy: 'Team Heron' },
      { role: 'down', name: 'Lowland', playedBy: 'Ana, Bo' },
    ]);
    // Ids kept beside labels, and numbers exact.
    expect(
      results.turns[0]!.moves.every((m) => scenario.options.some((o) => o.id === m.option)),
    ).toBe(true);
    expect(results.scores.map((s) => s.score)).toEqual(
      results.scores.map((s) => scoreRole(compiled, state.meters, s.role)),
    );
  });

  it('carries them in every CSV row, and rounds numbers as the screens show them', () => {
    const rows = parseCsv(buildCsv(compiled, state, stamp));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    for (const row of rows.slice(1)) {
      expect(row[col('date')]).toBe('2026-03-09');
      expect(row[col('played_by')]).toBe('Upland: Team Heron | Lowland: Ana, Bo');
      expect(Number(row[col('months')])).toBe(scenario.calendar.turns.length);
      for (const role of ['up', 'down']) {
        const value = row[col(`score_${role}`)]!;
        // At most one decimal place, as on screen.
        expect(value).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
    const last = rows[rows.length - 1]!;
    const exact = scoreRole(compiled, state.meters, 'up');
    expect(Number(last[col('score_up')])).toBe(Math.round(exact * 10) / 10);
  });

  it('rounds half away from zero, to one decimal place', () => {
    expect([shown(62.46), shown(62.45), shown(-2.25), shown(7)]).toEqual([62.5, 62.5, -2.3, 7]);
  });

  it('names the files by who played, the length and the date', () => {
    const name = exportFileName(scenario, state, 'csv', stamp);
    expect(name).toBe('bilateral-river-dispute-team-heron-ana-bo-2026-03-09-6.csv');
    const solo = { ...state, config: { ...state.config, humanRoles: ['up'], length: 'short' } };
    expect(exportFileName(scenario, solo, 'json', { names: {}, date: stamp.date })).toBe(
      'bilateral-river-dispute-teams-short-2026-03-09-6.json',
    );
  });
});
