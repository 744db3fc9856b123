import { exchangeCode, type Session } from '@dolfinai/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeCodeFromAddressBar } from './address-bar.js';
import { loadConfig } from './config.js';
import { InvoicingApp } from './invoicing-app.js';
import { ProblemView } from './problem-view.js';
import { exchangeProblem, type Problem } from './problems.js';

// First, before any request: the one-time code must not stay in the address bar, the history or a Referer.
const code = takeCodeFromAddressBar(window.location, window.history);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const root = createRoot(element('main'));
const showProblem = (problem: Problem) => root.render(<ProblemView problem={problem} />);

async function start(): Promise<void> {
  if (!code) return showProblem('missing-code');
  const { dolfinBaseUrl: baseUrl } = await loadConfig();
  let session: Session;
  try {
    session = await exchangeCode(code, { baseUrl });
  } catch (error) {
    return showProblem(exchangeProblem(error));
  }
  if (session.organisations.length === 0) return showProblem('no-organisation');
  root.render(
    <StrictMode>
      <InvoicingApp session={session} baseUrl={baseUrl} userLine={element('signed-in-user')} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error(error);
  showProblem('unavailable');
});
