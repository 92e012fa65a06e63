/**
 * The debrief. Its first screen says what happened: the outcome, each government's
 * score against where it started and against what the bots reach, and the turning
 * point (the move that moved the plane most, with its reason). The rest follows in
 * sections, each closed until opened: the path on the plane (drawn by the stage; here as
 * a table), the final meters with the hidden ones revealed, what really happened beside
 * what happened in this game, the month-by-month timeline, the experts' assessments of
 * the moves chosen, questions for discussion and the model's rules that applied. Then
 * the exports (JSON, CSV) and two prints: a summary of a few pages (outcome, scores,
 * turning point, path, questions), or the full record.
 */
import type { Scenario } from '../../data/schema';
import type { AppStore } from '../../store/appStore';
import {
  debriefView,
  type DebriefView,
  type ScoreView,
  type TurningPoint,
} from '../../store/debriefView';
import { button, h } from '../dom';
import { downloadText } from '../download';
import { buildCsv, buildResults, exportFileName } from '../export';
import { language, t } from '../i18n';
import { formatDelta, formatNumber } from '../../words/format';
import { causeText } from '../../words/trace';
import { translate } from '../i18n';
import { gameBar, screen } from '../parts/frame';
import { meterPanel } from '../parts/meters';
import { evidenceCard, receiptList } from '../parts/receipts';
import { printAs } from '../print';
import { reportBody } from './report';
import { roleName } from '../../store/turnViews';

function pathTable(view: DebriefView): HTMLElement {
  const lang = language();
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'path-caption' },
    h(
      'table',
      { class: 'path-table' },
      h(
        'caption',
        { id: 'path-caption' },
        t('debrief.pathCaption', { x: view.plane.xLabel, y: view.plane.yLabel }),
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.col.month')),
          h('th', { scope: 'col' }, view.plane.xLabel),
          h('th', { scope: 'col' }, view.plane.yLabel),
          h('th', { scope: 'col' }, t('debrief.col.region')),
        ),
      ),
      h(
        'tbody',
        {},
        ...view.path.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, p.turn === 0 ? t('debrief.start') : p.label),
            h('td', {}, formatNumber(p.x, lang)),
            h('td', {}, formatNumber(p.y, lang)),
            h('td', {}, p.regionLabel),
          ),
        ),
      ),
    ),
  );
}

function gameSummary(view: DebriefView): HTMLElement {
  return h(
    'ol',
    { class: 'game-summary' },
    ...view.timeline.map((month) =>
      h(
        'li',
        {},
        h('strong', {}, month.turn.label),
        month.moves.length === 0
          ? h('p', {}, t('report.noMoves'))
          : h(
              'ul',
              {},
              ...month.moves.map((m) =>
                h(
                  'li',
                  {},
                  t('report.move', { role: m.roleName, option: m.option.label }),
                  ...m.responses
                    .filter((r) => r.answer)
                    .map(
                      (r) =>
                        ` → ${t('debrief.answered', { role: r.responderName, answer: r.answer!.label })}`,
                    ),
                ),
              ),
            ),
      ),
    ),
  );
}

function timeline(scenario: Scenario, view: DebriefView): HTMLElement[] {
  return view.timeline.map((month, i) =>
    h(
      'details',
      { class: 'timeline-month' },
      h(
        'summary',
        {},
        t('debrief.monthSummary', {
          month: month.turn.label,
          moves: month.moves.length,
          changes: month.changes.length,
        }),
      ),
      h('h3', {}, month.turn.label),
      ...reportBody(scenario, month, `timeline-${i}`, 'h4'),
    ),
  );
}

/** Who played a government: the computer, a named team, a team, or the player. */
function playedBy(view: DebriefView, score: ScoreView): string {
  if (!score.player) return t('debrief.byComputer');
  if (score.team !== undefined) return t('debrief.byTeam', { team: score.team });
  return view.mode === 'teams' ? t('debrief.byATeam') : t('debrief.byYou');
}

