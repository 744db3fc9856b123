/** A date as the user reads it (`20 Jan 2025`), or nothing. */
export function date(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }) : '';
}

/** An amount in its currency (`£114.00`), or nothing. */
export function money(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === undefined || amount === null) return '';
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency ?? '' }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim(); // not an ISO 4217 code this browser knows
  }
}

/** When the session ends, as the notice says it (`17:45`). */
export function time(at: Date): string {
  return at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
