/**
 * `npm run schema`: writes scenarios/scenario.schema.json (for editor autocompletion
 * and checking as you type) and the field reference in scenarios/README.md, both
 * generated from src/data/schema.ts so that they can never drift from the loader.
 *
 * `npm run schema -- --check` writes nothing and exits 1 when either file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import {
  ChanceSchema,
  CitationSchema,
  ScaleSchema,
  ScenarioSchema,
  SCHEMA_VERSION,
} from '../src/data/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = resolve(root, 'scenarios', 'scenario.schema.json');
export const README_FILE = resolve(root, 'scenarios', 'README.md');
export const START_MARKER = '<!-- fields:start -->';
export const END_MARKER = '<!-- fields:end -->';

/** A JSON Schema node, loosely typed: we only read what zod writes. */
type Json = {
  type?: string;
  description?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: Json | boolean;
  $ref?: string;
  $defs?: Record<string, Json>;
  [key: string]: unknown;
};

function toJson(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input' }) as Json;
}

/**
 * The JSON Schema of the scenario format. zod names the recursive parts
 * `__schema0`…; they are renamed `Condition` and `Effect` for readable editor hints.
 */
export function scenarioJsonSchema(): Json {
  const schema = toJson(ScenarioSchema);
  let text = JSON.stringify(schema);
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    const branches = (def.anyOf ?? []).map((b) => Object.keys(b.properties ?? {})[0]);
    const title = branches.includes('turnAtLeast')
      ? 'Condition'
      : branches.includes('after')
        ? 'Effect'
        : undefined;
    if (title) text = text.split(`"#/$defs/${name}"`).join(`"#/$defs/${title}"`);
    if (title) text = text.replace(`"${name}":`, `"${title}":`);
  }
  const renamed = JSON.parse(text) as Json;
  return {
    $schema: renamed.$schema,
    title: `Bilateral scenario (schema version ${SCHEMA_VERSION})`,
    description: 'A scenario file for Bilateral. See scenarios/README.md for the authoring guide.',
    ...renamed,
  };
}

// ---------------------------------------------------------------------------
// Field reference

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** What a reference field names, for fields that carry only the generic id text. */
const REFERENCE_NOUNS: Record<string, string> = {
  meter: 'a meter',
  flag: 'a flag',
  role: 'a role',
  by: 'a role',
  option: 'an option',
  used: 'an option',
  options: 'options',
  source: 'a source in meta.sources',
  evidence: 'evidence cards',
  resource: 'a resource of the role',
  tagUsed: 'a tag carried by options',
  tags: 'tags',
  about: 'options, answers, events or rules',
  x: 'a meter',
  y: 'a meter',
};

/**
 * Descriptions for fields the schema leaves undescribed, keyed by table and field,
 * so that every row of the reference says what the field is for.
 */
