/**
 * The scenario files shipped with the game, compiled when the game is built
 * (`scripts/vite-scenarios.ts`): a list entry each, and a loader for the whole scenario,
 * which is fetched only when it is needed.
 */
import compiled from 'virtual:bilateral/scenarios';
import type { BundledScenario } from '../store/scenarios';

export const bundledScenarios: readonly BundledScenario[] = compiled;
