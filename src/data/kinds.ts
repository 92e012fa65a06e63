/**
 * The kinds of conditions and effects, told apart in one place. In a scenario file a
 * condition or an effect is known by the key it carries (`{ meter: …, atLeast: … }`,
 * `{ chance: …, then: … }`); `conditionOf` and `effectOf` tag one with its kind, so that
 * every layer handles the kinds with an exhaustive `switch`: the loader's reference
 * checks (checkRules.ts), the engine's compiler (engine/compile.ts) and the words for
 * people (words/conditions.ts). A kind added to the lists below without its schema
 * branch, or without its case in each of those, is a compile error there.
 */
import type { Condition, Effect } from './schema';

/**
 * The kinds, each named by the key that identifies it in a file. The schema's branch
 * tables (schema.ts) must have exactly these keys. Kept here, apart from the schema, so
 * that the engine and the words can tell kinds apart without loading the schema library.
 */
export const CONDITION_KINDS = [
  'all',
  'any',
  'not',
  'meter',
  'flag',
  'resource',
  'used',
  'tagUsed',
  'turnAtLeast',
  'turnAtMost',
] as const;
export const EFFECT_KINDS = [
  'meter',
  'flag',
  'resource',
  'chance',
  'if',
  'after',
  'reveal',
] as const;

export type ConditionKind = (typeof CONDITION_KINDS)[number];
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** The member of `Condition` whose identifying key is `K`. */
export type ConditionOfKind<K extends ConditionKind> = Extract<Condition, Record<K, unknown>>;
export type EffectOfKind<K extends EffectKind> = Extract<Effect, Record<K, unknown>>;

export type TaggedCondition = {
  [K in ConditionKind]: { kind: K; c: ConditionOfKind<K> };
}[ConditionKind];
export type TaggedEffect = { [K in EffectKind]: { kind: K; e: EffectOfKind<K> } }[EffectKind];

// Every member of the hand-written unions has a kind in the branch tables.
type Untagged = Exclude<Condition, TaggedCondition['c']> | Exclude<Effect, TaggedEffect['e']>;
const everyMemberHasAKind: [Untagged] extends [never] ? true : false = true;
void everyMemberHasAKind;

/** `c` tagged with its kind. A condition carries exactly one identifying key (the schema's objects are strict). */
export function conditionOf(c: Condition): TaggedCondition {
  const kind = CONDITION_KINDS.find((k) => k in c);
  if (kind === undefined) throw new TypeError(`Not a condition: ${JSON.stringify(c)}`);
  return { kind, c } as TaggedCondition;
}

/** `e` tagged with its kind (see `conditionOf`). */
export function effectOf(e: Effect): TaggedEffect {
  const kind = EFFECT_KINDS.find((k) => k in e);
  if (kind === undefined) throw new TypeError(`Not an effect: ${JSON.stringify(e)}`);
  return { kind, e } as TaggedEffect;
}
