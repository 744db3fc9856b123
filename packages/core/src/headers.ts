/** The header naming the organisation a request acts on. */
export const ORGANISATION_HEADER = 'x-dolfin-organisation-id';

/** The server client's credential header; the browser client refuses to send it. */
export const API_KEY_HEADER = 'x-dolfin-api-key';

/** The bearer token's header (the browser client's credential). */
export const AUTHORIZATION_HEADER = 'authorization';
