/**
 * The scenario format: zod schemas for every part of a scenario file, with the
 * TypeScript types inferred from them. This file is the single definition of the
 * format; the JSON Schema for editors and the authoring guide's field reference are
 * generated from it (`npm run schema`).
 *
 * Conditions and effects are declarative objects told apart by the key they carry
 * (`{ meter: …, atLeast: … }`, `{ all: […] }`), so that a teacher can write them
 * without a `kind:` line on every entry. The loader maps a failed union back to the
 * branch the author meant, so messages stay precise.
 */
import { z } from 'zod';
import type { ConditionKind, EffectKind } from './kinds';

// Validate by walking the schemas, never by compiling them: zod's compiler probes
// `new Function`, which the page's content security policy refuses (and reports), so
// the browser would otherwise run different code from the command line.
z.config({ jitless: true });

/** The schema version this build reads. A newer file is refused with a clear message. */
export const SCHEMA_VERSION = 1;

/**
 * Largest size of any number in a file. The engine adds, scales and divides these
 * numbers (a meter's range is its max minus its min); bounding them keeps every result
 * finite, where 1e308 would overflow to Infinity and show as "NaN out of 100".
 */
export const MAX_MAGNITUDE = 1_000_000;

/** Any number a file may use, positive or negative. */
const amount = () => z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE);
/** A number that cannot be negative: amounts of resources, costs, weights, factors. */
const nonNegative = () => z.number().min(0).max(MAX_MAGNITUDE);
/** A count of uses or turns. */
const count = (least: number) => z.number().int().min(least).max(MAX_MAGNITUDE);

const text = (description: string) => z.string().min(1).describe(description);

/** The shape of an id: kebab-case ids keep YAML readable and stable across versions. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'expected a kebab-case id such as "unilateral-strike"')
  .describe('A kebab-case identifier, unique within its kind.');

const Probability = z.number().min(0).max(1);

// ---------------------------------------------------------------------------
// Citations and statements

export const CitationSchema = z
  .strictObject({
    source: IdSchema.describe('Id of an entry in meta.sources.'),
    quote: z
      .string()
      .min(1)
      .optional()
      .describe('Verbatim words from the source, without surrounding quotation marks.'),
    speaker: z.string().min(1).optional().describe('Who said the quoted words.'),
    note: z.string().min(1).optional().describe('Where in the source, or what it supports.'),
    record: z
      .boolean()
      .optional()
      .describe(
        'True when the quote reports the move taken (in an option’s cites) or the answer given (in an answer’s cites): the move or answer is on the record. Every option is on the record or hypothetical; every answer is on the record or an assumption.',
      ),
  })
  .describe('A receipt: the source that supports a piece of content, with an optional quote.');
export type Citation = z.infer<typeof CitationSchema>;

export const StatementSchema = z
  .strictObject({
    text: text('What was said or done, in plain words (a description, never a quote).'),
    quote: z.string().min(1).optional().describe('Verbatim words, when a source has them.'),
    speaker: z.string().min(1).optional(),
    source: IdSchema.optional().describe('Source of the quote; required when quote is given.'),
  })
  .describe('What a government says when it answers a move.');
export type Statement = z.infer<typeof StatementSchema>;

// ---------------------------------------------------------------------------
// Conditions

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { meter: string; atLeast?: number; atMost?: number }
  | { flag: string; is?: boolean }
  | { resource: string; role: string; atLeast?: number; atMost?: number }
  | { used: string; by?: string; atLeast?: number; atMost?: number; withinTurns?: number }
  | { tagUsed: string; by?: string; atLeast?: number; atMost?: number; withinTurns?: number }
  | { turnAtLeast: number }
  | { turnAtMost: number };

const Bounds = {
  atLeast: amount().optional().describe('The value is at least this.'),
  atMost: amount().optional().describe('The value is at most this.'),
};
const CountBounds = {
  atLeast: count(0).optional().describe('Used at least this many times (default 1).'),
  atMost: count(0).optional().describe('Used at most this many times.'),
  withinTurns: count(1)
    .optional()
    .describe('Count only uses in the last N turns, this one included.'),
};

/** Each branch of the condition union, by the key that identifies it. */
export const conditionBranches = {
  all: z.strictObject({ all: z.array(z.lazy(() => ConditionSchema)).min(1) }),
  any: z.strictObject({ any: z.array(z.lazy(() => ConditionSchema)).min(1) }),
  not: z.strictObject({ not: z.lazy(() => ConditionSchema) }),
  meter: z.strictObject({ meter: IdSchema, ...Bounds }),
  flag: z.strictObject({ flag: IdSchema, is: z.boolean().optional() }),
  resource: z.strictObject({ resource: IdSchema, role: IdSchema, ...Bounds }),
  used: z.strictObject({ used: IdSchema, by: IdSchema.optional(), ...CountBounds }),
  tagUsed: z.strictObject({ tagUsed: IdSchema, by: IdSchema.optional(), ...CountBounds }),
  turnAtLeast: z.strictObject({ turnAtLeast: count(1) }),
  turnAtMost: z.strictObject({ turnAtMost: count(1) }),
} as const satisfies Record<ConditionKind, z.ZodType>;

