// Our additions as Overlay 1.0 actions: applied in order, and refused loudly where openapi-format would drop or
// merge them quietly.
import { describe, expect, it } from 'vitest';
import { applyOverlays, OverlayError } from '../../../scripts/spec/overlays.mjs';

const description = () => ({
  openapi: '3.1.1',
  paths: { '/things': { get: { tags: ['Things'], responses: { '200': { description: 'ok' } } } } },
});
const overlay = (actions: object[]) => [{ name: '10-notes.yaml', overlay: { overlay: '1.0.0', info: { title: 't', version: '1' }, actions } }];

describe('applyOverlays', () => {
  it('applies updates and removals in order', async () => {
    const result = await applyOverlays(
      description(),
      overlay([
        { target: "$.paths['/things'].get", update: { 'x-dolfin-inferred': 'security' } },
        { target: "$.paths['/things'].get.tags", remove: true },
        { target: "$.paths['/things'].get", update: { tags: ['Items'] } },
      ]),
    );
    expect(result.paths['/things'].get).toEqual({
      responses: { '200': { description: 'ok' } },
      'x-dolfin-inferred': 'security',
      tags: ['Items'],
    });
  });

  it('fails on an action that matches nothing, naming it', async () => {
    await expect(
      applyOverlays(description(), overlay([{ target: "$.paths['/gone'].get", description: 'old note', update: { summary: 'x' } }])),
    ).rejects.toThrow(new OverlayError(`10-notes.yaml action #1 "old note" (target $.paths['/gone'].get) matches nothing in the description`));
  });

  it('refuses an update that would append to an existing array', async () => {
    await expect(
      applyOverlays(description(), overlay([{ target: "$.paths['/things'].get", update: { tags: ['Items'] } }])),
    ).rejects.toThrow(/would append to the existing array "tags".*remove it in an earlier action, then add it/);
  });

  it('refuses an update that would append to an array deeper down, naming where', async () => {
    const document = description();
    (document.paths['/things'].get.responses['200'] as Record<string, unknown>).examples = { one: { value: [1] } };
    await expect(
      applyOverlays(
        document,
        overlay([{ target: "$.paths['/things'].get.responses['200']", update: { examples: { one: { value: [1] } } } }]),
      ),
    ).rejects.toThrow(/would append to the existing array "examples\.one\.value"/);
  });

  it('refuses a document that is not Overlay 1.0 and an action without update or remove', async () => {
    await expect(applyOverlays(description(), [{ name: 'x.yaml', overlay: { overlay: '2.0.0', actions: [] } }])).rejects.toThrow(
      'x.yaml: not an Overlay 1.0 document',
    );
    await expect(applyOverlays(description(), overlay([{ target: '$.paths' }]))).rejects.toThrow(
      '10-notes.yaml action #1 (target $.paths): an action needs a target and an update or remove: true',
    );
  });
});