const FALLBACK: Record<string, string> = {
  'Top level.$schema': 'Path to scenario.schema.json, for editors that read it from the file.',
  'Top level.schemaVersion': `Version of the file format. This build reads ${SCHEMA_VERSION}.`,
  'Top level.meta': 'Title, summary, language and the sources the scenario draws on.',
  'Top level.calendar': 'The turns (one per month, say) and how many moves a role makes per turn.',
  'Top level.plane': 'The two meters that place the outcome on the plane.',
  'Top level.meters': 'Quantities the rules move: the two plane axes and any others.',
  'Top level.flags': 'Yes/no facts the rules set and test, such as a designation in force.',
  'Top level.roles': 'The governments: briefing, objectives and resources.',
  'Top level.options': 'The moves each role can make.',
  'Top level.events': 'Scripted and conditional events shown in the briefing.',
  'Top level.outcomes': 'Named regions of the plane; the first that contains the final point wins.',
  'Top level.advisors': 'In-game advisors and their arguments for and against options.',
  'Top level.evidence': 'Evidence cards: quotes and paraphrases with their sources.',
  'Top level.disputes': 'Questions on which the sources disagree, shown as such.',
  'Top level.glossary': 'Terms explained for students.',
  'Top level.debrief': 'What happened in reality, discussion questions and expert assessments.',
  'Top level.modelNotes': 'Why the rules move what they move, readable in the game.',
  'meta.version': 'Version of this scenario’s content.',
  'meta.language': 'Language of the text, e.g. `en` or `es-MX`.',
  'meta.sources': 'Every source the scenario cites.',
  'calendar.turns': 'One entry per turn, in order.',
  'meters[].min': 'Lowest value; the meter never goes below it.',
  'meters[].max': 'Highest value; the meter never goes above it.',
  'meters[].start': 'Value at the start of the game.',
  'flags[].start': 'Whether the flag is set at the start.',
  'roles[].leader': 'The head of government, where relevant.',
  'roles[].constraints': 'Limits this government works under, shown in the briefing.',
  'roles[].objectives': 'What this government wants, which gives the player’s own score.',
  'roles[].resources': 'Budgets such as political capital that options cost.',
  'roles[].resources[].start': 'Amount at the start.',
  'roles[].resources[].max': 'The amount never rises above this.',
  'options[].requires': 'The option can be taken only when this holds.',
  'options[].maxUses': 'How many times the role may take it in one game.',
  'options[].effects': 'What the move does.',
  'responses[].to': 'Which moves the rule answers.',
  'responses[].when': 'The rule applies only when this holds.',
  'responses[].answers': 'The answers the role may give.',
  'responses[].answers[].weightIf': 'Changes the weight when a condition holds.',
  'responses[].answers[].effects': 'What the answer does.',
  'responses[].answers[].statement.speaker': 'Who said the quoted words.',
  'responses[].answers[].weightIf[].when': 'The condition.',
  'events[].hypothetical': 'True when no source reports the event: shown as hypothetical.',
  'events[].effects': 'What the event does.',
  'outcomes[].x.min': 'Lowest value (inclusive).',
  'outcomes[].x.max': 'Highest value (inclusive).',
  'advisors[].arguments': 'What the advisor says about options.',
  'advisors[].arguments[].stance': 'Whether the argument is for or against the option.',
  'evidence[].affiliation': 'The speaker’s post or organisation.',
  'evidence[].context': 'When and where it was said.',
  'evidence[].bearsOn': 'Options this card argues for or against.',
  'evidence[].bearsOn[].stance': 'Whether the card supports or opposes the option.',
  'debrief.record': 'What the sources report happened, in order.',
  'debrief.questions': 'Questions for class discussion.',
  'debrief.assessments': 'Expert assessments shown for the options the player chose.',
  'debrief.record[].date': 'When it happened, as the sources give it.',
  'Condition: all.all': 'Holds when every condition in the list holds.',
  'Condition: any.any': 'Holds when at least one condition in the list holds.',
  'Condition: not.not': 'Holds when the condition does not.',
  'Condition: flag.is': 'The value to test for (default true).',
  'Condition: turnAtLeast.turnAtLeast': 'Holds from this turn on.',
  'Condition: turnAtMost.turnAtMost': 'Holds up to this turn.',
  'Effect: flag.set': 'The value the flag takes.',
  'Effect: resource.delta': 'Change to the resource.',
  'Effect: chance.chance': 'Probability that the `then` effects apply.',
  'Effect: chance.then': 'Applied when the chance comes up.',
  'Effect: chance.else': 'Applied otherwise.',
  'Effect: if.if': 'The condition, tested when the effect applies.',
  'Effect: if.then': 'Applied when the condition holds.',
  'Effect: if.else': 'Applied otherwise.',
  'Effect: after.effects': 'The effects applied later.',
};

type Table = { title: string; anchor: string; intro?: string; rows: string[][] };

