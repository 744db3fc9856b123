import type { Member } from './provision.js';

/** The platform's own page: one "Open Invoicing" link per user. Holds no Dolfin credential of any kind. */
export function usersPage(organisationName: string, members: readonly Member[]): string {
  const rows = members
    .map(
      (member) => `
      <li>
        <span><strong>${escapeHtml(member.name)}</strong> <small>${escapeHtml(member.email)}</small></span>
        <a href="/open-invoicing/${encodeURIComponent(member.userId)}">Open Invoicing</a>
      </li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Platform · Team</title>
    <link rel="icon" href="data:," />
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; padding: 0 1rem; color: #1f2933; }
      ul { list-style: none; padding: 0; }
      li { display: flex; justify-content: space-between; align-items: center; padding: .75rem 0; border-bottom: 1px solid #e4e7eb; }
      small { color: #616e7c; margin-left: .5rem; }
      a { background: #0b69a3; color: #fff; padding: .4rem .9rem; border-radius: .3rem; text-decoration: none; }
    </style>
  </head>
  <body>
    <h1>Acme Platform</h1>
    <p>Your team at ${escapeHtml(organisationName)}. Invoicing is powered by Dolfin.</p>
    <ul>${rows}
    </ul>
  </body>
</html>
`;
}

/** A short page for an error; `message` is shown as text. */
export function errorPage(message: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Acme Platform</title><link rel="icon" href="data:," /></head>
  <body><p>${escapeHtml(message)}</p><p><a href="/">Back to your team</a></p></body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? '',
  );
}
