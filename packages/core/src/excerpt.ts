/** How much of a body is looked at for an excerpt: enough for any error page's message, never the whole body. */
const SCANNED = 4_096;

/**
 * A short, readable excerpt of a body that is not a problem document (an HTML error page, plain text): tags and
 * runs of whitespace removed, at most `length` characters. The input is cut before any pattern runs, and the
 * patterns are linear (a tag cannot contain `<`), so a hostile body costs microseconds, not minutes.
 */
export function excerptOf(text: string, length = 200): string {
  return text
    .slice(0, SCANNED)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, length);
}

/** `text` cut to `length` characters, marked with `…` when it was longer: for quoting server text in a message. */
export function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
