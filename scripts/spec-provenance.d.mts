// Types of spec-provenance.mjs, for the tests that import it.
export type Kind =
  | 'operation'
  | 'property'
  | 'parameter'
  | 'header'
  | 'request body'
  | 'response'
  | 'example'
  | 'schema';
export interface Figures {
  operations: number;
  withDocs: number;
  inferred: { total: number } & Partial<Record<Kind, number>>;
}
export function kindOf(path: readonly string[]): Kind;
export function provenance(spec: unknown): { perTag: Record<string, Figures>; total: Figures };
export function provenanceProblems(spec: unknown): string[];
