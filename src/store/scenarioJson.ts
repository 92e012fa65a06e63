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
 * The scenario `compiled` holds, deeply frozen, its ids internalized. One pass: JSON's
 * reviver sees every value after its children, so each object is frozen once it is
 * complete. The text is trusted: only the loader (at build time, or in the checking
 * worker) produces it, from a scenario that passed every check.
 */
export function scenarioFromJson({ json, ids }: ScenarioJson): Scenario {
  const isId = new Set(ids);
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === 'string') return isId.has(value) ? internalized(value) : value;
    if (typeof value === 'object' && value !== null) Object.freeze(value);
    return value;
  }) as Scenario;
}
