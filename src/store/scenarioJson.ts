/**
 * A loaded scenario as text, the form in which it travels: compiled into the build for
 * shipped scenarios, and sent back by the worker that checks an author's file. Reading
 * it back gives what the loader itself returns (`loadScenario`): a deeply frozen object
 * whose ids are the JavaScript engine's single copies of their text, which the rules
 * compare by pointer (see `src/data/internIds.ts`). It needs neither the YAML parser nor
 * the schema, so it can run on the first screen's budget.
 */
import type { Scenario } from '../data';

export type ScenarioJson = {
  /** `JSON.stringify` of the loaded scenario. */
  json: string;
  /** Every distinct string in it that the schema's id pattern matches. */
  ids: readonly string[];
};

/** `id`, as the engine's single copy of that text (a property name is always one). */
function internalized(id: string): string {
  return Object.keys({ [id]: 0 })[0] ?? id;
}

/**
 * The scenario `compiled` holds, deeply frozen, its ids internalized. The text is
 * trusted: only the loader (at build time, or in the checking worker) produces it, from a
 * scenario that passed every check. One walk after a plain `JSON.parse`: about twice as
 * fast as a reviver function, which the parser calls for every value.
 */
export function scenarioFromJson({ json, ids }: ScenarioJson): Scenario {
  const single = new Map(ids.map((id) => [id, internalized(id)]));
  const root: unknown = JSON.parse(json);
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    const record = current as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'string') {
        const id = single.get(value);
        if (id !== undefined) record[key] = id;
      } else if (typeof value === 'object' && value !== null) {
        stack.push(value);
      }
    }
    Object.freeze(record);
  }
  return root as Scenario;
}
