import type { Invoice, Me } from '@dolfinai/browser';
import { type Problem, problemMessages } from './problems.js';

const main = () => element('main');

/** The signed-in user, in the header: name, email and the organisation in use. */
export function showUser(me: Me, organisationName: string): void {
  element('signed-in-user').textContent = `${me.name ?? me.email} · ${me.email} · ${organisationName}`;
}

/** The organisation's invoices as a table, with a button to load them again. */
export function showInvoices(invoices: readonly Invoice[], onRefresh: () => void): void {
  const heading = Object.assign(document.createElement('h1'), { textContent: 'Invoices' });
  const table = document.createElement('table');
  table
    .createTHead()
    .append(row('th', ['Number', 'Details', 'Status', 'Issued', 'Due', 'Total', 'Outstanding']));
  const body = table.createTBody();
  for (const invoice of invoices) {
    body.append(
      row('td', [
        invoice.documentNumber ?? invoice.id,
        [invoice.customer?.name, invoice.memo].filter(Boolean).join(' · '),
        invoice.status ?? '',
        date(invoice.issueDate),
        date(invoice.dueDate),
        money(invoice.totalAmount, invoice.currency),
        money(invoice.outstanding, invoice.currency),
      ]),
    );
  }
  const content: Node[] = [heading, invoices.length ? table : paragraph('No invoices yet.')];
  const refresh = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Refresh' });
  refresh.addEventListener('click', onRefresh);
  main().replaceChildren(...content, refresh);
}

/** A notice above the invoices that the session ends soon, and what to do then. */
export function showSessionEnding(endsAt: Date): void {
  const time = endsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const notice = paragraph(
    `Your session ends at ${time}. Then go back to your platform and click “Open Invoicing” to continue.`,
  );
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  main().prepend(notice);
}

/** Replaces the page with what went wrong and what to do. */
export function showProblem(problem: Problem): void {
  const { title, text } = problemMessages[problem];
  const section = document.createElement('section');
  section.className = 'problem';
  section.dataset.problem = problem;
  section.append(Object.assign(document.createElement('h1'), { textContent: title }), paragraph(text));
  element('signed-in-user').textContent = '';
  main().replaceChildren(section);
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}

function row(cell: 'th' | 'td', texts: readonly string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  texts.forEach((text, index) => {
    // The last two columns are amounts.
    const className = index >= texts.length - 2 ? 'amount' : '';
    tr.append(Object.assign(document.createElement(cell), { textContent: text, className }));
  });
  return tr;
}

function date(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }) : '';
}

function money(amount: number | undefined, currency: string): string {
  if (amount === undefined) return '';
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`; // not an ISO 4217 code this browser knows
  }
}