export const ConditionSchema: z.ZodType<Condition> = z
  .union([
    conditionBranches.all,
    conditionBranches.any,
    conditionBranches.not,
    conditionBranches.meter,
    conditionBranches.flag,
    conditionBranches.resource,
    conditionBranches.used,
    conditionBranches.tagUsed,
    conditionBranches.turnAtLeast,
    conditionBranches.turnAtMost,
  ])
  .describe(
    'A test on the game state: all, any, not, meter, flag, resource, used (an option), tagUsed, turnAtLeast or turnAtMost.',
  );

// ---------------------------------------------------------------------------
// Effects

export const ScaleSchema = z
  .strictObject({
    meter: IdSchema.describe('The meter whose value scales the effect.'),
    from: amount().describe('At or below this meter value the factor is `low`.'),
    to: amount().describe('At or above this meter value the factor is `high`.'),
    low: nonNegative().describe('Factor at `from`.'),
    high: nonNegative().describe('Factor at `to`.'),
  })
  .describe('Multiplies an effect by a factor that moves linearly with a meter.');
export type Scale = z.infer<typeof ScaleSchema>;

export const ChanceSchema = z.union([
  Probability,
  z.strictObject({
    base: Probability.describe('Probability before scaling.'),
    scale: ScaleSchema.describe('Multiplies the probability (the result is capped to 0–1).'),
  }),
]);
export type Chance = z.infer<typeof ChanceSchema>;

export type Effect =
  | {
      meter: string;
      delta: number;
      diminishing?: number;
      scale?: Scale;
      why?: string;
    }
  | { flag: string; set: boolean; why?: string }
  | { resource: string; role?: string; delta: number; why?: string }
  | { chance: Chance; label: string; then: Effect[]; else?: Effect[] }
  | { if: Condition; then: Effect[]; else?: Effect[] }
  | { after: number; label: string; effects: Effect[] }
  | { reveal: string };

const why = z
  .string()
  .min(1)
  .optional()
  .describe('Why this rule moves what it moves; shown in the report beside the change.');

export const effectBranches = {
  meter: z.strictObject({
    meter: IdSchema,
    delta: amount().describe('Change before scaling (positive or negative).'),
    diminishing: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        'Diminishing returns: the delta is multiplied by this factor once for each earlier use of the same option by the same role.',
      ),
    scale: ScaleSchema.optional(),
    why,
  }),
  flag: z.strictObject({ flag: IdSchema, set: z.boolean(), why }),
  resource: z.strictObject({
    resource: IdSchema,
    role: IdSchema.optional().describe('Whose resource; defaults to the role that acted.'),
    delta: amount(),
    why,
  }),
  chance: z.strictObject({
    chance: ChanceSchema,
    label: text('What is at stake, e.g. "the strike hits its target".'),
    then: z.array(z.lazy(() => EffectSchema)),
    else: z.array(z.lazy(() => EffectSchema)).optional(),
  }),
  if: z.strictObject({
    if: z.lazy(() => ConditionSchema),
    then: z.array(z.lazy(() => EffectSchema)),
    else: z.array(z.lazy(() => EffectSchema)).optional(),
  }),
  after: z.strictObject({
    after: z.number().int().min(1).max(24).describe('Apply this many turns later.'),
    label: text('What happens later, e.g. "cartels fragment".'),
    effects: z.array(z.lazy(() => EffectSchema)).min(1),
  }),
  reveal: z.strictObject({
    reveal: IdSchema.describe('A secret option: every move of it still hidden comes to light.'),
  }),
} as const satisfies Record<EffectKind, z.ZodType>;

