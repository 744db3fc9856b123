// A valid request for any operation, built from the spec's own examples.
import { firstExample, type MediaType, type Operation, resolve, type Schema } from './spec-operations.js';

export interface ExampleRequest {
  params: { path: Record<string, string>; query: Record<string, unknown>; header: Record<string, string> };
  body: unknown;
  contentType: string | undefined;
}

/** Path, query and header parameters from their `example`s; the body from the first named requestBody example. */
export function requestFromExamples(operation: Operation): ExampleRequest {
  const params: ExampleRequest['params'] = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie') continue;
    if (parameter.example === undefined) {
      if (parameter.required) {
        throw new Error(
          `${operation.operationId}: required ${parameter.in} parameter ${parameter.name} has no example`,
        );
      }
      continue;
    }
    const value = parameter.example;
    if (parameter.in === 'query') params.query[parameter.name] = value;
    else params[parameter.in][parameter.name] = String(value);
  }
  const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (!contentType || !media) return { params, body: undefined, contentType: undefined };
  const example = firstExample(media, `${operation.operationId} request body`);
  const body = contentType === 'multipart/form-data' ? formDataFrom(example, media) : example;
  return { params, body, contentType };
}

/** Multipart example values are placeholders for files: binary fields become a small file of the encoded type. */
function formDataFrom(example: unknown, media: MediaType): FormData {
  const schema = resolve(media.schema ?? {}) as Schema;
  const form = new FormData();
  for (const [name, value] of Object.entries(example as Record<string, unknown>)) {
    const property = resolve(schema.properties?.[name] ?? {}) as Schema;
    if (property.format === 'binary' || property.type === undefined) {
      const type = media.encoding?.[name]?.contentType?.split(',')[0]?.trim() ?? 'application/octet-stream';
      form.append(name, new File([samplePdf], fileNameFor(value, type), { type }));
    } else {
      form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return form;
}

const samplePdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

function fileNameFor(value: unknown, type: string): string {
  const named = typeof value === 'string' ? /[\w.-]+\.\w+/.exec(value)?.[0] : undefined;
  return named ?? `upload.${type.split('/')[1] ?? 'bin'}`;
}
