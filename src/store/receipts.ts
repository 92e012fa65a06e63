/**
 * View models of the scenario's receipts: citations, statements, evidence cards, events,
 * disputes. They resolve ids to the sources' headlines and outlets, so the UI renders
 * text without looking anything up. Plain data; no UI strings are made here.
 */
import type {
  Citation,
  EvidenceCard,
  Scenario,
  ScenarioEvent,
  Source,
  Statement,
} from '../data/schema';

export type Receipt = {
  sourceId: string;
  headline: string;
  outlet?: string;
  date?: string;
  /** Reliability note on the source, from the scenario. */
  sourceNote?: string;
  quote?: string;
  speaker?: string;
  /** Where in the source, or what it supports. */
  note?: string;
};

export type StatementView = {
  text: string;
  quote?: string;
  speaker?: string;
  receipt?: Receipt;
};

export type EvidenceView = {
  id: string;
  speaker: string;
  affiliation?: string;
  quote?: string;
  paraphrase?: string;
  context?: string;
  disputed?: string;
  receipt: Receipt;
  bearsOn: { option: string; optionLabel: string; stance: 'for' | 'against' }[];
};

export type DisputeView = { id: string; title: string; text: string; receipts: Receipt[] };

export type EventView = {
  id: string;
  title: string;
  text: string;
  dated?: string;
  undated: boolean;
  hypothetical: boolean;
  receipts: Receipt[];
  disputes: DisputeView[];
};

function sourceOf(scenario: Scenario, id: string): Source | undefined {
  return scenario.meta.sources.find((s) => s.id === id);
}

/** A source's details; an unknown id (impossible after validation) shows the id itself. */
function sourceFields(scenario: Scenario, id: string): Receipt {
  const source = sourceOf(scenario, id);
  return {
    sourceId: id,
    headline: source?.headline ?? id,
    ...(source?.outlet !== undefined ? { outlet: source.outlet } : {}),
    ...(source?.date !== undefined ? { date: source.date } : {}),
    ...(source?.note !== undefined ? { sourceNote: source.note } : {}),
  };
}

export function receiptOf(scenario: Scenario, citation: Citation): Receipt {
  return {
    ...sourceFields(scenario, citation.source),
    ...(citation.quote !== undefined ? { quote: citation.quote } : {}),
    ...(citation.speaker !== undefined ? { speaker: citation.speaker } : {}),
    ...(citation.note !== undefined ? { note: citation.note } : {}),
  };
}

export function receiptsOf(scenario: Scenario, cites: readonly Citation[]): Receipt[] {
  return cites.map((c) => receiptOf(scenario, c));
}

export function statementView(scenario: Scenario, statement: Statement): StatementView {
  return {
    text: statement.text,
    ...(statement.quote !== undefined ? { quote: statement.quote } : {}),
    ...(statement.speaker !== undefined ? { speaker: statement.speaker } : {}),
    ...(statement.source !== undefined
      ? { receipt: sourceFields(scenario, statement.source) }
      : {}),
  };
}

export function optionLabel(scenario: Scenario, id: string): string {
  return scenario.options.find((o) => o.id === id)?.label ?? id;
}

export function evidenceView(scenario: Scenario, card: EvidenceCard): EvidenceView {
  return {
    id: card.id,
    speaker: card.speaker,
    ...(card.affiliation !== undefined ? { affiliation: card.affiliation } : {}),
    ...(card.quote !== undefined ? { quote: card.quote } : {}),
    ...(card.paraphrase !== undefined ? { paraphrase: card.paraphrase } : {}),
    ...(card.context !== undefined ? { context: card.context } : {}),
    ...(card.disputed !== undefined ? { disputed: card.disputed } : {}),
    receipt: sourceFields(scenario, card.source),
    bearsOn: card.bearsOn.map((b) => ({ ...b, optionLabel: optionLabel(scenario, b.option) })),
  };
}

export function evidenceById(scenario: Scenario, id: string): EvidenceView | undefined {
  const card = scenario.evidence.find((e) => e.id === id);
  return card ? evidenceView(scenario, card) : undefined;
}

/** The disputes that bear on any of `ids` (options, events or evidence). */
export function disputesAbout(scenario: Scenario, ids: readonly string[]): DisputeView[] {
  return scenario.disputes
    .filter((d) => d.about.some((id) => ids.includes(id)))
    .map((d) => ({
      id: d.id,
      title: d.title,
      text: d.text,
      receipts: receiptsOf(scenario, d.cites),
    }));
}

export function eventView(scenario: Scenario, event: ScenarioEvent): EventView {
  return {
    id: event.id,
    title: event.title,
    text: event.text,
    ...(event.dated !== undefined ? { dated: event.dated } : {}),
    undated: event.undated,
    hypothetical: event.hypothetical,
    receipts: receiptsOf(scenario, event.cites),
    disputes: disputesAbout(scenario, [event.id]),
  };
}

export function eventsById(scenario: Scenario, ids: readonly string[]): EventView[] {
  return ids.flatMap((id) => {
    const event = scenario.events.find((e) => e.id === id);
    return event ? [eventView(scenario, event)] : [];
  });
}
