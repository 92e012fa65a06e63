/**
 * The scenario files shipped with the game, bundled as text at build time and loaded
 * (parsed and validated) at start, exactly as `npm run validate` reads them.
 */
import type { ScenarioText } from '../store/scenarios';

const files = import.meta.glob<string>('../../scenarios/*/scenario.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each file with the repository-relative name problems are reported against. */
export const bundledScenarios: ScenarioText[] = Object.entries(files).map(([path, text]) => ({
  fileName: path.replace(/^(\.\.\/)+/, ''),
  text,
}));
