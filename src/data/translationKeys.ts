/**
 * Which texts of a scenario a translation gives, and the key each is known by: the one
 * place that defines both, for the translation file's check (`loadTranslation.ts`), the
 * command that writes its skeleton (`npm run translation`), the build that compiles it
 * and the game that shows it (`src/store/scenarioText.ts`). It imports nothing, so the
 * page can use it without the YAML parser or the schema.
 *
 * A text is a string held by a field named in TEXT_FIELDS (or an item of a list held by
 * one, such as `debrief.questions`), anywhere in the scenario. Its key is its path, the
 * steps joined by dots: a field by its name, a list item that has an `id` by that id and
 * any other list item by its index (from 0). So the `why` of an option's first effect is
 * `options.talks-framework.effects.0.why`, and the title `meta.title`. A `date` is text
 * only when it is not a date in ISO form (`2025-03`); `dated` (words such as "early
 * March 2025") always is.
 */

/** The fields whose text a translation gives. */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'headline',
  'note',
  'label',
  'description',
  'name',
  'adviser',
  'leader',
  'briefing',
  'constraints',
  'text',
  'status',
  'why',
  'quote',
  'speaker',
  'requiresText',
  'dated',
  'affiliation',
  'context',
  'disputed',
  'paraphrase',
  'view',
  'term',
  'definition',
  'questions',
  'question',
  'short',
  'date',
] as const;

/** The field of a quotation: its text stays in the original, its translation beside it. */
export const QUOTE_FIELD = 'quote';

/** A language as scenarios name it: `es`, `en`, `pt-BR`. */
export const LANGUAGE_TAG = /^[a-z]{2}(-[A-Z]{2})?$/;

const TEXT = new Set<string>(TEXT_FIELDS);
const ISO_DATE = /^\d{4}(-\d{2}){0,2}$/;

/** Whether the string `text`, held by the field `field`, is one a translation gives. */
export function isTranslatable(field: string, text: string): boolean {
  return TEXT.has(field) && !(field === 'date' && ISO_DATE.test(text));
}

/** One text met by `rewriteTexts`. */
export type TextSite = {
  /** Its key in a translation file. */
  key: string;
  /** The field that holds it (for a list of texts, the field that holds the list). */
  field: string;
  text: string;
  /** The object or list being built that will hold what the rewrite returns. */
  holder: object;
};

const stepOf = (item: unknown, index: number): string => {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof item === 'object' && item !== null && typeof id === 'string' ? id : String(index);
};

/**
 * A copy of `value` (plain data: objects, lists, strings, numbers) in which every text a
 * translation gives is replaced by what `rewrite` returns for it; everything else is
 * shared with `value`. Texts are met in the order of the file.
 */
export function rewriteTexts<T>(value: T, rewrite: (site: TextSite) => string): T {
  const copy = (node: unknown, key: string, field: string): unknown => {
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      node.forEach((item, i) => {
        const step = stepOf(item, i);
        const itemKey = key === '' ? step : `${key}.${step}`;
        out.push(
          typeof item === 'string'
            ? isTranslatable(field, item)
              ? rewrite({ key: itemKey, field, text: item, holder: out })
              : item
            : copy(item, itemKey, field),
        );
      });
      return out;
    }
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(node)) {
      const childKey = key === '' ? name : `${key}.${name}`;
      out[name] =
        typeof child === 'string'
          ? isTranslatable(name, child)
            ? rewrite({ key: childKey, field: name, text: child, holder: out })
            : child
          : copy(child, childKey, name);
    }
    return out;
  };
  return copy(value, '', '') as T;
}

/** Every text of `scenario` a translation gives, by key, in the order of the file. */
export function textEntries(scenario: unknown): Map<string, string> {
  const entries = new Map<string, string>();
  rewriteTexts(scenario, ({ key, text }) => {
    entries.set(key, text);
    return text;
  });
  return entries;
}
