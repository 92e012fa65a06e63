/**
 * The shipped scenarios explain the words they show: every tag an option carries has a
 * glossary entry ("Kinetic (tag)", or a term that is the tag itself, such as "Sovereignty");
 * and they say a thing once (an advisor's "composite" label is the screen's, not the title's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, tagsWithoutGlossary } from '../../src/data';

const files = readdirSync('scenarios', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `scenarios/${d.name}/scenario.yaml`);

describe.each(files)('%s', (file) => {
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const scenario = loaded.scenario;

  it('has a glossary entry for every tag its options carry', () => {
    expect(tagsWithoutGlossary(scenario)).toEqual([]);
  });

  it('lets the composite label say that an advisor is composite, not the title too', () => {
    expect(scenario.advisors.filter((a) => /composite/i.test(a.title)).map((a) => a.id)).toEqual(
      [],
    );
  });
});
