import type { EmployeeListQuery, EmployeeView } from '@atrium/core';
import { readInOneTrip, type MikroORM } from '@atrium/db';
import { colleagueOf } from './employee-view';
import { seesPrivateDetails, type HrActor } from './hr-context';
import { likePattern } from '../kit/like-pattern';

const sortColumns = { name: 'e.name', jobTitle: 'e.job_title', team: 'e.team', startDate: 'e.start_date' } as const;

interface EmployeeRow {
  id: string;
  name: string;
  job_title: string;
  team: string;
  manager_id: string | null;
  manager_name: string | null;
  start_date: string;
  work_email: string;
  phone: string;
  emergency_contact_name: string;
  emergency_contact_phone: string;
  member_id: string | null;
}

/**
 * A page of the employee list in one round trip: the page with each manager's name (a join,
 * not every employee's name loaded to look one up), how many match, and the person's own
 * record, which decides whose private details they see.
 */
export async function employeePage(orm: MikroORM, actor: HrActor, query: EmployeeListQuery) {
  const search = query.q ? `and (e.name ilike $2 or e.job_title ilike $2 or e.team ilike $2 or e.work_email ilike $2)` : '';
  const values = [actor.companyId, ...(query.q ? [likePattern(query.q)] : [])];
  const dir = query.dir === 'desc' ? 'desc' : 'asc';
  const [rows, count, own] = (await readInOneTrip(orm, { companyId: actor.companyId }, [
    {
      sql: `select e.id, e.name, e.job_title, e.team, e.manager_id, m.name as manager_name, e.start_date::text as start_date, e.work_email, e.phone,
              e.emergency_contact_name, e.emergency_contact_phone, e.member_id
            from hr_employee e left join hr_employee m on m.id = e.manager_id
            where e.company_id = $1 ${search}
            -- Ties (a team, a start date) fall back to the name, then the id, so pages never overlap.
            order by ${sortColumns[query.sort]} ${dir}, e.name asc, e.id asc limit ${query.limit} offset ${query.offset}`,
      values,
    },
    { sql: `select count(*)::int as total from hr_employee e where e.company_id = $1 ${search}`, values },
    { sql: `select id from hr_employee where member_id = $1`, values: [actor.membershipId] },
  ])) as [EmployeeRow[], { total: number }[], { id: string }[]];
  const ownId = own[0]?.id ?? null;
  return {
    employees: rows.map((row) => {
      const view = employeeViewOf(row);
      return seesPrivateDetails(actor, view, ownId) ? view : colleagueOf(view);
    }),
    me: ownId,
    total: count[0]!.total,
  };
}

function employeeViewOf(row: EmployeeRow): EmployeeView {
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.job_title,
    team: row.team,
    managerId: row.manager_id,
    managerName: row.manager_name,
    startDate: row.start_date,
    workEmail: row.work_email,
    phone: row.phone,
    emergencyContactName: row.emergency_contact_name,
    emergencyContactPhone: row.emergency_contact_phone,
    memberId: row.member_id,
  };
}
