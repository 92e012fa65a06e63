/**
 * Whether the source texts are missing in a way that must fail the run: outside CI a
 * missing folder only skips the quotation checks (and says so); under CI (`CI=true`) it
 * is a failure, since a build that cannot check its quotations must not pass.
 */
import { existsSync } from 'node:fs';

export function sourcesMissing(dir: string, env: Record<string, string | undefined>): boolean {
  return env.CI === 'true' && !existsSync(dir);
}
