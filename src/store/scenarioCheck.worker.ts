/**
 * The worker that checks an author's scenario file, so that the page stays responsive
 * however long the file takes to read. It says `ready` once started (the page tells a
 * worker that cannot start from one that fails later), then answers each request with
 * `checkScenarioFile`'s result: the scenario as text, or every problem found.
 */
import { checkScenarioFile, type CompiledFile } from './scenarioFile';

/** A file's text, or its bytes when they are not UTF-8 (the loader decodes them). */
export type CheckRequest = { id: number; text: string | Uint8Array; fileName: string };
export type CheckReply = { type: 'ready' } | { type: 'checked'; id: number; file: CompiledFile };

/** The part of a dedicated worker's global scope used here. */
type WorkerScope = {
  postMessage(reply: CheckReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
};

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', ({ data }) => {
  scope.postMessage({
    type: 'checked',
    id: data.id,
    file: checkScenarioFile(data.text, data.fileName),
  });
});
scope.postMessage({ type: 'ready' });