export const EffectSchema: z.ZodType<Effect> = z
  .union([
    effectBranches.meter,
    effectBranches.flag,
    effectBranches.resource,
    effectBranches.chance,
    effectBranches.if,
    effectBranches.after,
    effectBranches.reveal,
  ])
  .describe('A change to the game state: meter, flag, resource, chance, if, after or reveal.');

// ---------------------------------------------------------------------------
// Scenario parts

export const SourceSchema = z.strictObject({
  id: IdSchema,
  headline: text('The headline as printed, or a description when the page has none.'),
  short: z
    .string()
    .min(1)
    .optional()
    .describe(
      'A short name for citations in the text, such as the outlet or a few words of the headline.',
    ),
  outlet: z.string().min(1).optional().describe('Publisher, where known.'),
  date: z.string().min(1).optional().describe('Publication date, where known.'),
  file: z
    .string()
    .min(1)
    .optional()
    .describe('File name of the source text, used by the quotation check.'),
  note: z.string().min(1).optional().describe('Reliability notes a reader should know.'),
});
export type Source = z.infer<typeof SourceSchema>;

export const MetaSchema = z.strictObject({
  id: IdSchema,
  title: text('Title shown on the scenario screen.'),
  summary: text('Two or three sentences on the crisis.'),
  question: z
    .string()
    .min(1)
    .optional()
    .describe('The question at stake, in a sentence or two, for the title screen.'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as "1.0.0"'),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a language tag such as "en"'),
  sources: z.array(SourceSchema).min(1),
});

export const TurnSchema = z.strictObject({
  label: text('How the turn is named on screen, e.g. "February 2025".'),
  date: z.string().min(1).optional().describe('ISO date or month, where known.'),
  hypothetical: z
    .boolean()
    .optional()
    .describe('True for turns past the record: shown as hypothetical.'),
});

export const LengthSchema = z
  .strictObject({
    id: IdSchema.describe('How the length is named in saves and exports, e.g. "short".'),
    label: text('Shown at setup, e.g. "Short: the four months of the record".'),
    turns: count(1).describe('The game ends after this many turns.'),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(600)
      .optional()
      .describe('About how long a game of this length takes, in minutes, shown at setup.'),
  })
  .describe('A length of game that setup offers: the first turns of the calendar.');

export const CalendarSchema = z.strictObject({
  turns: z.array(TurnSchema).min(1).max(60),
  lengths: z
    .array(LengthSchema)
    .default([])
    .describe(
      'Game lengths to offer, shortest first. Without any, a game runs the whole calendar.',
    ),
  movesPerTurn: z
    .number()
    .int()
    .min(1)
    .max(10)
    .describe('How many options each role may pick per turn (costs may limit it further).'),
});

export const ResourceSchema = z.strictObject({
  id: IdSchema,
  label: text('Name shown on screen, e.g. "Political capital".'),
  start: nonNegative(),
  max: nonNegative(),
  perTurn: nonNegative().describe('Regained at the start of every turn after the first.'),
});

export const ObjectivesSchema = z.strictObject({
  text: text('What this government wants, in a sentence or two.'),
  weights: z
    .record(IdSchema, z.number().min(-10).max(10))
    .describe('Meter id → weight. Negative weights reward a low value.'),
  targets: z
    .record(
      IdSchema,
      z.strictObject({
        near: amount().describe('The value this government wants the meter near.'),
        weight: z.number().gt(0).max(10).describe('How much it counts.'),
      }),
    )
    .default({})
    .describe(
      'Meter id → { near, weight }: a middle course, best at `near` and worse the farther away. A meter is in weights or in targets, not both.',
    ),
});

/** An ISO 3166-1 alpha-3 country code; checked against ISO's table (see countryCodes.ts). */
const CountryCodeSchema = z
  .string()
  .min(1)
  .describe(
    'An ISO 3166-1 alpha-3 country code, e.g. "MEX"; its outline comes from Natural Earth.',
  );

/** The kinds of marker the map can draw for a move or an event. */
export const MARKER_ICONS = [
  'aircraft',
  'troops',
  'strike',
  'ships',
  'talks',
  'trade',
  'money',
  'alert',
] as const;
export type MarkerIcon = (typeof MARKER_ICONS)[number];

