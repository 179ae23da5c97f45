import { describe, expect, it } from 'vitest';
import { dueThisWeek, shipWindow } from './this-week';

describe('what ships this week', () => {
  const window = shipWindow(Date.parse('2027-03-10T15:00:00Z'));
  const work = [
    { key: 'late', dueOn: '2027-03-09', done: false, ownerId: 'ada' },
    { key: 'today', dueOn: '2027-03-10', done: false, ownerId: 'ada' },
    { key: 'sunday', dueOn: '2027-03-16', done: false, ownerId: 'max' },
    { key: 'next-week', dueOn: '2027-03-17', done: false, ownerId: 'ada' },
    { key: 'finished', dueOn: '2027-03-12', done: true, ownerId: 'ada' },
    { key: 'undated', dueOn: null, done: false, ownerId: 'ada' },
    { key: 'friday', dueOn: '2027-03-12', done: false, ownerId: null },
  ];

  it('is today and the six days after it', () => {
    expect(window).toEqual({ from: '2027-03-10', to: '2027-03-16' });
  });

  it('for the company: open work due in the window, soonest first', () => {
    expect(dueThisWeek(work, window, null).map((item) => item.key)).toEqual(['today', 'friday', 'sunday']);
  });

  it('for a person: only what they own', () => {
    expect(dueThisWeek(work, window, 'ada').map((item) => item.key)).toEqual(['today']);
    expect(dueThisWeek(work, window, 'max').map((item) => item.key)).toEqual(['sunday']);
  });
});
