// `@dolfinai/core/internal`: what @dolfinai/server and @dolfinai/browser are built from. Not a public API: it
// changes without notice. Apps use the client factories of those packages, which check their options and guard
// their credential (createDolfinClient skips the server client's browser guard, for one).
export type { ClientSetup } from './create-client.js';
export { createDolfinClient } from './create-client.js';
export { API_KEY_HEADER, AUTHORIZATION_HEADER } from './headers.js';
export { checkHeaders, checkSecret, isSecretText } from './options.js';
export { listPageOf } from './paginate.js';
export type { Credential } from './transport/credential.js';
export { providedSecret } from './transport/credential.js';
export { checkFunction, checkNumber } from './transport/settings.js';
