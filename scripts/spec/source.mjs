// Reads the document `spec:update` follows: Dolfin's own OpenAPI document by default, or a local file or another
// URL. JSON or YAML, OpenAPI 3.0 or 3.1. Every way it can be unusable is a SpecSourceError with a clear message.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseYaml } from '@redocly/openapi-core';

const DOLFIN_DOCUMENT_URL = 'https://docs.dolfinai.co/api-reference/openapi.json';
const FETCH_TIMEOUT_MS = 30_000;

export class SpecSourceError extends Error {
  name = 'SpecSourceError';
}

async function readText(source) {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      throw new SpecSourceError(`cannot read ${source}: ${error.code ?? error.message}`);
    }
  }
  let response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new SpecSourceError(`cannot fetch ${source}: ${error.cause?.code ?? error.cause?.message ?? error.message}`);
  }
  if (!response.ok) throw new SpecSourceError(`cannot fetch ${source}: HTTP ${response.status}`);
  return response.text();
}

/** The parsed document with where it came from, when, and the sha256 of its bytes. */
export async function readSource(source = DOLFIN_DOCUMENT_URL) {
  const text = await readText(source);
  const fetchedAt = new Date().toISOString();
  let document;
  try {
    document = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SpecSourceError(`${source} is neither JSON nor YAML: ${error.message.split('\n')[0]}`);
  }
  const version = document && typeof document === 'object' ? document.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/.test(version)) {
    const found = typeof version === 'string' ? `openapi: ${version}` : 'no openapi field';
    throw new SpecSourceError(`${source} is not an OpenAPI 3.0 or 3.1 document (${found})`);
  }
  if (typeof document.paths !== 'object' || document.paths === null) {
    throw new SpecSourceError(`${source} is not an OpenAPI document: it has no paths`);
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { source, fetchedAt, sha256, document };
}
