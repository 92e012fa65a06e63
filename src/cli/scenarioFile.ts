/**
 * Finds and loads a scenario for the command-line tools: an id (scenarios/<id>/scenario.yaml)
 * or a path to a YAML file. A scenario with problems is reported as the validator would.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fileTooLarge,
  formatProblem,
  loadScenario,
  MAX_FILE_BYTES,
  ROOT_PATH,
  type Scenario,
} from '../data';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The file a `--scenario` argument names: a path if it looks like one, else an id. */
export function scenarioPath(arg: string): string {
  if (arg.endsWith('.yaml') || arg.endsWith('.yml') || arg.includes('/')) return resolve(arg);
  return join(repoRoot, 'scenarios', arg, 'scenario.yaml');
}

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a scenario file's bytes, never more than the loader accepts: a file whose size
 * is known to be over the limit is not read at all, and anything else (a device, a pipe)
 * is read only until it proves too large, so `/dev/zero` costs a megabyte, not memory
 * without end.
 */
export function readScenarioBytes(path: string): FileBytes {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'cannot read the file: it is a folder' };
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) {
      return { ok: false, message: fileTooLarge(stat.size) };
    }
    const buffer = new Uint8Array(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > MAX_FILE_BYTES) return { ok: false, message: fileTooLarge(undefined) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return {
      ok: false,
      message: `cannot read the file: ${e instanceof Error ? e.message : String(e)}`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Loads the scenario at `path`, or returns the problems as printable lines. */
export function readScenario(
  path: string,
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  if (!existsSync(path)) return { ok: false, error: `no scenario file at ${path}` };
  const read = readScenarioBytes(path);
  if (!read.ok) {
    const problem = { file: path, line: 1, column: 1, path: ROOT_PATH, message: read.message };
    return { ok: false, error: formatProblem(problem) };
  }
  const result = loadScenario(read.bytes, path);
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
