/**
 * The screens no one sees before a game or a scenario's content is opened: the game's
 * own screens, the glossary and the evidence library. They load apart from the first
 * screen (`loadLaterScreens` in app.ts), while it is idle or when first needed.
 */
export { renderBriefing } from './screens/briefing';
export { renderDebrief } from './screens/debrief';
export { renderDecide } from './screens/decide';
export { renderEvidence } from './screens/evidence';
export { renderGlossary } from './screens/glossary';
export { renderPass } from './screens/pass';
export { renderReport } from './screens/report';
export { renderRespond } from './screens/respond';
export { renderSources } from './screens/sources';
