/**
 * What the build runs over each shipped scenario: the loader with the options of
 * `npm run validate` (quotations checked against the sources when they are at hand), and
 * the validator's way of printing a problem. The Vite plugin (`vite-scenarios.ts`) loads
 * this module through Vite's module runner, so that the config imports no TypeScript
 * sources itself.
 */
import { shippedLoadOptions } from '../src/cli/validate';
import { formatProblem, type Problem } from '../src/data';
import { checkScenarioFile, type CompiledFile } from '../src/store/scenarioFile';

export function compileShipped(text: string, fileName: string): CompiledFile {
  return checkScenarioFile(text, fileName, shippedLoadOptions());
}

/** The message a build fails with: a count, then each problem as the validator prints it. */
export function buildFailure(problems: readonly Problem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `the shipped scenarios have ${count}:\n${problems.map(formatProblem).join('\n')}`;
}
