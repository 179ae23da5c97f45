import { addCalendarDays, isoDateOf } from '../hr/calendar-dates';
import { bucketStartOf, type BucketSize, type DateRange } from './date-ranges';
import type { ReportFrequency } from './schemas';

export interface ReportPeriod extends DateRange {
  /** The business key of one mailing: `2027-01-25` (the week's Monday) or `2027-01` (the month). */
  key: string;
  label: string;
  bucket: BucketSize;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The whole period a report sent at `sentAt` covers: the last whole week (Monday to Sunday)
 * or the last whole month before it. A report sent twice for the same period (a retry, a
 * schedule caught up) has the same key, which is what keeps it to one mail.
 */
export function reportPeriodOf(frequency: ReportFrequency, sentAt: Date | number): ReportPeriod {
  const today = isoDateOf(sentAt);
  if (frequency === 'weekly') {
    const from = addCalendarDays(bucketStartOf(today, 'week'), -7);
    const to = addCalendarDays(from, 6);
    return { from, to, key: from, label: `Week of ${dayName.format(new Date(`${from}T00:00:00Z`))}`, bucket: 'day' };
  }
  const to = addCalendarDays(bucketStartOf(today, 'month'), -1);
  const from = bucketStartOf(to, 'month');
  return { from, to, key: from.slice(0, 7), label: monthName.format(new Date(`${from}T00:00:00Z`)), bucket: 'week' };
}
