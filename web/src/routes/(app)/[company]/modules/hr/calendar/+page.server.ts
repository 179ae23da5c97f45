import { isoDateOf } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { hrPath, pageProblem } from '../hr.server';
import { gridRange, monthGrid, monthOf, shiftMonth } from './month-grid';
import type { PageServerLoad } from './$types';

/**
 * Who is away in a month (`?month=YYYY-MM`), approved and waiting. What kind of leave it is
 * is the API's to say: colleagues see "Away", the person, their manager and HR see the type.
 */
export const load: PageServerLoad = async (event) => {
  const today = isoDateOf(Date.now());
  const month = monthOf(event.url.searchParams.get('month'), today);
  const range = gridRange(month);
  const calendar = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/hr/calendar', { params: { path: hrPath(event.params.company), query: range } }),
  );
  const nav = { month, previous: shiftMonth(month, -1), next: shiftMonth(month, 1), current: today.slice(0, 7) };
  if (!calendar.ok) return { ...nav, weeks: [], awayCount: 0, problem: pageProblem(calendar) };
  const inMonth = calendar.data.absences.filter((absence) => absence.endDate >= `${month}-01` && absence.startDate <= `${month}-31`);
  return { ...nav, weeks: monthGrid(month, calendar.data, today), awayCount: new Set(inMonth.map((absence) => absence.employeeId)).size, problem: null };
};
