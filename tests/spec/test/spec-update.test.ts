// `spec:update` on fixture documents made from the current bundle: each change gets its exact class, bump and
// changeset text, the types follow, our overlays still apply, and a second run on the same document is a no-op.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { updateSpec } from '../../../scripts/spec/update.mjs';
import { type Fixture, fixtures } from './fixtures.js';

const all = await fixtures();
import { type ScratchRepo, scratchRepo } from './scratch-repo.js';

const scratches: ScratchRepo[] = [];
afterAll(() => {
  for (const scratch of scratches) scratch.remove();
});

/** Applies a fixture's change to our overlays in the scratch copy, as the maintainer would. */
function adjustOverlays(root: string, adjust: NonNullable<Fixture['adjustOverlays']>) {
  const directory = join(root, 'openapi/overlays');
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.yaml'))) {
    const overlay = parse(readFileSync(join(directory, name), 'utf8'));
    overlay.actions = adjust(overlay.actions);
    writeFileSync(join(directory, name), stringify(overlay));
  }
}

async function update(fixture: Fixture) {
  const scratch = scratchRepo();
  scratches.push(scratch);
  if (fixture.adjustOverlays) adjustOverlays(scratch.root, fixture.adjustOverlays);
  const source = join(scratch.root, 'fixture.json');
  writeFileSync(source, JSON.stringify(fixture.document));
  const typesBefore = scratch.read('packages/types/src/generated/dolfin.ts');
  const result = await updateSpec({ source, root: scratch.root });
  return { scratch, source, result, typesBefore };
}

describe.concurrent('spec:update classifies each change for users', () => {
  for (const fixture of all) {
    it(fixture.name, async () => {
      const { scratch, source, result, typesBefore } = await update(fixture);
      expect(result.changes).toContainEqual(
        expect.objectContaining({
          change: fixture.expected.change,
          ...(fixture.expected.operation ? { operation: fixture.expected.operation } : {}),
          classification: fixture.classification,
          ...(fixture.expected.subject ? { subject: expect.stringContaining(fixture.expected.subject) } : {}),
        }),
      );
      expect(result.classification).toBe(fixture.classification);
      expect(result.bump).toBe(fixture.bump);

      const [changeset, ...others] = scratch.newChangesets();
      expect(others).toEqual([]);
      expect(changeset).toContain(`"@dolfinai/types": ${fixture.bump}`);
      expect(changeset).toContain(`"@dolfinai/server": ${fixture.bump}`);
      expect(changeset).toContain(result.report);
      expect(result.report).toContain(fixture.expected.change);
      expect(scratch.read('openapi/UPSTREAM.md')).toContain(source);

      const types = scratch.read('packages/types/src/generated/dolfin.ts');
      if (fixture.types.gains) {
        expect(typesBefore).not.toContain(fixture.types.gains);
        expect(types).toContain(fixture.types.gains);
      }
      if (fixture.types.loses) expect(types.split(fixture.types.loses).length).toBeLessThan(typesBefore.split(fixture.types.loses).length);

    });
  }
});

describe('spec:update run twice on the same document', () => {
  it('changes nothing the second time', async () => {
    const [fixture] = all;
    const { scratch, source } = await update(fixture as Fixture);
    const before = scratch.snapshot();
    const again = await updateSpec({ source, root: scratch.root });
    expect(again.bump).toBeUndefined();
    expect(again.changes).toEqual([]);
    expect(scratch.snapshot()).toEqual(before);
  });
});
