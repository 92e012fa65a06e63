/**
 * The debrief: the outcome and the scores, the path on the plane (drawn by the stage;
 * here as a table), the final meters with the hidden ones revealed, what really happened
 * beside what happened in this game, the month-by-month timeline, the experts'
 * assessments of the moves chosen, questions for discussion, the model's rules that
 * applied, and the exports (JSON, CSV, print).
 */
import type { Scenario } from '../../data/schema';
import type { AppStore } from '../../store/appStore';
import { debriefView, type DebriefView } from '../../store/debriefView';
import { button, h } from '../dom';
import { downloadText } from '../download';
import { buildCsv, buildResults, exportFileName } from '../export';
import { language, t } from '../i18n';
import { formatNumber } from '../../words/format';
import { gameBar, part, screen } from '../parts/frame';
import { meterPanel } from '../parts/meters';
import { evidenceCard, receiptList } from '../parts/receipts';
import { reportBody } from './report';

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

export function renderDebrief(root: HTMLElement, store: AppStore): HTMLElement {
  const game = store.getState().game!.getState();
  const { scenario, compiled, state, log } = game;
  const view = debriefView(compiled, state);
  const status = h('p', { class: 'status', role: 'status' });
  const download = (kind: 'json' | 'csv') => () => {
    const name = exportFileName(scenario, state, kind);
    if (kind === 'json') {
      downloadText(
        name,
        `${JSON.stringify(buildResults(compiled, state, log), null, 2)}\n`,
        'application/json',
      );
    } else {
      downloadText(name, buildCsv(compiled, state), 'text/csv');
    }
    status.textContent = t('debrief.exported', { file: name });
  };
  // app.ts opens every collapsed part before printing.
  const printDebrief = () => window.print();
  return screen(
    root,
    {
      id: 'debrief',
      heading: t('debrief.heading', { title: view.scenarioTitle }),
      bar: gameBar(store),
    },
    part(
      'outcome',
      t('debrief.outcome'),
      h('p', { class: 'outcome' }, t('debrief.outcomeText', { label: view.outcome.label })),
      h('p', {}, view.outcome.text),
      receiptList(view.outcome.receipts),
      h('h3', {}, t('debrief.scores')),
      h(
        'ul',
        { class: 'scores' },
        ...view.scores.map((s) =>
          h(
            'li',
            {},
            h(
              'strong',
              {},
              t('debrief.score', { name: s.name, score: formatNumber(s.score, language()) }),
            ),
            s.player ? ` ${t('debrief.player')}` : ` ${t('debrief.computer')}`,
            h('br', {}),
            h('span', { class: 'note' }, s.objectives),
          ),
        ),
      ),
    ),
    part('path', t('debrief.path'), h('p', {}, t('debrief.pathIntro')), pathTable(view)),
    meterPanel(view.meters, 0, t('debrief.meters'), 'debrief-meters'),
    part(
      'record',
      t('debrief.record'),
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
    part(
      'timeline',
      t('debrief.timeline'),
      h('p', { class: 'no-print' }, t('debrief.timelineHint')),
      ...timeline(scenario, view),
    ),
    part(
      'assessments',
      t('debrief.assessments'),
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
    part(
      'questions',
      t('debrief.questions'),
      h('ol', { class: 'questions' }, ...view.questions.map((q) => h('li', {}, q))),
    ),
    part(
      'notes',
      t('debrief.notes'),
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
      h(
        'div',
        { class: 'actions' },
        button(t('debrief.exportJson'), download('json')),
        button(t('debrief.exportCsv'), download('csv')),
        button(t('debrief.print'), printDebrief),
        button(t('debrief.again'), () => store.getState().go('scenarios'), { class: 'primary' }),
      ),
      status,
    ),
  );
}
