import { describe, expect, it } from 'vitest';
import { dunningScheduleOf } from './dunning-schedule';

describe('where dunning stands in its schedule', () => {
  const failed = new Date('2026-12-01T00:05:00Z');

  it('the next retry is the first of days 1, 3, 5 and 7 still ahead; the write-off is day 30', () => {
    expect(dunningScheduleOf(failed, new Date('2026-12-01T12:00:00Z'))).toEqual({
      nextRetryAt: '2026-12-02T00:05:00.000Z',
      writeOffAt: '2026-12-31T00:05:00.000Z',
    });
    expect(dunningScheduleOf(failed, new Date('2026-12-04T00:05:00Z')).nextRetryAt).toBe('2026-12-06T00:05:00.000Z');
  });

  it('after the day-7 retry there is none left', () => {
    expect(dunningScheduleOf(failed, new Date('2026-12-08T00:06:00Z')).nextRetryAt).toBeNull();
  });
});
