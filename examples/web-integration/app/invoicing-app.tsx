import { createBrowserClient, type Invoice, isTokenExpired, type Session } from '@dolfinai/browser';
import { dolfinKeys, dolfinQuery, noRetry } from '@dolfinai/query';
import {
  QueryClient,
  QueryClientProvider,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { time } from './format.js';
import { InvoiceDetail } from './invoice-detail.js';
import { InvoiceList, invoiceListOptions } from './invoice-list.js';
import { NewInvoiceForm } from './new-invoice-form.js';
import { OrganisationSwitcher } from './organisation-switcher.js';
import { ProblemView } from './problem-view.js';
import { type Problem, sessionProblem } from './problems.js';

/** How long before the token's expiry the user is told the session is ending. */
const WARN_SECONDS = 5 * 60;

export interface InvoicingAppProps {
  /** The session from `exchangeCode`: its token lives in this component's memory only. */
  session: Session;
  /** The Dolfin API origin. */
  baseUrl: string;
  /** Where the signed-in user's line goes (the page header's `#signed-in-user`). */
  userLine: HTMLElement;
}

/** One QueryClient per signed-in session: nothing cached for one user can reach the next. */
function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // The client's transport retries; answers stay fresh for half a minute, and a refresh is the user's call.
      queries: { retry: noRetry, staleTime: 30_000, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

/** The signed-in app: the session's client and cache, around the invoicing screens. */
export function InvoicingApp(props: InvoicingAppProps) {
  const [queryClient] = useState(newQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Invoicing {...props} />
    </QueryClientProvider>
  );
}

function Invoicing({ session, baseUrl, userLine }: InvoicingAppProps) {
  const { token, organisations } = session;
  const queryClient = useQueryClient();
  // A token is not expired when it is issued: if this device's clock says it is, the clock is wrong, and only
  // the API's 401 can tell when the session ends.
  const [clockAgrees] = useState(() => !isTokenExpired(token));
  const [endsAt, setEndsAt] = useState<Date>();
  // No organisationId: the options of the organisation picked below send it, and name it in every cache key.
  const [client] = useState(() =>
    createBrowserClient({
      token,
      baseUrl,
      expirySkewSeconds: WARN_SECONDS,
      // There is no way to renew the session from here: the hook only notes when it ends, for the page to say so.
      onTokenExpiring: ({ expiresAt }) => {
        if (clockAgrees) setEndsAt(expiresAt);
      },
    }),
  );
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  const dolfin = useMemo(() => dolfinQuery(client, { organisationId }), [client, organisationId]);
  const signedIn = useMemo(() => dolfinQuery(client, { organisationId: null }), [client]);
  const [open, setOpen] = useState<Invoice>();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Invoice>();
  const [expired, setExpired] = useState(false);

  const me = useQuery(signedIn.queryOptions('/me'));
  const list = useInfiniteQuery(invoiceListOptions(dolfin));
  const failure = me.error ?? list.error;

  function refresh() {
    // The expiry in the token is a hint, but a request it would certainly fail is not worth sending.
    if (clockAgrees && isTokenExpired(token)) return setExpired(true);
    void queryClient.invalidateQueries({ queryKey: dolfinKeys.all });
  }

  function switchTo(next: string) {
    setOpen(undefined);
    setCreating(false);
    setCreated(undefined);
    setOrganisationId(next);
  }

  const problem: Problem | undefined = expired ? 'expired' : failure ? sessionProblem(failure) : undefined;
  if (problem) return <ProblemView problem={problem} />;
  const organisationName = organisations.find(
    (each) => each.organisationId === organisationId,
  )?.organisationName;
  return (
    <>
      {me.data &&
        createPortal(
          `${me.data.name ?? me.data.email} · ${me.data.email} · ${organisationName ?? ''}`,
          userLine,
        )}
      {endsAt && (
        <p className="notice" role="status">
          Your session ends at {time(endsAt)}. Then go back to your platform and click “Open Invoicing” to
          continue.
        </p>
      )}
      <OrganisationSwitcher organisations={organisations} selected={organisationId} onSelect={switchTo} />
      <h1>Invoices</h1>
      {created && <p className="created">Draft {created.documentNumber ?? created.id} created.</p>}
      <InvoiceList list={list} onOpen={setOpen} />
      <p className="actions">
        <button type="button" onClick={refresh}>
          Refresh
        </button>{' '}
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            New draft invoice
          </button>
        )}
      </p>
      {creating && (
        <NewInvoiceForm
          dolfin={dolfin}
          onCreated={(invoice) => {
            setCreating(false);
            setCreated(invoice);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {open && <InvoiceDetail dolfin={dolfin} id={open.id} onClose={() => setOpen(undefined)} />}
    </>
  );
}
