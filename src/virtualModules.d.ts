/** Modules the build makes (see vite.config.ts and scripts/vite-scenarios.ts). */

declare module 'virtual:bilateral/scenarios' {
  import type { BundledScenario } from './store/scenarios';
  /** The shipped scenarios, compiled: list entries, each with a loader for the rest. */
  const scenarios: readonly BundledScenario[];
  export default scenarios;
}

declare module 'virtual:bilateral/check-worker' {
  /** Starts the worker that checks an author's file (`src/store/scenarioCheck.worker.ts`). */
  const CheckWorker: new (options?: { name?: string }) => Worker;
  export default CheckWorker;
}

// An interface, since only an interface merges with Vite's declaration of the same name.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** True in the offline single file (`npm run build:offline`). */
  readonly OFFLINE: boolean;
}