export const PlaceSchema = z
  .strictObject({
    country: CountryCodeSchema.describe(
      'The country on the map where it happens: a role’s `country` or one of `map.countries`.',
    ),
    icon: z.enum(MARKER_ICONS).describe('The marker drawn there.'),
    label: z
      .string()
      .min(1)
      .max(32)
      .optional()
      .describe('The marker’s words on the map (default: the move’s label or the event’s title).'),
  })
  .describe('Where on the map a move or an event is shown in the month it happens.');

export const MapSchema = z
  .union([
    z.literal(false),
    z.strictObject({
      countries: z
        .array(CountryCodeSchema)
        .default([])
        .describe('Countries shown besides the roles’ own, as ISO 3166-1 alpha-3 codes.'),
    }),
  ])
  .describe(
    'The map: the roles’ countries and these; `false` for none. Without any country there is no map.',
  );

export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: text('The government, e.g. "United States".'),
  adviser: text('Whom the player advises, e.g. "the National Security Council".'),
  leader: z.string().min(1).optional(),
  country: CountryCodeSchema.optional().describe(
    'The government’s country, as an ISO 3166-1 alpha-3 code (e.g. "MEX"): drawn on the map.',
  ),
  briefing: text('The situation as this government sees it.'),
  constraints: z.array(z.string().min(1)).default([]),
  objectives: ObjectivesSchema,
  resources: z.array(ResourceSchema).default([]),
  movesPerTurn: z
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .describe('Options this role may pick per turn, when not the calendar’s movesPerTurn.'),
});

export const MeterSchema = z
  .strictObject({
    id: IdSchema,
    label: text('Name shown on screen.'),
    description: text('What the meter measures.'),
    min: amount().default(0),
    max: amount().default(100),
    start: amount(),
    hidden: z.boolean().default(false).describe('Hidden meters are shown only in the debrief.'),
    hiddenFrom: z
      .array(IdSchema)
      .default([])
      .describe('Roles from whom the meter is hidden until the debrief (the others see it).'),
    drift: z
      .strictObject({
        toward: amount().describe('The value the meter drifts toward.'),
        by: nonNegative().gt(0).describe('How far it moves each turn (never past `toward`).'),
      })
      .optional()
      .describe(
        'Moves the meter a little toward a value at the start of every turn after the first.',
      ),
  })
  .refine((m) => m.min < m.max, { message: 'min must be below max', path: ['max'] })
  .refine((m) => m.start >= m.min && m.start <= m.max, {
    message: 'start must lie between min and max',
    path: ['start'],
  });

export const FlagSchema = z.strictObject({
  id: IdSchema,
  label: text('Shown when conditions mention the flag.'),
  start: z.boolean().default(false),
});

export const PlaneSchema = z.strictObject({
  x: IdSchema.describe('Meter on the horizontal axis (a primary meter).'),
  y: IdSchema.describe('Meter on the vertical axis (a primary meter).'),
});

export const OptionSchema = z.strictObject({
  id: IdSchema,
  role: IdSchema.describe('The role that can take this option.'),
  label: text('Short name of the move.'),
  summary: text('What the move is, in plain words.'),
  tags: z.array(IdSchema).default([]),
  hypothetical: z
    .boolean()
    .default(false)
    .describe(
      'True when no source reports this move taken: shown as hypothetical. Otherwise the citation that reports it carries `record: true`.',
    ),
  status: z.string().min(1).optional().describe('What the sources say of this move.'),
  requires: ConditionSchema.optional(),
  requiresText: z
    .string()
    .min(1)
    .optional()
    .describe('The requirement in plain words, shown to the player.'),
  cost: z.record(IdSchema, nonNegative()).default({}).describe('Resource id → amount.'),
  maxUses: count(1).optional(),
  place: PlaceSchema.optional(),
  secret: z
    .strictObject({
      from: z
        .array(IdSchema)
        .min(1)
        .optional()
        .describe('The roles kept unaware (default: every other role).'),
      discovery: ChanceSchema.optional().describe(
        'Chance, rolled in the turn it is made and in each turn after, that the move comes to light. Without it, only a `reveal` effect brings it to light.',
      ),
    })
    .optional()
    .describe(
      'A covert move: hidden from the roles named until discovered or revealed (`reveal`); until then they neither see nor answer it. The debrief shows everything.',
    ),
  effects: z.array(EffectSchema).default([]),
  cites: z.array(CitationSchema).default([]),
});
export type Option = z.infer<typeof OptionSchema>;

