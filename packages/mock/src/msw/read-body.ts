// The request body read once, from a clone, so the recorder, the validator and an override's resolver all see it.
import type { ReadBody } from './validate.js';

/** A file part as the recorder keeps it: what was sent, never its bytes. */
export interface RecordedFile {
  file: string;
  type: string;
  size: number;
}

export async function readBody(request: Request): Promise<ReadBody> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (request.body === null) return { mediaType, value: undefined, malformed: false };
  const clone = request.clone();
  if (mediaType === 'multipart/form-data' || mediaType === 'application/x-www-form-urlencoded') {
    const fields: Record<string, string | RecordedFile> = {};
    for (const [name, value] of (await clone.formData()).entries()) {
      fields[name] =
        typeof value === 'string' ? value : { file: value.name, type: value.type, size: value.size };
    }
    return { mediaType, value: fields, malformed: false };
  }
  const text = await clone.text();
  if (text === '') return { mediaType, value: undefined, malformed: false };
  if (mediaType?.includes('json')) {
    try {
      return { mediaType, value: JSON.parse(text), malformed: false };
    } catch {
      return { mediaType, value: text, malformed: true };
    }
  }
  return { mediaType, value: text, malformed: false };
}
