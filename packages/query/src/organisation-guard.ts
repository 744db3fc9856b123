import { DolfinOptionError, ORGANISATION_HEADER } from '@dolfinai/core';

/**
 * A per-call openapi-fetch middleware that checks the request about to leave names the organisation its cache key
 * names: a key for no organisation must not cache an answer the client fetched for its bound one.
 */
export function organisationGuard(organisationId: string | null) {
  return {
    onRequest({ request }: { request: Request }): undefined {
      const sent = request.headers.get(ORGANISATION_HEADER);
      if (sent === organisationId) return undefined;
      throw new DolfinOptionError(
        'organisationId',
        organisationId === null
          ? `This client sends ${ORGANISATION_HEADER} itself: create the query options with dolfinQuery(client, { organisationId }) naming that organisation, so the cache keys name it too`
          : `The request was about to be sent for another organisation than its cache key names (${organisationId})`,
      );
    },
  };
}
