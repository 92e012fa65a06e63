/**
 * Receipts on screen: quotations as quotations (with speaker and source), source lines,
 * evidence cards, disputes, and the labels that mark hypothetical, undated, disputed
 * or assumed content. Text only ever enters through text nodes.
 */
import { quotation, SOURCE_LANGUAGE } from './quote';
import type {
  DisputeView,
  EventView,
  EvidenceView,
  Receipt,
  StatementView,
} from '../../store/receipts';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { tagIcon } from '../../words/format';
import { idLabel } from '../i18n/scenarioText';

/** A visible label in words (never colour alone), with a symbol for quick scanning. */
export type BadgeKind =
  'hypothetical' | 'undated' | 'assumption' | 'composite' | 'disputed' | 'hidden' | 'paraphrase';

export function badge(kind: BadgeKind): HTMLElement {
  const icons: Record<BadgeKind, string> = {
    hypothetical: '?',
    undated: '◷',
    assumption: '≈',
    composite: '⚇',
    disputed: '⚠',
    hidden: '◌',
    paraphrase: '~',
  };
  const keys: Record<BadgeKind, MessageKey> = {
    hypothetical: 'label.hypothetical',
    undated: 'label.undated',
    assumption: 'label.assumption',
    composite: 'label.composite',
    disputed: 'label.disputed',
    hidden: 'label.hidden',
    paraphrase: 'label.paraphrase',
  };
  return h(
    'span',
    { class: `badge badge-${kind}` },
    h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, icons[kind]),
    ' ',
    t(keys[kind]),
  );
}

/** A label in one word for compact cards; the full words in its tooltip and in the card's details. */
export function shortBadge(kind: 'hypothetical'): HTMLElement {
  const keys = { hypothetical: 'label.hypotheticalShort' } as const;
  const full = { hypothetical: 'label.hypothetical' } as const;
  return h(
    'span',
    { class: `badge badge-${kind}`, title: t(full[kind]) },
    h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, '?'),
    ' ',
    t(keys[kind]),
  );
}

/** The tags of an option, each as symbol and word. */
export function tagList(tags: readonly string[]): HTMLElement | null {
  if (tags.length === 0) return null;
  return h(
    'ul',
    { class: 'tags', 'aria-label': t('tags.label') },
    ...tags.map((tag) =>
      h(
        'li',
        { class: 'tag' },
        h('span', { class: 'tag-icon', 'aria-hidden': 'true' }, tagIcon(tag)),
        ' ',
        idLabel('tag', tag),
      ),
    ),
  );
}

/** "Headline", Outlet, date — the headline as a <cite>. */
export function sourceLine(receipt: Pick<Receipt, 'headline' | 'outlet' | 'date'>): HTMLElement {
  const details = [receipt.outlet, receipt.date].filter((d): d is string => !!d);
  return h(
    'span',
    // A source's headline and outlet are its own words, in its language.
    { class: 'source', lang: SOURCE_LANGUAGE },
    h('cite', {}, receipt.headline),
    details.length > 0 ? `, ${details.join(', ')}` : '',
  );
}

/** A quotation: the words in a blockquote, then who said them and where it was reported. */
export function quoteBlock(
  quote: string,
  speaker: string | undefined,
  source: Pick<Receipt, 'headline' | 'outlet' | 'date'> | undefined,
): HTMLElement {
  return h(
    'figure',
    { class: 'quote' },
    ...quotation(quote),
    h(
      'figcaption',
      {},
      '— ',
      speaker ?? null,
      speaker && source ? ', ' : null,
      source ? sourceLine(source) : null,
    ),
  );
}

function receiptItem(receipt: Receipt): HTMLElement {
  return h(
    'li',
    {},
    receipt.quote
      ? quoteBlock(receipt.quote, receipt.speaker, receipt)
      : h('span', {}, t('receipt.source'), ' ', sourceLine(receipt)),
    receipt.note ? h('span', { class: 'receipt-note' }, ` (${receipt.note})`) : null,
  );
}

/** A list of receipts under a small "Sources" label, or nothing when there are none. */
export function receiptList(receipts: readonly Receipt[]): HTMLElement | null {
  if (receipts.length === 0) return null;
  return h(
    'div',
    { class: 'receipts' },
    h('p', { class: 'receipts-label' }, t('receipt.sources')),
    h('ul', {}, ...receipts.map(receiptItem)),
  );
}