function anchorFor(title: string): string {
  return `field-${title
    .toLowerCase()
    .replace(/\[\]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function canonical(json: Json): string {
  const rest: Json = { ...json };
  delete rest.description;
  delete rest.$schema;
  return JSON.stringify(rest);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function numberRange(json: Json): string {
  const lo = json.minimum ?? json.exclusiveMinimum;
  const hi = json.maximum !== undefined && json.maximum < 1e15 ? json.maximum : undefined;
  const loText = json.exclusiveMinimum !== undefined ? `> ${lo}` : `≥ ${lo}`;
  if (lo !== undefined && hi !== undefined) {
    return json.exclusiveMinimum !== undefined ? ` (${loText}, ≤ ${hi})` : ` (${lo}–${hi})`;
  }
  if (lo !== undefined) return ` (${loText})`;
  if (hi !== undefined) return ` (≤ ${hi})`;
  return '';
}

class Reference {
  private readonly tables: Table[] = [];
  private readonly shared = new Map<string, Table>();
  private readonly seen = new Map<string, Table>();

  constructor(private readonly defs: Record<string, Json>) {}

  /** Registers a reusable part, so that every use links to one table. */
  share(title: string, json: Json, intro: string): void {
    const table: Table = { title, anchor: anchorFor(title), intro, rows: [] };
    this.shared.set(canonical(json), table);
    this.fill(table, json, title);
  }

  render(rootJson: Json, conditionIntro: string, effectIntro: string): string {
    const top: Table = { title: 'Top level', anchor: anchorFor('top level'), rows: [] };
    this.tables.unshift(top);
    this.fill(top, rootJson, '');
    const branchTables = (def: string, noun: string, intro: string): Table[] =>
      (this.defs[def]?.anyOf ?? []).map((branch, i) => {
        const key = Object.keys(branch.properties ?? {})[0] ?? `branch-${i}`;
        const title = `${noun}: ${key}`;
        const table: Table = { title, anchor: anchorFor(title), rows: [] };
        if (i === 0) table.intro = intro;
        this.fill(table, branch, title);
        return table;
      });
    const conditions = branchTables('Condition', 'Condition', conditionIntro);
    const effects = branchTables('Effect', 'Effect', effectIntro);
    const all = [...this.tables, ...conditions, ...effects, ...this.shared.values()];
    // Nested tables were appended while filling; keep them after their parents.
    const ordered = [...new Set(all)];
    return ordered.map(renderTable).join('\n');
  }

  private fill(table: Table, json: Json, path: string): void {
    const required = new Set(json.required ?? []);
    for (const [name, field] of Object.entries(json.properties ?? {})) {
      const fieldPath = path === '' ? name : `${path}.${name}`;
      const isRequired = required.has(name);
      const requiredText = isRequired
        ? 'yes'
        : field.default !== undefined
          ? `no (default ${JSON.stringify(field.default)})`
          : 'no';
      table.rows.push([
        `\`${name}\``,
        this.typeOf(field, fieldPath),
        requiredText,
        this.describe(name, field) || cell(FALLBACK[`${table.title}.${name}`] ?? ''),
      ]);
    }
  }

  private describe(name: string, field: Json): string {
    const inner = field.items ?? field;
    let text = field.description ?? inner.description ?? '';
    const generic = text.startsWith('A kebab-case identifier');
    if (generic && name !== 'id' && REFERENCE_NOUNS[name] !== undefined) {
      text = `Id of ${REFERENCE_NOUNS[name]}.`;
    }
    return cell(text);
  }

  private link(title: string): string {
    return `[${title}](#${anchorFor(title)})`;
  }

  private typeOf(field: Json, path: string): string {
    if (field.$ref !== undefined) {
      const name = field.$ref.replace('#/$defs/', '');
      return name === 'Condition' ? '[condition](#conditions)' : name;
    }
    if (field.anyOf !== undefined) {
      return field.anyOf.map((option) => this.typeOf(option, path)).join(' or ');
    }
    if (field.enum !== undefined) {
      return field.enum.map((v) => `\`${String(v)}\``).join(' or ');
    }
    switch (field.type) {
      case 'string':
        if (field.pattern === ID_PATTERN) return 'id';
        if (field.pattern?.startsWith('^\\d+')) return 'version text, e.g. `1.0.0`';
        if (field.pattern?.startsWith('^[a-z]{2}')) return 'language tag, e.g. `en`';
        return 'text';
      case 'number':
        return `number${numberRange(field)}`;
      case 'integer':
        return `whole number${numberRange(field)}`;
      case 'boolean':
        return '`true` or `false`';
      case 'array': {
        const item = field.items ?? {};
        if (item.$ref === '#/$defs/Effect') return 'list of [effects](#effects)';
        const bounds = [
          field.minItems !== undefined && field.minItems > 0 ? `at least ${field.minItems}` : '',
          field.maxItems !== undefined ? `at most ${field.maxItems}` : '',
        ].filter((b) => b !== '');
        const count = bounds.length > 0 ? ` (${bounds.join(', ')})` : '';
        return `list of ${this.typeOf(item, `${path}[]`)}${count}`;
      }
      case 'object': {
        if (field.properties === undefined) {
          const value =
            typeof field.additionalProperties === 'object'
              ? this.typeOf(field.additionalProperties, path)
              : 'value';
          return `mapping of id → ${value}`;
        }
        const shared = this.shared.get(canonical(field));
        if (shared) return this.link(shared.title);
        const known = this.seen.get(canonical(field));
        if (known) return this.link(known.title);
        const table: Table = { title: path, anchor: anchorFor(path), rows: [] };
        this.seen.set(canonical(field), table);
        this.tables.push(table);
        this.fill(table, field, path);
        return this.link(path);
      }
      default:
        return 'any value';
    }
  }
}

