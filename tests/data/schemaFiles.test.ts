/** The committed JSON Schema and field reference match src/data/schema.ts. */
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../scripts/generate-schema';

describe('generated schema files', () => {
  it('are up to date (run npm run schema if not)', async () => {
    expect(await staleFiles()).toEqual([]);
  }, 20_000);
});