/** What a government said: the plain description, then the quote with its receipt. */
export function statementBlock(statement: StatementView, assumption: boolean): HTMLElement {
  return h(
    'div',
    { class: 'statement' },
    h('p', {}, statement.text),
    statement.quote ? quoteBlock(statement.quote, statement.speaker, statement.receipt) : null,
    !statement.quote && statement.receipt
      ? h('p', { class: 'receipt-line' }, t('receipt.source'), ' ', sourceLine(statement.receipt))
      : null,
    assumption ? h('p', {}, badge('assumption')) : null,
  );
}

/** An evidence card: the quote (or paraphrase, marked as such), speaker and source. */
export function evidenceCard(
  card: EvidenceView,
  headingLevel: 'h3' | 'h4' | 'h5' = 'h4',
): HTMLElement {
  const who = card.affiliation ? `${card.speaker} (${card.affiliation})` : card.speaker;
  return h(
    'article',
    { class: 'evidence-card' },
    h(
      headingLevel,
      { class: 'visually-hidden' },
      t('receipt.evidenceBy', { speaker: card.speaker }),
    ),
    card.quote
      ? quoteBlock(card.quote, who, card.receipt)
      : h(
          'div',
          { class: 'paraphrase' },
          h('p', {}, badge('paraphrase')),
          h('p', {}, card.paraphrase ?? ''),
          h('p', { class: 'receipt-line' }, `— ${who}, `, sourceLine(card.receipt)),
        ),
    card.context
      ? h('p', { class: 'context' }, t('receipt.context', { context: card.context }))
      : null,
    card.disputed ? h('p', { class: 'disputed' }, badge('disputed'), ' ', card.disputed) : null,
  );
}

export function disputeBlock(dispute: DisputeView): HTMLElement {
  return h(
    'aside',
    { class: 'dispute', 'aria-label': t('dispute.label', { title: dispute.title }) },
    h('p', { class: 'dispute-title' }, badge('disputed'), ' ', dispute.title),
    h('p', {}, dispute.text),
    receiptList(dispute.receipts),
  );
}

/** An event card: title, date or undated label, hypothetical label, text and receipts. */
export function eventCard(
  event: EventView,
  extra: Node | null = null,
  headingLevel: 'h3' | 'h4' | 'h5' = 'h3',
): HTMLElement {
  return h(
    'article',
    { class: 'card event-card' },
    h(headingLevel, {}, event.title),
    h(
      'p',
      { class: 'card-labels' },
      event.dated ? h('span', { class: 'dated' }, t('label.dated', { date: event.dated })) : null,
      event.undated ? badge('undated') : null,
      event.hypothetical ? ' ' : null,
      event.hypothetical ? badge('hypothetical') : null,
    ),
    h('p', {}, event.text),
    receiptList(event.receipts),
    ...event.disputes.map(disputeBlock),
    extra,
  );
}

/**
 * The first `count` sentences of a text as written (a sentence ends at . ! or ? before a
 * space and a capital or an opening quote), cut after `maxWords` words, and whether
 * anything was left for later.
 */
export function firstSentences(
  text: string,
  count: number,
  maxWords = Infinity,
): { lead: string; more: boolean } {
  const sentences = text.trim().split(/(?<=[.!?][”’"]?)\s+(?=[A-Z“"‘(])/u);
  const lead = sentences.slice(0, count).join(' ');
  const words = lead.split(/\s+/);
  // A sentence too long for a card is cut at a word, marked so; the whole text is a click away.
  if (words.length > maxWords)
    return { lead: `${words.slice(0, maxWords).join(' ')}…`, more: true };
  return { lead, more: sentences.length > count };
}

/** The most words of an event's text on its compact card. */
const LEAD_WORDS = 20;

/**
 * An event as a compact card: its title and first sentence; the rest of its text, its
 * date, its sources, quotes and disputes, and `extra` behind one disclosure.
 */
export function eventBrief(
  event: EventView,
  extra: Node | null = null,
  headingLevel: 'h3' | 'h4' = 'h3',
): HTMLElement {
  const { lead } = firstSentences(event.text, 1, LEAD_WORDS);
  return h(
    'article',
    { class: 'card event-card event-brief' },
    h(
      headingLevel,
      {},
      event.title,
      event.hypothetical ? ' ' : null,
      event.hypothetical ? badge('hypothetical') : null,
    ),
    h('p', {}, lead),
    h(
      'details',
      { class: 'more' },
      h('summary', { 'aria-label': t('more.about', { title: event.title }) }, t('more.event')),
      h(
        'p',
        { class: 'card-labels' },
        event.dated ? h('span', { class: 'dated' }, t('label.dated', { date: event.dated })) : null,
        event.undated ? badge('undated') : null,
      ),
      h('p', {}, event.text),
      receiptList(event.receipts),
      ...event.disputes.map(disputeBlock),
      extra,
    ),
  );
}
