/**
 * Dates are formatted in UTC so the server's HTML and the browser's hydration agree; the
 * label says so where the time of day matters.
 */
const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const formatDay = (iso: string): string => day.format(new Date(iso));
export const formatMoment = (iso: string): string => `${moment.format(new Date(iso))} UTC`;
