/**
 * The shipped scenario as the build compiles it, with its Spanish translation as the build
 * compiles that: for the tests of a scenario shown in another language.
 */
import { readFileSync } from 'node:fs';
import { compileTranslation } from '../../scripts/compileShipped';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import { scenarioFromJson } from '../../src/store/scenarioJson';

export const SHIPPED_DIR = 'scenarios/cartel-strikes-2025';

const file = checkScenarioFile(
  readFileSync(`${SHIPPED_DIR}/scenario.yaml`, 'utf8'),
  'scenario.yaml',
);
if (!file.ok) throw new Error('the shipped scenario does not load');
export const compiled = file;
export const scenario = scenarioFromJson(compiled);
export const translation = compileTranslation(
  readFileSync(`${SHIPPED_DIR}/scenario.es.yaml`, 'utf8'),
  `${SHIPPED_DIR}/scenario.es.yaml`,
  compiled,
);
