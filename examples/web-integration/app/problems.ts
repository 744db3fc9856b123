import { AuthenticationError, DolfinApiError } from '@dolfinai/browser';

/** Why the app cannot show the user's invoices. */
export type Problem = 'missing-code' | 'invalid-code' | 'expired' | 'no-organisation' | 'unavailable';

/** What the user reads for each problem: what happened, and what to do about it. */
export const problemMessages: Readonly<Record<Problem, { title: string; text: string }>> = {
  'missing-code': {
    title: 'No sign-in link',
    text: 'Open Invoicing from your platform: this page signs you in with the one-time link it gives you.',
  },
  'invalid-code': {
    title: 'This sign-in link has already been used or is no longer valid',
    text: 'Sign-in links work once and only for a short time. Go back to your platform and click “Open Invoicing” again.',
  },
  expired: {
    title: 'Your session has expired',
    text: 'For your security, sessions last a limited time. Go back to your platform and click “Open Invoicing” to sign in again.',
  },
  'no-organisation': {
    title: 'No organisation',
    text: 'Your account is not a member of any organisation yet. Ask your platform’s administrator to add you.',
  },
  unavailable: {
    title: 'Invoicing is unavailable',
    text: 'Dolfin could not be reached or could not answer. Try again in a moment.',
  },
};

/** The problem behind an error thrown while exchanging the sign-in code. */
export function exchangeProblem(error: unknown): Problem {
  // The API answers an unknown, expired or used code with a 4xx (400 on the real API); 429 is load, not the code.
  return error instanceof DolfinApiError && error.status >= 400 && error.status < 500 && error.status !== 429
    ? 'invalid-code'
    : 'unavailable';
}

/** The problem behind an error thrown by a call made with the session token. */
export function sessionProblem(error: unknown): Problem {
  return error instanceof AuthenticationError ? 'expired' : 'unavailable';
}
