import { createBrowserClient, exchangeCode, isTokenExpired, type Session, unwrap } from '@dolfinai/browser';
import { takeCodeFromAddressBar } from './address-bar.js';
import { loadConfig } from './config.js';
import { exchangeProblem, sessionProblem } from './problems.js';
import { showInvoices, showProblem, showSessionEnding, showUser } from './view.js';

// First, before any request: the one-time code must not stay in the address bar, the history or a Referer.
const code = takeCodeFromAddressBar(window.location, window.history);

/** How long before the token's expiry the user is told the session is ending. */
const warnSeconds = 5 * 60;

async function start(): Promise<void> {
  if (!code) return showProblem('missing-code');
  const { dolfinBaseUrl: baseUrl } = await loadConfig();

  let session: Session;
  try {
    session = await exchangeCode(code, { baseUrl });
  } catch (error) {
    return showProblem(exchangeProblem(error));
  }
  const { token } = session;
  const [organisation] = session.organisations;
  if (!organisation) return showProblem('no-organisation');
  const { organisationId, organisationName } = organisation;

  // A token is not expired when it is issued: if this device's clock says it is, the clock is wrong, and only
  // the API's 401 can tell when the session ends.
  const clockAgrees = !isTokenExpired(token);
  let endsAt: Date | undefined;
  // The token lives in this closure only (not in storage): closing the tab ends the session. There is no way to
  // renew it from here, so the hook only notes when the session ends, for the page to say so.
  const dolfin = createBrowserClient({
    token,
    organisationId,
    baseUrl,
    expirySkewSeconds: warnSeconds,
    onTokenExpiring: ({ expiresAt }) => {
      if (clockAgrees) endsAt = expiresAt;
    },
  });

  async function load(): Promise<void> {
    // The expiry in the token is a hint, but a request it would certainly fail is not worth sending.
    if (clockAgrees && isTokenExpired(token)) return showProblem('expired');
    try {
      const [me, invoices] = await Promise.all([unwrap(dolfin.GET('/me')), unwrap(dolfin.GET('/invoices'))]);
      showUser(me, organisationName);
      showInvoices(invoices.data, () => void load());
      if (endsAt) showSessionEnding(endsAt);
    } catch (error) {
      showProblem(sessionProblem(error));
    }
  }
  await load();
}

start().catch((error: unknown) => {
  console.error(error);
  showProblem('unavailable');
});
