/**
 * Checks an author's scenario file off the page's thread. The YAML parser, the schema and
 * the loader live in a worker that starts on the first check (so they are downloaded only
 * when an author opens a file) and stays for the next one. A new check while one runs
 * stops the old worker: a file that takes long to read never delays a corrected one.
 *
 * Where no worker can start (a browser or policy that forbids them), a file up to
 * `MAIN_THREAD_LIMIT` is checked on the page itself, and a larger one gets a clear
 * message instead of a page that freezes.
 */
import { ROOT_PATH } from '../data/problems';
import type { CompiledFile } from './scenarioFile';
import type { CheckReply, CheckRequest } from './scenarioCheck.worker';

/** Starts the checking worker (how is the build's business); may throw or reject. */
export type StartWorker = () => Promise<Worker>;

export type ScenarioChecker = (
  text: string | Uint8Array,
  fileName: string,
) => Promise<CompiledFile>;

/** Thrown to the caller of a check that a newer check replaced. */
export class CheckReplaced extends Error {
  constructor() {
    super('replaced by a newer check');
  }
}

/**
 * The largest file (in characters) checked on the page's own thread when no worker can
 * start: the shipped scenario is about 230,000, and reading it takes a fraction of a
 * second; far larger files could hold the page for many seconds.
 */
export const MAIN_THREAD_LIMIT = 512 * 1024;

function fileProblem(fileName: string, message: string): CompiledFile {
  return {
    ok: false,
    problems: [{ file: fileName, line: 1, column: 1, path: ROOT_PATH, message }],
  };
}

async function checkOnPage(text: string | Uint8Array, fileName: string): Promise<CompiledFile> {
  if (import.meta.env.OFFLINE) {
    // The offline file carries the checker once, as the worker's code, not twice.
    return fileProblem(
      fileName,
      'this browser cannot check files in the background: check it with `npm run validate`, or in the game served from a web server',
    );
  }
  const size = typeof text === 'string' ? text.length : text.byteLength;
  if (size > MAIN_THREAD_LIMIT) {
    return fileProblem(
      fileName,
      `this browser cannot check files in the background, and this one is too large ` +
        `(${Math.ceil(size / 1024)} kB; up to ${MAIN_THREAD_LIMIT / 1024} kB) to ` +
        `check without freezing the page: check it with \`npm run validate\``,
    );
  }
  const { checkScenarioFile } = await import('./scenarioFile');
  return checkScenarioFile(text, fileName);
}

/** Resolves true once the worker says it is ready, false if it fails first. */
function whenReady(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.addEventListener('message', () => resolve(true), { once: true });
    worker.addEventListener(
      'error',
      (event) => {
        event.preventDefault();
        resolve(false);
      },
      { once: true },
    );
  });
}

/** A worker that has said it is ready, or undefined when none can start. */
async function readyWorker(startWorker: StartWorker | undefined): Promise<Worker | undefined> {
  if (!startWorker) return undefined;
  try {
    const worker = await startWorker();
    if (await whenReady(worker)) return worker;
    worker.terminate();
  } catch {
    // Workers are not allowed here: the caller checks on the page instead.
  }
  return undefined;
}

/**
 * Sends one file to `worker`. A failure of the worker itself (out of memory, say) becomes
 * the file's problem, and `failed` says the worker must not be used again.
 */
function checkInWorker(
  worker: Worker,
  request: CheckRequest,
): Promise<{ file: CompiledFile; failed: boolean }> {
  return new Promise((resolve) => {
    const onMessage = ({ data }: MessageEvent<CheckReply>) => {
      if (data.type !== 'checked' || data.id !== request.id) return;
      stopListening();
      resolve({ file: data.file, failed: false });
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stopListening();
      const reason = event.message || 'no reason given';
      resolve({
        file: fileProblem(request.fileName, `the check stopped: ${reason}`),
        failed: true,
      });
    };
    const stopListening = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}

/**
 * A checker that uses the worker `startWorker` gives (without one, it checks on the
 * page). Each call's result is for that file; a call replaced by a newer one rejects
 * with `CheckReplaced`.
 */
export function createScenarioChecker(startWorker?: StartWorker): ScenarioChecker {
  let worker: Promise<Worker | undefined> | undefined;
  let nextId = 1;
  let busy: { worker?: Worker; replaced(): void } | undefined;

  const check = async (
    mine: NonNullable<typeof busy>,
    text: string | Uint8Array,
    fileName: string,
  ): Promise<CompiledFile> => {
    const starting = (worker ??= readyWorker(startWorker));
    const ready = await starting;
    // Replaced while the worker started: the newer file goes first, this one not at all.
    if (busy !== mine) throw new CheckReplaced();
    if (!ready) return checkOnPage(text, fileName);
    mine.worker = ready;
    const { file, failed } = await checkInWorker(ready, { id: nextId++, text, fileName });
    if (failed) {
      ready.terminate();
      if (worker === starting) worker = undefined;
    }
    return file;
  };

  return (text, fileName) => {
    if (busy) {
      // A worker busy with a file no one waits for any more is stopped, not waited for.
      if (busy.worker) {
        busy.worker.terminate();
        worker = undefined;
      }
      busy.replaced();
    }
    return new Promise<CompiledFile>((resolve, reject) => {
      const mine: NonNullable<typeof busy> = { replaced: () => reject(new CheckReplaced()) };
      busy = mine;
      check(mine, text, fileName)
        .catch((error: unknown) =>
          fileProblem(fileName, `the file could not be checked: ${String(error)}`),
        )
        .then((file) => {
          if (busy !== mine) return;
          busy = undefined;
          resolve(file);
        });
    });
  };
}
