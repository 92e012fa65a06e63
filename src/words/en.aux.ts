/**
 * Messages of the auxiliary screens (how to play, settings, glossary, evidence library).
 * Spread into the English catalog by en.ts.
 */
export const enAux = {
  'aux.back': 'Back',
  'aux.noScenario': 'No scenario is loaded yet, so there is nothing to show here.',

  'howto.heading': 'How to play',
  'howto.intro':
    'You advise one government through a crisis, one month per turn. Nothing is secret arithmetic: after every turn the report shows what changed and why, with the sources behind it.',
  'howto.loop.heading': 'Each turn',
  'howto.loop.briefing':
    'Briefing: your goals, the situation, and the month’s events, each with its source and, where a source has them, the exact words (open a card for more).',
  'howto.loop.decide':
    'Decide: pick your government’s moves. Each option shows its cost and tags; open it for what it requires and what your advisors argue for and against it. Exact effects are not shown: uncertainty is part of the lesson.',
  'howto.loop.respond':
    'Respond: see the other governments’ moves and answer them — accept, accept with conditions, protest, reject or retaliate.',
  'howto.loop.resolve':
    'Resolve: the rules apply the moves, the answers, consequences delayed from earlier turns, and chance.',
  'howto.loop.report':
    'Report: the month in three lines first — the changes that mattered most, with their reasons; every change, with the rule that caused it and its receipts, one click away.',
  'howto.loop.debrief':
    'After the last month, the debrief opens with the outcome, each government’s score against its start and against what computer play reaches, and the turning point; then your path, a timeline of every government’s moves, what really happened, expert assessments and questions for discussion.',
  'howto.modes.heading': 'Modes',
  'howto.modes.solo':
    'Solo: you advise one government; the computer plays the others by the scenario’s response rules, drawn from what the sources report.',
  'howto.modes.teams':
    'Teams on one device, one per government: each team has one private visit a month, behind a “pass the device” screen — it answers the latest moves, then makes its own. The report reveals every team’s moves; the device changes hands at most twice a month with two teams.',
  'howto.modes.debate':
    'Debate prep: the evidence library gathers the arguments for and against every option, with their words and sources, and prints as a brief.',
  'howto.meters.heading': 'Meters and scoring',
  'howto.meters.intro':
    'Two primary meters, usually from 0 to 100, form the plane on which the game ends; other meters move with them and feed the rules. Some meters stay hidden until the debrief, and the game says so.',
  'howto.meters.score':
    'The ending is the named region of the plane where the game finishes. Your own score, from 0 to 100, measures how well you served your government’s objectives. Both are shown.',
  'howto.meters.scenario': 'The meters of “{title}”',
  'howto.meters.primary': 'primary meter',
  'howto.meters.hidden': 'hidden until the debrief',
  'howto.labels.heading': 'What the labels mean',
  'howto.label.hypothetical.text':
    'Not in the record: a turn past the dated events, or a move no source reports. The game plays it out, but it did not happen.',
  'howto.label.disputed.text':
    'The sources disagree or a claim is doubtful. The game shows what each side says instead of choosing one silently.',
  'howto.label.assumption.text':
    'No source reports this answer or rule; it is the scenario’s best guess, and its reasoning can be read in the game.',
  'howto.label.undated.text': 'The sources give no date, so the event is placed where it fits.',
  'howto.label.composite.text':
    'An advisor who is not a real person; their arguments cite real sources.',
  'howto.label.quote': 'Quotation',
  'howto.label.quote.text':
    'Words in quotation marks are verbatim from a source, with the speaker and the source named. A paraphrase is never put in quotation marks.',
  'howto.keys.heading': 'Playing by keyboard',
  'howto.keys.tab': 'Tab and Shift+Tab move between controls.',
  'howto.keys.activate': 'Enter or Space presses the focused button.',
  'howto.keys.arrows': 'Arrow keys move within a group of choices or a list.',
  'howto.keys.headings':
    'Each screen starts with a heading, and focus moves to it when the screen changes; results are announced to screen readers.',
  'howto.keys.zoom': 'Browser zoom and the text size setting enlarge everything.',

  'settings.heading': 'Settings',
  'settings.note': 'Settings are kept in this browser on this device.',
  'settings.textSize': 'Text size',
  'settings.textSize.option': '{percent}%',
  'settings.motion': 'Motion',
  'settings.reducedMotion': 'Reduce motion: still meters and no transitions',
  'settings.reducedMotion.system': 'This device asks for reduced motion.',
  'settings.language': 'Language',
  'settings.saved': 'Settings saved.',

  'glossary.heading': 'Glossary',
  'glossary.search': 'Search the glossary',
  'glossary.count': '{shown} of {total} terms shown',
  'glossary.none': 'No term matches “{query}”.',
  'glossary.empty': 'This scenario has no glossary.',

  'evidence.heading': 'Evidence library',
  'evidence.intro':
    'Every evidence card in the scenario: who said what about each option, with the words and the source. Filter by side, option and speaker, and print the selection as a brief.',
  'evidence.filters': 'Filter the cards',
  'evidence.filter.side': 'Side',
  'evidence.filter.option': 'Option',
  'evidence.filter.speaker': 'Speaker',
  'evidence.filter.all': 'All',
  'evidence.filter.reset': 'Clear filters',
  'evidence.print': 'Print brief',
  'evidence.cards.heading': 'Evidence cards',
  'evidence.count': '{shown} of {total} cards shown',
  'evidence.selection': 'Side: {side}. Option: {option}. Speaker: {speaker}.',
  'evidence.none': 'No card matches these filters.',
  'evidence.empty': 'This scenario has no evidence cards.',
  'evidence.bearsOn': 'Bears on',
  'evidence.for': 'For',
  'evidence.against': 'Against',
  'evidence.stance': '{stance}: {option} ({role})',
  'evidence.general': 'General background (no single option)',
  'evidence.disputes.heading': 'Disputed points',
  'evidence.disputes.intro':
    'Where the sources disagree or a claim is doubtful, the game says so instead of choosing.',
  'evidence.disputes.about': 'Bears on:',
  'evidence.disputes.empty': 'This scenario lists no disputed points.',
  'evidence.allSources': 'All the sources',

  'sources.heading': 'Sources',
  'sources.intro':
    'The articles this scenario is built from, with what is known of each. In the game’s text each is named by its short name.',
  'sources.short': 'Cited in the text as',
  'sources.outlet': 'Outlet',
  'sources.date': 'Date',
  'sources.unknown': 'Not given in the article',
  'sources.cited': 'Cited',
  'sources.citedCount': { one: 'Once in the scenario', other: '{count} times in the scenario' },
  'sources.file': 'Read from the file',
} as const;
