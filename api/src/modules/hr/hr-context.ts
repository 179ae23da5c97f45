import { isoDateOf, type Entitlements } from '@atrium/core';
import { publicHolidayDates, publicHolidays } from '@atrium/core/hr-server';
import { HrEmployee, type EntityManager, type HrEmployeeEntity } from '@atrium/db';
import type { Context } from 'koa';
import { HttpError } from '../../http/http-error';

/** The person and company of an HR request, as the verbs need them. */
export interface HrActor {
  companyId: string;
  userId: string;
  membershipId: string;
  entitlements: Entitlements;
  /** Module managers (and owners, admins): configure HR, decide any request, see every balance. */
  isHrManager: boolean;
  /** Editors and managers change employee records. */
  editsRecords: boolean;
}

export function hrActor(ctx: Context): HrActor {
  const { ability, membership } = ctx.state;
  return {
    companyId: membership.companyId,
    userId: ctx.state.person.id,
    membershipId: membership.id,
    entitlements: ctx.state.entitlements,
    isHrManager: ability.can('manage', 'hr'),
    editsRecords: ability.can('update', 'hr'),
  };
}

/** The person's own employee record, through the member it is linked to. */
export function ownEmployee(em: EntityManager, actor: HrActor): Promise<HrEmployeeEntity | null> {
  return em.findOne(HrEmployee, { member: actor.membershipId });
}

/** Whether the person, whose own record is `ownId`, sees `employee`'s private details (phone, emergency contact, balances). */
export function seesPrivateDetails(actor: HrActor, employee: { id: string; managerId: string | null }, ownId: string | null): boolean {
  if (actor.isHrManager || actor.editsRecords) return true;
  if (!ownId) return false;
  return ownId === employee.id || employee.managerId === ownId;
}

export async function companyCountry(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ country: string }[]>(`select country from company limit 1`, [], 'all');
  return row?.country ?? '';
}

/** The company country's holiday dates for the years from `from` to `to`. */
export async function holidayDatesFor(em: EntityManager, fromYear: number, toYear: number): Promise<string[]> {
  return publicHolidayDates(await companyCountry(em), fromYear, toYear);
}

export async function holidaysBetween(em: EntityManager, from: string, to: string) {
  const country = await companyCountry(em);
  const holidays = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) holidays.push(...publicHolidays(country, year));
  return holidays.filter((holiday) => holiday.date >= from && holiday.date <= to);
}

export const today = () => isoDateOf(Date.now());

export function requireRecordEditor(actor: HrActor): void {
  if (!actor.editsRecords) throw new HttpError(403, 'forbidden', 'Your HR role does not allow changing employee records. Ask an HR manager.');
}
