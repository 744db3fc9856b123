import { type ClientSetup, type Credential, createDolfinClient } from '@dolfinai/core/internal';

/** The credential the core tests send: a header holding a secret, like the API key. */
export const SECRET = 'core_test_secret_5f0c2b9e';

export const secretCredential: Credential = {
  header: 'x-test-secret',
  apply(request) {
    request.headers.set('x-test-secret', SECRET);
    return SECRET;
  },
};

/** A client of `baseUrl` with the test credential and millisecond backoff, so retries cost no real time. */
export function testClient(baseUrl: string, setup: Omit<ClientSetup, 'baseUrl'> = {}) {
  return createDolfinClient({
    credential: secretCredential,
    backoff: { initialDelay: 1, maxDelay: 4 },
    ...setup,
    baseUrl,
  });
}

export const organisationBody = {
  name: 'Acme Plumbing Ltd',
  industryId: 'b2d4f6a8-1234-5678-9abc-def012345678',
};
