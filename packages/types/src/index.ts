// Every schema of openapi/dolfin.yaml under its own name (Invoice, Organisation, ProblemDetails…), plus the
// `paths`, `operations` and `components` maps that openapi-fetch is typed with. Generated; see `pnpm generate`.
export type * from './generated/dolfin.js';
