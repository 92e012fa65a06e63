/**
 * Names for the ids a scenario shows as words: the kind of an answer ("accept with
 * conditions") and an option's tags ("law enforcement"). Well-known ones are named by the
 * catalog; a scenario's own are named by its translation, when the game speaks another
 * language than the scenario (`scenarioWord`, see src/ui/i18n/quotes.ts); any other is
 * read aloud from the id.
 */
import { humanizeId } from './format';
import type { MessageKey, Translate } from './messages';
import { en } from './en';

export type IdFamily = 'tag' | 'answerKind';

/** The scenario translation's name for an id (`tags.<id>`, `answerKinds.<id>`), if any. */
export type ScenarioWord = (family: IdFamily, id: string) => string | undefined;

export function idName(t: Translate, family: IdFamily, id: string, word?: ScenarioWord): string {
  const key = `${family}.${id}`;
  if (Object.hasOwn(en, key)) return t(key as MessageKey);
  return word?.(family, id) ?? humanizeId(id);
}