function renderTable(table: Table): string {
  const lines = [`<a id="${table.anchor}"></a>`, '', `### ${table.title}`, ''];
  if (table.intro) lines.push(table.intro, '');
  lines.push('| field | type | required | description |', '| --- | --- | --- | --- |');
  for (const row of table.rows) lines.push(`| ${row.join(' | ')} |`);
  lines.push('');
  return lines.join('\n');
}

/** The generated field reference: one table per kind of object in the format. */
export function fieldReference(): string {
  const json = scenarioJsonSchema();
  const reference = new Reference(json.$defs ?? {});
  reference.share(
    'Citation',
    toJson(CitationSchema),
    'A receipt, used in every `cites:` list. `quote` must be word for word from the source.',
  );
  reference.share(
    'Scale',
    toJson(ScaleSchema),
    'Multiplies an effect (or a probability) by a factor that moves linearly with a meter.',
  );
  const chanceObject = toJson(ChanceSchema).anyOf?.[1];
  if (chanceObject) {
    reference.share(
      'Chance with scale',
      chanceObject,
      'The longer form of `chance:`: a base probability scaled by a meter.',
    );
  }
  const body = reference.render(
    json,
    'A condition is a mapping with exactly one of these keys (see [Conditions](#conditions)).',
    'An effect is a mapping with exactly one of these keys (see [Effects](#effects)).',
  );
  return [
    `_Generated from \`src/data/schema.ts\` by \`npm run schema\` (schema version ${SCHEMA_VERSION}). Do not edit by hand._`,
    '',
    body,
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Files

async function format(text: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** The schema file's expected content. */
export async function renderSchemaFile(): Promise<string> {
  return format(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, SCHEMA_FILE);
}

/** `readme` with the text between the field markers replaced by the current reference. */
export async function renderReadme(readme: string): Promise<string> {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`scenarios/README.md needs the markers ${START_MARKER} and ${END_MARKER}`);
  }
  const updated =
    readme.slice(0, start + START_MARKER.length) + `\n\n${fieldReference()}\n` + readme.slice(end);
  return format(updated, README_FILE);
}

/** Which generated files differ from what the schema produces now. */
export async function staleFiles(): Promise<string[]> {
  const stale: string[] = [];
  const current = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  if (current(SCHEMA_FILE) !== (await renderSchemaFile()))
    stale.push('scenarios/scenario.schema.json');
  const readme = current(README_FILE);
  if (readme === '' || readme !== (await renderReadme(readme))) stale.push('scenarios/README.md');
  return stale;
}

async function main(check: boolean): Promise<number> {
  if (check) {
    const stale = await staleFiles();
    for (const file of stale) console.log(`${file} is out of date: run npm run schema`);
    if (stale.length === 0) console.log('Schema and field reference are up to date.');
    return stale.length === 0 ? 0 : 1;
  }
  writeFileSync(SCHEMA_FILE, await renderSchemaFile());
  writeFileSync(README_FILE, await renderReadme(readFileSync(README_FILE, 'utf8')));
  console.log(
    'Wrote scenarios/scenario.schema.json and the field reference in scenarios/README.md.',
  );
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.includes('--check')).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