/** A government's score: now, at the start, and against the bots' ranges, on a scale. */
function scoreCard(view: DebriefView, score: ScoreView): HTMLElement {
  const lang = language();
  const n = (value: number) => formatNumber(value, lang);
  const { random, best } = score.range;
  // The scale shows 0–100 with the two ranges as bands and the score and start as marks.
  const at = (value: number) => `${Math.max(0, Math.min(100, value))}%`;
  const band = (kind: string, low: number, high: number) =>
    h('span', {
      class: `score-band score-band-${kind}`,
      style: `left:${at(low)};width:${at(high - low)}`,
    });
  const mark = (kind: string, value: number) =>
    h('span', { class: `score-mark score-mark-${kind}`, style: `left:${at(value)}` });
  return h(
    'li',
    { class: 'score-card' },
    h(
      'p',
      { class: 'score-who' },
      h('strong', {}, score.name),
      h('span', { class: 'score-by' }, ` · ${playedBy(view, score)}`),
    ),
    h(
      'p',
      { class: 'score-value' },
      t('debrief.score', { name: score.name, score: n(score.score) }),
    ),
    h('p', { class: 'score-verdict' }, verdict(score)),
    h(
      'p',
      { class: 'score-start' },
      t('debrief.scoreStart', {
        start: n(score.start),
        delta: formatDelta(score.score - score.start, lang),
      }),
    ),
    h(
      'div',
      { class: 'score-scale', 'aria-hidden': 'true' },
      band('random', random.low, random.high),
      band('best', best.low, best.high),
      mark('start', score.start),
      mark('now', score.score),
    ),
    h(
      'p',
      { class: 'score-range' },
      t('debrief.scoreRange', {
        randomLow: n(random.low),
        randomHigh: n(random.high),
        bestLow: n(best.low),
        bestHigh: n(best.high),
      }),
    ),
    h(
      'details',
      { class: 'score-objectives' },
      h('summary', {}, t('debrief.objectives')),
      h('p', { class: 'note' }, score.objectives),
    ),
  );
}

/** What the marks and bands on the score scales stand for (the text says it in words). */
function scaleLegend(): HTMLElement {
  return h(
    'p',
    { class: 'score-legend', 'aria-hidden': 'true' },
    ...(
      [
        ['now', t('debrief.legend.now')],
        ['start', t('debrief.legend.start')],
        ['random', t('debrief.legend.random')],
        ['best', t('debrief.legend.best')],
      ] as const
    ).map(([kind, label]) =>
      h('span', { class: 'legend-item' }, h('span', { class: `swatch swatch-${kind}` }), label),
    ),
  );
}

/** Where the score stands against the ranges, in words. */
function verdict(score: ScoreView): string {
  const { random, best } = score.range;
  if (score.score >= best.low) return t('debrief.verdict.best');
  if (score.score > random.high) return t('debrief.verdict.aboveRandom');
  if (score.score >= random.low) return t('debrief.verdict.random');
  return t('debrief.verdict.belowRandom');
}

/** The turning point: month, move, how it moved the plane, and the scenario's reasons. */
function turningPointCard(view: DebriefView, scenario: Scenario): HTMLElement {
  const point: TurningPoint | undefined = view.turningPoint;
  const lang = language();
  if (!point) return h('p', {}, t('debrief.noTurningPoint'));
  const moved = [
    point.dx !== 0 ? `${view.plane.xLabel} ${formatDelta(point.dx, lang)}` : '',
    point.dy !== 0 ? `${view.plane.yLabel} ${formatDelta(point.dy, lang)}` : '',
  ].filter((m) => m !== '');
  const cause = causeText(translate(), scenario, point.cause);
  return h(
    'div',
    { class: 'turning-point' },
    h(
      'p',
      { class: 'turning-point-what' },
      h('strong', {}, `${point.label}: `),
      t('debrief.turningPointText', {
        cause: cause.charAt(0).toUpperCase() + cause.slice(1),
        moved: moved.join(', '),
      }),
    ),
    ...point.whys.map((why) => h('p', { class: 'turning-point-why' }, why)),
  );
}

/** The final meters, hidden ones included, under the section's own heading. */
function meters(view: DebriefView): HTMLElement {
  const panel = meterPanel(view.meters, 0, t('debrief.meters'), 'debrief-meters');
  panel.querySelector('#debrief-meters')?.remove();
  panel.setAttribute('aria-labelledby', 'meters-heading');
  return panel;
}

/** A section of the debrief after its first screen: closed until opened (or printed). */
function section(
  id: string,
  heading: string,
  summary: boolean,
  ...content: (Node | null)[]
): HTMLElement {
  return h(
    'details',
    {
      class: `part debrief-section part-${id}${summary ? ' in-summary' : ''}`,
      id: `section-${id}`,
    },
    h('summary', {}, h('h2', { id: `${id}-heading`, class: 'section-heading' }, heading)),
    ...content,
  );
}