export const AnswerSchema = z.strictObject({
  id: IdSchema,
  kind: IdSchema.describe(
    'accept, accept-with-conditions, protest, reject, retaliate, or your own.',
  ),
  label: text('Short name of the answer.'),
  statement: StatementSchema,
  assumption: z
    .boolean()
    .default(false)
    .describe(
      'True when no source reports this answer: shown as the model’s assumption. Otherwise the citation that reports it carries `record: true`.',
    ),
  when: ConditionSchema.optional().describe('Only available when this holds.'),
  weight: nonNegative().default(1).describe('How likely the computer picks this answer.'),
  weightIf: z
    .array(
      z.strictObject({
        when: ConditionSchema,
        factor: nonNegative().describe('Multiplies the weight when the condition holds.'),
      }),
    )
    .default([]),
  effects: z.array(EffectSchema).default([]),
  cites: z.array(CitationSchema).default([]),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const ResponseRuleSchema = z
  .strictObject({
    id: IdSchema,
    role: IdSchema.describe('The role that answers.'),
    to: z
      .strictObject({
        options: z.array(IdSchema).optional(),
        tags: z.array(IdSchema).optional().describe('Matches a move carrying any of these tags.'),
        by: z
          .union([IdSchema, z.array(IdSchema).min(1)])
          .optional()
          .describe(
            'Only moves by this role (or these roles). Required for a rule matching by tags when the scenario has three or more roles.',
          ),
      })
      .refine((t) => (t.options?.length ?? 0) + (t.tags?.length ?? 0) > 0, {
        message: 'name at least one option or tag',
      }),
    when: ConditionSchema.optional(),
    answers: z.array(AnswerSchema).min(1),
  })
  .describe(
    'How a role answers the other side’s moves. For each move, a rule naming the option wins over one matching by tags; among equals the first in the file wins.',
  );
export type ResponseRule = z.infer<typeof ResponseRuleSchema>;

export const EventSchema = z
  .strictObject({
    id: IdSchema,
    title: text('Headline of the event card.'),
    text: text('What happened, in plain words.'),
    turn: count(1).optional().describe('Scripted: fires at the start of this turn.'),
    when: ConditionSchema.optional().describe('Fires only when this holds.'),
    chance: Probability.optional().describe('Fires with this probability when eligible.'),
    repeat: z.boolean().default(false).describe('May fire again on later turns.'),
    dated: z.string().min(1).optional().describe('The date the sources give, e.g. "February 1".'),
    undated: z.boolean().default(false).describe('The sources give no date; placed where it fits.'),
    hypothetical: z.boolean().default(false),
    place: PlaceSchema.optional(),
    effects: z.array(EffectSchema).default([]),
    cites: z.array(CitationSchema).default([]),
  })
  .refine((e) => e.turn !== undefined || e.when !== undefined || e.chance !== undefined, {
    message: 'an event needs a turn, a when condition or a chance',
  });
export type ScenarioEvent = z.infer<typeof EventSchema>;

const Range = z
  .strictObject({ min: amount(), max: amount() })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  label: text('Name of the region.'),
  x: Range.describe('Bounds on the plane’s x meter (inclusive).'),
  y: Range.describe('Bounds on the plane’s y meter (inclusive).'),
  text: text('What ending here means.'),
  cites: z.array(CitationSchema).default([]),
});

export const EvidenceSchema = z
  .strictObject({
    id: IdSchema,
    speaker: text('Who is quoted or reported.'),
    affiliation: z.string().min(1).optional(),
    quote: z.string().min(1).optional().describe('Verbatim words; omit for a paraphrase.'),
    paraphrase: z.string().min(1).optional().describe('Reported view, not in quotation marks.'),
    source: IdSchema,
    context: z.string().min(1).optional(),
    disputed: z.string().min(1).optional().describe('Why the claim is disputed, if it is.'),
    bearsOn: z
      .array(z.strictObject({ option: IdSchema, stance: z.enum(['for', 'against']) }))
      .default([]),
  })
  .refine((e) => e.quote !== undefined || e.paraphrase !== undefined, {
    message: 'an evidence card needs a quote or a paraphrase',
  });

