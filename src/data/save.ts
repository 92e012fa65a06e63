/**
 * The save format: a game's identity, its configuration and the log of actions taken,
 * plus the hash of the state the log leads to. One schema for actions and saves; the
 * engine's `Action`, `GameConfig` and `SaveFile` types are inferred from it, and the
 * store parses every save it reads through `parseSave`.
 *
 * Written with `zod/mini`, whose parts the bundler can leave out one by one: a game that
 * resumes a save needs this small schema, not the scenario format's.
 */
import * as z from 'zod/mini';

// The browser's Content-Security-Policy forbids `Function`; without this zod probes it
// (a logged violation) and then validates by other code than in Node.
z.config({ jitless: true });

import { SAVE_VERSION, TEAM_NAME_MAX } from './saveVersion';

export { SAVE_VERSION };

const Name = z.string().check(z.minLength(1));

export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('chooseOption'), role: Name, option: Name }),
  z.strictObject({ type: z.literal('endMoves'), role: Name }),
  z.strictObject({
    type: z.literal('respond'),
    role: Name,
    move: z.number().check(z.int(), z.nonnegative()),
    answer: Name,
  }),
]);
/** What a player (or the computer, or a bot) does: the only input `step` takes. */
export type Action = z.infer<typeof ActionSchema>;

export const GameConfigSchema = z.strictObject({
  /** Roles played by people; every other role is played by the computer. */
  humanRoles: z.array(Name),
  mode: z.enum(['solo', 'teams']),
  seed: z.number(),
  /** Id of one of the scenario's game lengths; without it, the whole calendar. */
  length: z.optional(Name),
});
export type GameConfig = z.infer<typeof GameConfigSchema>;
export type Mode = GameConfig['mode'];

const identity = {
  scenarioId: Name,
  scenarioVersion: Name,
  config: GameConfigSchema,
  log: z.array(ActionSchema),
};

export const SaveFileSchema = z.strictObject({
  saveVersion: z.literal(SAVE_VERSION),
  ...identity,
  /** `hashState` of the game the log leads to: resuming checks that it still does. */
  hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  /** In a two-team game, each team's name by role id (older saves have none). */
  teamNames: z.optional(z.record(Name, z.string().check(z.maxLength(TEAM_NAME_MAX)))),
});
/** A save: everything needed to rebuild a game by replay, and its expected end. */
export type SaveFile = z.infer<typeof SaveFileSchema>;

/** Format 1, written before saves carried their state's hash. */
const SaveFileV1Schema = z.strictObject({ saveVersion: z.literal(1), ...identity });

/** Where the player was among the screens around the engine's phases (the store's part). */
export const ProgressSchema = z.object({
  /** The briefing has been read and the first month opened. */
  briefingSeen: z._default(z.boolean(), false),
  /** How many turn reports have been read; a report shows while this lags the history. */
  reportsSeen: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  /** Which loaded scenario file the game uses (several may share an id). */
  scenarioKey: z.optional(z.string()),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Why a save's text is not a save this build can replay; the UI words each case. */
export type SaveFormatProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'version'; found: string }
  | { code: 'field'; path: string };

/** A parsed save: the save file, the player's progress, and whether it had a hash. */
export type ParsedSave = { save: AnySaveFile; progress: Progress };

/** A save of either format this build reads (format 1 has no hash). */
export type AnySaveFile = SaveFile | z.infer<typeof SaveFileV1Schema>;

/**
 * Parses a stored save (`SaveFile` plus an optional `progress` field) from its text.
 * Never throws. A format-1 save is accepted without a hash; anything else that does not
 * match the schema is reported with the first field at fault.
 */
export function parseSave(
  text: string,
): { ok: true; value: ParsedSave } | { ok: false; problem: SaveFormatProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: String(error) } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { code: 'field', path: '(root)' } };
  }
  const { progress, ...rest } = data as Record<string, unknown>;
  const version = rest.saveVersion;
  if (version !== SAVE_VERSION && version !== 1) {
    return { ok: false, problem: { code: 'version', found: JSON.stringify(version) ?? 'none' } };
  }
  const parsed =
    version === SAVE_VERSION ? SaveFileSchema.safeParse(rest) : SaveFileV1Schema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { code: 'field', path: pathText(issue?.path ?? []) } };
  }
  const p = ProgressSchema.safeParse(progress ?? {});
  return {
    ok: true,
    value: {
      save: parsed.data,
      progress: p.success ? p.data : { briefingSeen: false, reportsSeen: 0 },
    },
  };
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path)
    out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out === '' ? '(root)' : out;
}
