/**
 * Takes the one-time auth code out of the address bar: returns it, and replaces the current history entry with
 * the same URL without `code`, so a reload, bookmark, shared link or Back never carries it again.
 */
export function takeCodeFromAddressBar(location: Location, history: History): string | undefined {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  if (code === null) return undefined;
  url.searchParams.delete('code');
  history.replaceState(history.state, '', url.href);
  return code.trim() || undefined;
}