export const AdvisorSchema = z.strictObject({
  id: IdSchema,
  role: IdSchema,
  name: text('Name shown on screen.'),
  title: text('Their post or view, e.g. "the hawk".'),
  composite: z.boolean().default(true).describe('A composite character, labelled as such.'),
  view: text('Their outlook in a sentence.'),
  arguments: z
    .array(
      z.strictObject({
        option: IdSchema,
        stance: z.enum(['for', 'against']),
        text: text('The argument, in plain words.'),
        evidence: z.array(IdSchema).default([]).describe('Evidence card ids.'),
      }),
    )
    .default([]),
});

export const DisputeSchema = z.strictObject({
  id: IdSchema,
  title: text('The question in dispute.'),
  text: text('What each side of the record says.'),
  about: z.array(IdSchema).default([]).describe('Ids of options, events or evidence it bears on.'),
  cites: z.array(CitationSchema).default([]),
});

export const GlossarySchema = z.strictObject({
  term: text('The term.'),
  definition: text('Plain-language definition.'),
  cites: z.array(CitationSchema).default([]),
});

export const DebriefSchema = z.strictObject({
  record: z
    .array(
      z.strictObject({
        date: z.string().min(1).optional(),
        text: text('What happened in reality.'),
        cites: z.array(CitationSchema).default([]),
      }),
    )
    .min(1),
  questions: z.array(z.string().min(1)).min(1),
  assessments: z
    .array(
      z.strictObject({
        evidence: IdSchema.describe('Evidence card shown.'),
        options: z.array(IdSchema).min(1).describe('Shown when the player chose any of these.'),
      }),
    )
    .default([]),
});

export const EndingSchema = z
  .strictObject({
    id: IdSchema,
    label: text('Name of the ending.'),
    when: ConditionSchema.describe('Reached when this holds at the end of the game.'),
    text: text('What ending here means.'),
    cites: z.array(CitationSchema).default([]),
  })
  .describe(
    'A named ending reached by a condition (any meter or flag), checked in file order before the plane’s regions.',
  );

const PolicySchema = z.strictObject({
  id: IdSchema,
  role: IdSchema,
  phases: z
    .array(
      z.strictObject({
        through: count(1).describe('The last turn of this phase.'),
        prefer: z
          .array(IdSchema)
          .min(1)
          .describe('Options taken in this order whenever available.'),
      }),
    )
    .min(1),
});

const CourseSchema = z.strictObject({
  id: IdSchema,
  role: IdSchema,
  label: text('What the course is, e.g. "as the sources report it".'),
  months: z
    .array(z.array(IdSchema))
    .min(1)
    .describe(
      'The options taken each turn, in order; afterwards the greedy choice among options on the record.',
    ),
});

export const BalanceSchema = z
  .strictObject({
    policies: z.array(PolicySchema).default([]).describe('Fixed policies for `npm run balance`.'),
    courses: z
      .array(CourseSchema)
      .default([])
      .describe('Courses of action to score, such as what each government really did.'),
  })
  .describe('What `npm run balance` plays besides random and greedy bots.');

export const ModelNoteSchema = z.strictObject({
  id: IdSchema,
  title: text('The rule in a few words.'),
  text: text('Why the rule moves what it moves.'),
  about: z.array(IdSchema).min(1).describe('Ids of the options, answers, events it explains.'),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.number().int().min(1),
  meta: MetaSchema,
  calendar: CalendarSchema,
  plane: PlaneSchema,
  meters: z.array(MeterSchema).min(2),
  flags: z.array(FlagSchema).default([]),
  roles: z.array(RoleSchema).min(2),
  options: z.array(OptionSchema).min(1),
  responses: z.array(ResponseRuleSchema).default([]),
  events: z.array(EventSchema).default([]),
  // At most 100: the check that regions cover the plane grows with the cube of their number.
  outcomes: z.array(OutcomeSchema).min(1).max(100),
  advisors: z.array(AdvisorSchema).default([]),
  evidence: z.array(EvidenceSchema).default([]),
  disputes: z.array(DisputeSchema).default([]),
  glossary: z.array(GlossarySchema).default([]),
  debrief: DebriefSchema,
  modelNotes: z.array(ModelNoteSchema).default([]),
  endings: z.array(EndingSchema).default([]),
  balance: BalanceSchema.optional(),
  map: MapSchema.optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Role = Scenario['roles'][number];
export type Meter = Scenario['meters'][number];
export type Outcome = Scenario['outcomes'][number];
export type Advisor = Scenario['advisors'][number];
export type EvidenceCard = Scenario['evidence'][number];
