/**
 * The save format this build writes (see save.ts). Apart from the schema, so that the
 * engine can stamp a save without loading the schema library. Format 1 (no state hash)
 * is still read.
 */
export const SAVE_VERSION = 2;

/** The longest team name a save keeps (setup allows no more); here for the same reason. */
export const TEAM_NAME_MAX = 40;