export function renderDebrief(root: HTMLElement, store: AppStore): HTMLElement {
  const game = store.getState().game!.getState();
  const { scenario, compiled, state, log } = game;
  const teams = game.teamNames;
  const view = debriefView(compiled, state, teams);
  const status = h('p', { class: 'status', role: 'status' });
  // Who played, for the files: the team names given at setup, or what is typed here.
  const nameFields = state.config.humanRoles.map((role) => {
    const id = `export-name-${role}`;
    const input = h('input', {
      id,
      type: 'text',
      autocomplete: 'off',
      maxlength: 60,
      value: view.scores.find((s) => s.role === role)?.team ?? '',
    });
    const label =
      state.config.humanRoles.length === 1
        ? t('debrief.exportName')
        : t('debrief.exportNameFor', { role: roleName(scenario, role) });
    return {
      role,
      input,
      field: h('p', { class: 'field' }, h('label', { for: id }, label), input),
    };
  });
  const download = (kind: 'json' | 'csv') => () => {
    const names: Record<string, string> = {};
    for (const { role, input } of nameFields) {
      const name = input.value.trim();
      if (name !== '') names[role] = name;
    }
    const stamp = { names, date: new Date() };
    const name = exportFileName(scenario, state, kind, stamp);
    if (kind === 'json') {
      downloadText(
        name,
        `${JSON.stringify(buildResults(compiled, state, log, stamp), null, 2)}\n`,
        'application/json',
      );
    } else {
      downloadText(name, buildCsv(compiled, state, stamp), 'text/csv');
    }
    status.textContent = t('debrief.exported', { file: name });
  };
  return screen(
    root,
    {
      id: 'debrief',
      heading: t('debrief.heading', { title: view.scenarioTitle }),
      bar: gameBar(store),
    },
    h(
      'div',
      { class: 'debrief-first' },
      h(
        'section',
        { class: 'debrief-card debrief-outcome', 'aria-labelledby': 'outcome-heading' },
        h('h2', { id: 'outcome-heading' }, t('debrief.outcome')),
        h('p', { class: 'outcome' }, t('debrief.outcomeText', { label: view.outcome.label })),
        h('p', {}, view.outcome.text),
        view.outcome.receipts.length > 0
          ? h(
              'details',
              { class: 'outcome-sources' },
              h('summary', {}, t('debrief.outcomeSources')),
              receiptList(view.outcome.receipts),
            )
          : null,
      ),
      h(
        'section',
        { class: 'debrief-card debrief-scores', 'aria-labelledby': 'scores-heading' },
        h('h2', { id: 'scores-heading' }, t('debrief.scores')),
        h('ul', { class: 'scores' }, ...view.scores.map((s) => scoreCard(view, s))),
        scaleLegend(),
        h('p', { class: 'note' }, t('debrief.rangeNote')),
      ),
      h(
        'section',
        { class: 'debrief-card debrief-turning', 'aria-labelledby': 'turning-heading' },
        h('h2', { id: 'turning-heading' }, t('debrief.turningPoint')),
        turningPointCard(view, scenario),
      ),
    ),
    h('h2', { class: 'debrief-more' }, t('debrief.more')),
    section('path', t('debrief.path'), true, h('p', {}, t('debrief.pathIntro')), pathTable(view)),
    section('meters', t('debrief.meters'), false, meters(view)),
    section(
      'record',
      t('debrief.record'),
      false,
      h(
        'div',
        { class: 'two-columns' },
        h(
          'div',
          {},
          h('h3', {}, t('debrief.reality')),
          h(
            'ul',
            { class: 'record' },
            ...view.record.map((r) =>
              h(
                'li',
                {},
                r.date ? h('strong', {}, `${r.date}: `) : null,
                r.text,
                receiptList(r.receipts),
              ),
            ),
          ),
        ),
        h('div', {}, h('h3', {}, t('debrief.thisGame')), gameSummary(view)),
      ),
    ),
    section(
      'timeline',
      t('debrief.timeline'),
      false,
      h('p', { class: 'no-print' }, t('debrief.timelineHint')),
      ...timeline(scenario, view),
    ),
    section(
      'assessments',
      t('debrief.assessments'),
      false,
      view.assessments.length === 0 ? h('p', {}, t('debrief.noAssessments')) : null,
      ...view.assessments.map((a) =>
        h(
          'div',
          { class: 'assessment' },
          h('p', { class: 'note' }, t('debrief.assessmentFor', { options: a.options.join(', ') })),
          evidenceCard(a.evidence, 'h3'),
        ),
      ),
    ),
    section(
      'questions',
      t('debrief.questions'),
      true,
      h('ol', { class: 'questions' }, ...view.questions.map((q) => h('li', {}, q))),
    ),
    section(
      'notes',
      t('debrief.notes'),
      false,
      view.modelNotes.length === 0 ? h('p', {}, t('debrief.noNotes')) : null,
      h(
        'dl',
        { class: 'model-notes' },
        ...view.modelNotes.flatMap((n) => [
          h('dt', {}, n.title),
          h(
            'dd',
            {},
            h('p', {}, n.text),
            h('p', { class: 'note' }, t('debrief.noteAbout', { list: n.about.join(', ') })),
          ),
        ]),
      ),
    ),
    h(
      'section',
      { class: 'part part-export no-print', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading' }, t('debrief.export')),
      h('p', {}, t('debrief.exportIntro')),
      ...nameFields.map((f) => f.field),
      h(
        'div',
        { class: 'actions' },
        button(t('debrief.print'), () => printAs(root, 'summary')),
        button(t('debrief.printFull'), () => printAs(root, 'full')),
        button(t('debrief.exportJson'), download('json')),
        button(t('debrief.exportCsv'), download('csv')),
        button(t('debrief.again'), () => store.getState().go('scenarios'), { class: 'primary' }),
      ),
      status,
    ),
  );
}
