import { withTenant, type EntityManager, type Mailer, type MikroORM } from '@atrium/db';
import type { HrActivities, LeaveRequestKey } from '@atrium/workflows';
import { notifyPerson } from '../../notifications/notify-person';

interface LeaveFacts {
  employeeName: string;
  employeeUserId: string | null;
  managerUserId: string | null;
  leaveTypeName: string;
  startDate: string;
  endDate: string;
  days: number;
  status: string;
  decidedBy: string | null;
  decisionNote: string;
}

async function leaveFacts(em: EntityManager, leaveRequestId: string): Promise<LeaveFacts | undefined> {
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select e.name as employee_name, em.user_id as employee_user_id, mm.user_id as manager_user_id, s.name as leave_type_name,
            to_char(r.start_date, 'YYYY-MM-DD') as start_date, to_char(r.end_date, 'YYYY-MM-DD') as end_date, r.days, r.status, r.decided_by, r.decision_note
       from hr_leave_request r
       join hr_employee e on e.id = r.employee_id
       join module_setting s on s.id = r.leave_type_id
       left join membership em on em.id = e.member_id
       left join hr_employee m on m.id = e.manager_id
       left join membership mm on mm.id = m.member_id
      where r.id = ?`,
    [leaveRequestId],
    'all',
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    employeeName: String(row.employee_name),
    employeeUserId: (row.employee_user_id as string | null) ?? null,
    managerUserId: (row.manager_user_id as string | null) ?? null,
    leaveTypeName: String(row.leave_type_name),
    startDate: String(row.start_date),
    endDate: String(row.end_date),
    days: Number(row.days),
    status: String(row.status),
    decidedBy: (row.decided_by as string | null) ?? null,
    decisionNote: String(row.decision_note ?? ''),
  };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const period = (facts: LeaveFacts) =>
  facts.startDate === facts.endDate
    ? dayFormat.format(new Date(facts.startDate))
    : `${dayFormat.format(new Date(facts.startDate))} to ${dayFormat.format(new Date(facts.endDate))}`;
const what = (facts: LeaveFacts) => `${facts.leaveTypeName}, ${period(facts)} (${facts.days} working day${facts.days === 1 ? '' : 's'})`;

/** The people who decide any request: HR's module managers and the company's owners and admins. */
async function hrManagerUserIds(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `select user_id from membership where role in ('owner', 'admin') or module_roles ->> 'hr' = 'manager' order by user_id`,
    [],
    'all',
  );
  return rows.map((row) => row.user_id);
}

const footer = 'Open HR in Atrium to see the request.';

export function createHrActivities({ orm, mailer }: { orm: MikroORM; mailer: Mailer }): HrActivities {
  const inCompany = <T>({ companyId }: LeaveRequestKey, work: (em: EntityManager) => Promise<T>) => withTenant(orm, { companyId }, work);

  return {
    async recordLeaveDecision(input) {
      // Only a pending request takes a decision: a retry after the first write changes nothing.
      await inCompany(input, (em) =>
        em.execute(
          `update hr_leave_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?, updated_at = now() where id = ? and status = 'pending'`,
          [input.status, input.decidedBy, input.decidedAt, input.note, input.leaveRequestId],
        ),
      );
    },

    async recordLeaveCancellation(input) {
      await inCompany(input, (em) =>
        em.execute(
          `update hr_leave_request set status = 'cancelled', cancelled_at = ?, updated_at = now() where id = ? and status in ('pending', 'approved')`,
          [input.cancelledAt, input.leaveRequestId],
        ),
      );
    },

    async remindManagerOfLeave(input) {
      const facts = await inCompany(input, (em) => leaveFacts(em, input.leaveRequestId));
      if (!facts || facts.status !== 'pending' || !facts.managerUserId) return;
      await notifyPerson(orm, mailer, {
        companyId: input.companyId,
        userId: facts.managerUserId,
        module: 'hr',
        kind: 'hr_leave_reminder',
        title: `${facts.employeeName}'s leave request is waiting for you`,
        body: `${facts.employeeName} asked for ${what(facts)} two working days ago. Approve or reject it so they can plan.`,
        dedupeKey: `leave-reminder:${input.leaveRequestId}`,
      }, footer);
    },

    async escalateLeaveToHr(input) {
      const { facts, managers } = await inCompany(input, async (em) => ({ facts: await leaveFacts(em, input.leaveRequestId), managers: await hrManagerUserIds(em) }));
      if (!facts || facts.status !== 'pending') return;
      for (const userId of managers.filter((id) => id !== facts.employeeUserId)) {
        await notifyPerson(orm, mailer, {
          companyId: input.companyId,
          userId,
          module: 'hr',
        kind: 'hr_leave_escalation',
          title: `${facts.employeeName}'s leave request has waited five working days`,
          body: `${facts.employeeName} asked for ${what(facts)}, and ${facts.managerUserId ? 'their manager has not decided yet' : 'they have no manager on file'}. As an HR manager you can approve or reject it.`,
          dedupeKey: `leave-escalation:${input.leaveRequestId}:${userId}`,
        }, footer);
      }
    },

    async notifyEmployeeOfLeaveDecision(input) {
      const facts = await inCompany(input, (em) => leaveFacts(em, input.leaveRequestId));
      if (!facts?.employeeUserId || (facts.status !== 'approved' && facts.status !== 'rejected')) return;
      await notifyPerson(orm, mailer, {
        companyId: input.companyId,
        userId: facts.employeeUserId,
        module: 'hr',
        kind: 'hr_leave_decision',
        title: `Your leave request was ${facts.status}`,
        body: `${what(facts)}: ${facts.status}.${facts.decisionNote ? ` Note: ${facts.decisionNote}` : ''}`,
        dedupeKey: `leave-decision:${input.leaveRequestId}`,
      }, footer);
    },
  };
}
