// The shape of src/generated/operations.ts: what scripts/generate-operations.mjs keeps of the bundled spec.

/** A JSON Schema of the spec, without descriptions and examples; `$ref`s point into `SpecData.schemas`. */
export type JsonSchema = Record<string, unknown>;

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options' | 'trace';

export interface ParameterData {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface ResponseData {
  /** Media type → the named examples of that media type, in document order. */
  content?: Record<string, { examples: Record<string, unknown> }>;
  /** Header → its documented example. */
  headers?: Record<string, string>;
}

export interface OperationData {
  operationId: string;
  method: HttpMethod;
  /** The path template, as in the spec: `/invoices/{invoiceId}`. */
  path: string;
  /** Alternatives the operation accepts, each a set of security scheme names; `[]` means "no credential". */
  security: string[][];
  parameters: ParameterData[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  /** Status (`201`, `5XX`) → the response, or the name of a shared one in `SpecData.responses`. */
  responses: Record<string, ResponseData | string>;
}

/** How a credential is sent: an API key in a header, or an HTTP `Authorization` scheme such as bearer. */
export interface SecuritySchemeData {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface SpecData {
  operations: OperationData[];
  securitySchemes: Record<string, SecuritySchemeData>;
  responses: Record<string, ResponseData>;
  schemas: Record<string, JsonSchema>;
}
