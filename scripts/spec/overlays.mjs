// Our additions to Dolfin's description (the mock's named examples, `x-dolfin-*` notes, corrections we keep) are
// OpenAPI Overlay 1.0 documents in openapi/overlays/, applied in file-name order by openapi-format. An action whose
// target matches nothing fails the build, naming the action: nothing we add is dropped silently when the
// description changes under it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@redocly/openapi-core';
import { openapiOverlay, resolveJsonPath } from 'openapi-format';

export class OverlayError extends Error {
  name = 'OverlayError';
}

/** The overlay documents of `directory` in the order they apply, each with its file name. */
export function readOverlays(directory) {
  let names = [];
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/.test(name));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return names.sort().map((name) => ({ name, overlay: parseYaml(readFileSync(join(directory, name), 'utf8')) }));
}

/** What one action is called in a message: its file, number, description and target. */
function actionName(file, index, action) {
  const what = action?.description ? ` "${action.description}"` : '';
  return `${file} action #${index + 1}${what} (target ${action?.target})`;
}

/** The first place below `target` and `update` where both hold an array: openapi-format would append there. */
function sharedArray(target, update, path = []) {
  for (const [key, value] of Object.entries(update)) {
    const existing = target?.[key];
    if (Array.isArray(value) && Array.isArray(existing)) return [...path, key];
    if (value && typeof value === 'object' && existing && typeof existing === 'object' && !Array.isArray(value)) {
      const found = sharedArray(existing, value, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses what openapi-format would do quietly: merging into an existing array, at any depth (an update appends to
 * it, so a list we mean to replace would grow; remove the node first, then add it), and an action with nothing to do.
 */
function checkAction(document, file, index, action) {
  const name = actionName(file, index, action);
  if (typeof action?.target !== 'string' || !('update' in action || action.remove === true)) {
    throw new OverlayError(`${name}: an action needs a target and an update or remove: true`);
  }
  if (!action.update || typeof action.update !== 'object' || Array.isArray(action.update)) return;
  for (const node of resolveJsonPath(document, action.target)) {
    const found = sharedArray(node?.value, action.update);
    if (found) {
      throw new OverlayError(
        `${name}: would append to the existing array "${found.join('.')}" (openapi-format concatenates arrays); remove it in an earlier action, then add it`,
      );
    }
  }
}

/** `document` with every overlay applied; throws an OverlayError naming the first action that matched nothing. */
export async function applyOverlays(document, overlays) {
  let result = document;
  for (const { name, overlay } of overlays) {
    if (!/^1\.0\.\d+$/.test(String(overlay?.overlay)) || !Array.isArray(overlay.actions)) {
      throw new OverlayError(`${name}: not an Overlay 1.0 document (needs overlay: 1.0.x and actions)`);
    }
    for (const [index, action] of overlay.actions.entries()) {
      checkAction(result, name, index, action);
      const { data, resultData } = await openapiOverlay(result, { overlaySet: { ...overlay, actions: [action] } });
      if (resultData.totalUnusedActions > 0) {
        throw new OverlayError(`${actionName(name, index, action)} matches nothing in the description`);
      }
      result = data;
    }
  }
  return result;
}
