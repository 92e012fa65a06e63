/**
 * Finds and loads a scenario for the command-line tools: an id (scenarios/<id>/scenario.yaml)
 * or a path to a YAML file. A scenario with problems is reported as the validator would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadScenario, type Scenario } from '../data';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The file a `--scenario` argument names: a path if it looks like one, else an id. */
export function scenarioPath(arg: string): string {
  if (arg.endsWith('.yaml') || arg.endsWith('.yml') || arg.includes('/')) return resolve(arg);
  return join(repoRoot, 'scenarios', arg, 'scenario.yaml');
}

/** Loads the scenario at `path`, or returns the problems as printable lines. */
export function readScenario(
  path: string,
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  if (!existsSync(path)) return { ok: false, error: `no scenario file at ${path}` };
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) return { ok: false, error: result.problems.map(formatProblem).join('\n') };
  return { ok: true, scenario: result.scenario };
}

/** Reads `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) {
      args.set(a.slice(2, eq), a.slice(eq + 1));
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      args.set(a.slice(2), argv[++i]!);
    } else {
      args.set(a.slice(2), true);
    }
  }
  return args;
}
