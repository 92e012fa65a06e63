/**
 * The rules engine's public surface. Pure, synchronous and deterministic: no clock, no
 * randomness but the seeded generator whose state lives in GameState, no I/O, and no
 * words for people: it answers with ids, numbers and codes. The scenario is compiled
 * once (`compileScenario`) and passed beside the state.
 */
export {
  compileCondition,
  compileScenario,
  effectAt,
  finalTurn,
  type CompiledScenario,
} from './compile';
export { createGame, legalActions, replay, toSave, type ReplayProblem } from './game';
export { step, rejection } from './step';
export { optionBlocks, optionStatus, type OptionStatus } from './options';
export { answerChoices } from './responses';
export { holds } from './conditions';
export { rootEffects } from './effects';
export { counts } from './counts';
export { endingOf, fit, gameResult, outcomeAt, scoreRole } from './scoring';
export { answerable } from './responses';
export { unaware } from './secrets';
export { flagValue, meterValue, metersById, resourceAmount, type MeterValues } from './values';
export { hashState } from './hash';
export type * from './types';
// The bots (random, greedy and lookahead play, and the ranges they reach) are imported
// from './bots' by those who need them: the screens before the debrief never do.
