// The change report of a spec update: what changed for users, grouped by class, each change once with the
// operations it touches. It is printed, and it is the body of the changeset the update writes.
import { CLASSES } from './classify.mjs';

const HEADINGS = { breaking: 'Breaking', 'non-breaking': 'Non-breaking', 'docs-only': 'Docs only' };

export function changeReport(changes) {
  if (changes.length === 0) return 'No changes to the API.';
  const sections = [];
  for (const classification of CLASSES) {
    const groups = new Map();
    for (const change of changes.filter((c) => c.classification === classification)) {
      const line = [change.change, change.subject].filter(Boolean).join(': ');
      const operations = groups.get(line) ?? new Set();
      // Where in an operation the wording changed is for the diff, not the changelog.
      operations.add(change.operation);
      groups.set(line, operations);
    }
    if (groups.size === 0) continue;
    const lines = [...groups].map(([line, operations]) => `- ${line} — ${[...operations].join(', ')}`);
    sections.push(`### ${HEADINGS[classification]} (${groups.size})\n\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}
