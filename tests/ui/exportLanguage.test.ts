/**
 * The exports speak the game's language: the table's headings and its start row, and the
 * results file's labels; the results file's ids and field names are the same in every
 * language, so a class's files compare.
 */
import { describe, expect, it } from 'vitest';
import { buildCsv, buildResults, NO_STAMP } from '../../src/ui/export';
import { loadCatalog, translator } from '../../src/words/messages';
import { compiled, playWhole } from './games';
import { parseCsv } from './csv';

describe('exports in Spanish', async () => {
  await loadCatalog('es');
  const es = translator('es');
  const en = translator('en');
  const { state, log } = playWhole(4);

  it('head the table in Spanish, meters by id', () => {
    const [header, start] = parseCsv(buildCsv(compiled, state, NO_STAMP, es));
    expect(header!.slice(0, 12)).toEqual([
      'escenario',
      'fecha',
      'duracion',
      'meses',
      'numero_de_partida',
      'modo',
      'jugadores',
      'jugado_por',
      'turno',
      'mes',
      'up_jugadas',
      'up_respuestas_recibidas',
    ]);
    expect(header).toContain('cooperation');
    expect(header).toContain('puntuacion_down');
    expect(start![9]).toBe('inicio');
    const [english] = parseCsv(buildCsv(compiled, state, NO_STAMP, en));
    expect(english!.slice(0, 2)).toEqual(['scenario', 'date']);
    expect(english).toHaveLength(header!.length);
  });

  it('keep the results file’s ids and fields the same in both languages', () => {
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (key, field: unknown) =>
        key === 'label' ? undefined : field,
      );
    const inSpanish = buildResults(compiled, state, log, NO_STAMP, es);
    const inEnglish = buildResults(compiled, state, log, NO_STAMP, en);
    expect(strip(inSpanish)).toEqual(strip(inEnglish));
  });
});
