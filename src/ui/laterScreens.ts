/**
 * Every screen but the title and the save-problem screen: choosing a scenario and setting
 * up a game, the game's own screens, the aids (how to play, settings, glossary, evidence,
 * sources). They load apart from the first screen (`loadLaterScreens` in app.ts), while
 * it is idle or when first needed.
 */
export { renderBriefing } from './screens/briefing';
export { renderDebrief } from './screens/debrief';
export { renderDecide } from './screens/decide';
export { renderEvidence } from './screens/evidence';
export { renderGlossary } from './screens/glossary';
export { renderHowToPlay } from './screens/howToPlay';
export { renderPass } from './screens/pass';
export { renderReport } from './screens/report';
export { renderScenarios } from './screens/scenarios';
export { renderSettings } from './screens/settings';
export { renderSetup } from './screens/setup';
export { renderRespond } from './screens/respond';
export { renderSources } from './screens/sources';
