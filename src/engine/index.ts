/**
 * The rules engine's public surface. Pure, synchronous and deterministic: no clock, no
 * randomness but the seeded generator whose state lives in GameState, no I/O. The
 * scenario is passed beside the state and treated as read-only.
 */
export { createGame, legalActions, replay, toSave } from './game';
export { step, describeRejection } from './step';
export { optionStatus, type OptionStatus } from './options';
export { answerChoices } from './responses';
export { describeCondition, evaluateCondition } from './conditions';
export { gameResult, outcomeAt, scoreRole } from './scoring';
export { flagValue, meterValue, metersById, resourceAmount, type MeterValues } from './values';
export { hashState } from './hash';
export { formatTranscript } from './transcript';
export type * from './types';
