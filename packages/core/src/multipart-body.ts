/** A multipart part: a file (`Blob` or `File`, whose name becomes the part's filename) or a text value. */
export type MultipartValue = Blob | string;

/**
 * The fields of a `multipart/form-data` operation body as you provide them. The generated types describe a file
 * part as `string` (`format: binary`); here it takes the `Blob` or `File` fetch actually sends. Array fields repeat
 * their part.
 */
export type MultipartFields<Body> = {
  [Field in keyof Body]: Body[Field] extends readonly unknown[] ? readonly MultipartValue[] : MultipartValue;
};

/**
 * Builds the `FormData` for a `multipart/form-data` operation, such as a bill upload, typed as that operation's body
 * so the typed client accepts it. openapi-fetch sends a `FormData` as it is, and fetch sets the multipart
 * boundary. The field names are checked against the operation's schema.
 * @example
 * const file = new File([pdfBytes], 'acme-invoice-2025-01.pdf', { type: 'application/pdf' });
 * const { data } = await dolfin.POST('/bills', { body: multipartBody({ file }) });
 */
export function multipartBody<Body>(fields: NoInfer<MultipartFields<NonNullable<Body>>>): NonNullable<Body> {
  const form = new FormData();
  for (const [name, value] of Object.entries(
    fields as Record<string, MultipartValue | readonly MultipartValue[]>,
  )) {
    for (const part of Array.isArray(value) ? value : [value]) form.append(name, part);
  }
  // Body is inferred from where the call is used (the client's body type); the value is the FormData openapi-fetch
  // passes through unchanged.
  return form as unknown as NonNullable<Body>;
}
