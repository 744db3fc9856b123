// The changeset a spec update writes: every published package (one fixed group) at the bump the change report
// asks for, and the report as the changelog text users read.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function changesetText({ packages, bump, summary, report }) {
  const front = packages.map((name) => `"${name}": ${bump}`).join('\n');
  return `---\n${front}\n---\n\n${summary}\n\n${report}\n`;
}

/** Writes `.changeset/<name>.md`; returns its path. */
export async function writeChangeset(directory, name, content) {
  const path = join(directory, `${name}.md`);
  await writeFile(path, content);
  return path;
}
