import { randomUUID } from 'node:crypto';
import {
  absenceQuery, balanceQuery, cancellationRefusal, decisionRefusal, employeeBalances, hrEmployeeParams, hrKit, hrLeaveRequestParams, hrParams, leaveBalance, leaveDecisionInput,
  leavePreviewQuery, leavePreviewView, leaveRequestInput, leaveRequestList, leaveRequestProblem, leaveRequestQuery, leaveRequestView, leaveTypeInput, leaveTypeList, leaveTypeView,
  teamCalendarView, workingDaysIn, yearOf, type LeaveRequestView, type LeaveStatus,
} from '@atrium/core';
import { HrEmployee, HrLeaveRequest, ModuleSetting, withTenant, type EntityManager, type HrEmployeeEntity, type ModuleSettingEntity } from '@atrium/db';
import { cancelLeaveUpdate, decideLeaveUpdate, leaveRequestWorkflowId } from '@atrium/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { reserveUsage } from '../kit/usage';
import { isoDate } from './employee-view';
import { holidayDatesFor, holidaysBetween, hrActor, ownEmployee, today, type HrActor } from './hr-context';


const leaveTypeOf = (setting: ModuleSettingEntity) => ({
  id: setting.id,
  name: setting.name,
  paid: setting.data.paid !== false,
  daysPerYear: typeof setting.data.daysPerYear === 'number' ? setting.data.daysPerYear : null,
});

interface RequestRow {
  id: string;
  employee_id: string;
  employee_name: string;
  team: string;
  employee_user_id: string | null;
  manager_user_id: string | null;
  leave_type_id: string;
  leave_type_name: string;
  start_date: string;
  end_date: string;
  days: number;
  status: LeaveStatus;
  note: string;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_note: string;
  created_at: Date | string;
}

const requestSelect = `select r.id, r.employee_id, e.name as employee_name, e.team, em.user_id as employee_user_id, mm.user_id as manager_user_id,
    r.leave_type_id, s.name as leave_type_name, to_char(r.start_date, 'YYYY-MM-DD') as start_date, to_char(r.end_date, 'YYYY-MM-DD') as end_date,
    r.days, r.status, r.note, r.decided_by, r.decided_at, r.decision_note, r.created_at
  from hr_leave_request r
  join hr_employee e on e.id = r.employee_id
  join module_setting s on s.id = r.leave_type_id
  left join membership em on em.id = e.member_id
  left join hr_employee m on m.id = e.manager_id
  left join membership mm on mm.id = m.member_id`;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function requestView(row: RequestRow, actor: HrActor): LeaveRequestView {
  const decider = { userId: actor.userId, isHrManager: actor.isHrManager };
  return {
    id: row.id, employeeId: row.employee_id, employeeName: row.employee_name, leaveTypeId: row.leave_type_id, leaveTypeName: row.leave_type_name,
    startDate: row.start_date, endDate: row.end_date, days: Number(row.days), status: row.status, note: row.note, decidedBy: row.decided_by,
    decidedAt: instant(row.decided_at), decisionNote: row.decision_note, createdAt: instant(row.created_at)!,
    canDecide: decisionRefusal({ status: row.status, employeeUserId: row.employee_user_id, managerUserId: row.manager_user_id, decider }) === null,
    canCancel: cancellationRefusal({ status: row.status, employeeUserId: row.employee_user_id, byUserId: actor.userId, startDate: row.start_date, today: today() }) === null,
  };
}

async function requestRow(em: EntityManager, id: string): Promise<RequestRow> {
  const [row] = await em.execute<RequestRow[]>(`${requestSelect} where r.id = ?`, [id], 'all');
  if (!row) throw notFound('There is no such leave request.');
  return row;
}

/** Who may see an employee's leave and balances: themself, their manager, HR managers. */
async function seesLeaveOf(em: EntityManager, actor: HrActor, employee: HrEmployeeEntity): Promise<boolean> {
  if (actor.isHrManager) return true;
  const own = await ownEmployee(em, actor);
  return Boolean(own && (own.id === employee.id || employee.manager?.id === own.id));
}

async function balancesOf(em: EntityManager, employee: HrEmployeeEntity, year: number, excludeRequestId?: string) {
  const [types, bookings, holidays] = [
    await em.find(ModuleSetting, { module: 'hr', kind: 'leave_type' }, { orderBy: { position: 'asc' } }),
    await em.execute<{ leave_type_id: string; start_date: string; end_date: string; status: LeaveStatus; id: string }[]>(
      `select id, leave_type_id, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date, status from hr_leave_request
        where employee_id = ? and status in ('pending', 'approved') and start_date <= ? and end_date >= ?`,
      [employee.id, `${year}-12-31`, `${year}-01-01`], 'all',
    ),
    await holidayDatesFor(em, year, year),
  ];
  return types.map((setting) => {
    const type = leaveTypeOf(setting);
    const balance = leaveBalance({
      daysPerYear: type.daysPerYear, year, employeeStartDate: isoDate(employee.startDate), today: today(), holidays,
      bookings: bookings.filter((booking) => booking.leave_type_id === setting.id && booking.id !== excludeRequestId).map((booking) => ({ startDate: booking.start_date, endDate: booking.end_date, status: booking.status })),
    });
    return {
      leaveTypeId: type.id, leaveTypeName: type.name, daysPerYear: type.daysPerYear,
      proRata: type.daysPerYear !== null && balance.allowance !== type.daysPerYear, ...balance,
    };
  });
}

/**
 * A leave as the API counts it, before it is asked for: whose it is (the person's own
 * record, or someone they may request for), its working days without weekends and public
 * holidays, the balance it draws on and, if any, why it would be refused. The request and
 * its preview both come through here, so the days shown are the days booked.
 */
async function plannedLeave(em: EntityManager, actor: HrActor, input: { leaveTypeId: string; startDate: string; endDate: string; employeeId?: string | undefined }) {
  const own = await ownEmployee(em, actor);
  const employee = input.employeeId ? await em.findOne(HrEmployee, { id: input.employeeId }) : own;
  if (!employee) {
    if (input.employeeId) throw notFound('There is no such employee.');
    throw new HttpError(409, 'no_employee_record', 'You have no employee record in HR yet. Ask an HR manager to link you to yours.');
  }
  if (employee.id !== own?.id && !actor.isHrManager && employee.manager?.id !== (own?.id ?? '-')) {
    throw new HttpError(403, 'forbidden', 'You may request leave for yourself, or as their manager or HR for someone else.');
  }
  const leaveType = await em.findOne(ModuleSetting, { id: input.leaveTypeId, module: 'hr', kind: 'leave_type' });
  if (!leaveType) throw new HttpError(400, 'invalid_request', 'Choose a leave type.', { leaveTypeId: 'No such leave type.' });
  const thisYear = yearOf(today());
  const holidays = await holidayDatesFor(em, Math.min(thisYear, yearOf(input.startDate)), Math.max(thisYear + 1, yearOf(input.endDate)));
  const workingDays = input.endDate < input.startDate ? [] : workingDaysIn(input.startDate, input.endDate, holidays);
  const days = workingDays.length;
  const balance = (await balancesOf(em, employee, yearOf(input.startDate))).find((candidate) => candidate.leaveTypeId === leaveType.id)!;
  const problem = leaveRequestProblem({ startDate: input.startDate, endDate: input.endDate, days, balance });
  return { employee, leaveType, holidays, workingDays, days, balance, problem };
}

/** A refusal from the workflow's validator, as the person reads it. */
function refusalOf(error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError) {
    throw new HttpError(409, 'leave_not_changeable', error.cause?.message ?? 'This request cannot be changed now.');
  }
  throw error;
}

export function leaveRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/leave-types', summary: 'Leave types with their yearly allowance', can: 'read', params: hrParams,
    responses: { 200: { description: 'Leave types', schema: leaveTypeList } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ({
        leaveTypes: (await em.find(ModuleSetting, { module: 'hr', kind: 'leave_type' }, { orderBy: { position: 'asc' } })).map(leaveTypeOf),
      }));
    },
  });

  routes.add({
    method: 'post', path: '/leave-types', summary: 'Add a leave type (HR managers)', can: 'manage', params: hrParams, body: leaveTypeInput,
    responses: { 201: { description: 'The leave type', schema: leaveTypeView }, 402: { description: 'The plan’s leave type limit is reached' }, 409: { description: 'A leave type of that name exists' } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const input = validate(leaveTypeInput, ctx.request.body);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await reserveUsage(em, hrKit, 'leaveTypes', 1, actor.entitlements, companyId);
        if (await em.findOne(ModuleSetting, { module: 'hr', kind: 'leave_type', name: input.name })) throw new HttpError(409, 'name_taken', `There is already a leave type called ${input.name}.`, { name: 'Already used.' });
        const [last] = await em.execute<{ position: number | null }[]>(`select max(position) as position from module_setting where module = 'hr' and kind = 'leave_type'`, [], 'all');
        const setting = em.create(ModuleSetting, { id: randomUUID(), company: companyId, module: 'hr', kind: 'leave_type', name: input.name, position: Number(last?.position ?? 0) + 1, data: { paid: input.paid, daysPerYear: input.daysPerYear } });
        await em.persist(setting).flush();
        await tickSetupStep(em, 'hr', 'review_leave_types');
        return leaveTypeOf(setting);
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'get', path: '/leave-requests', summary: 'Leave requests: my own, those waiting for my decision, or all (HR managers)', can: 'read', params: hrParams, query: leaveRequestQuery,
    responses: { 200: { description: 'Requests, latest first', schema: leaveRequestList } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const { scope } = validate(leaveRequestQuery, ctx.query);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const own = await ownEmployee(em, actor);
        let rows: RequestRow[];
        if (scope === 'mine') rows = own ? await em.execute<RequestRow[]>(`${requestSelect} where r.employee_id = ? order by r.start_date desc`, [own.id], 'all') : [];
        else if (scope === 'all' && actor.isHrManager) rows = await em.execute<RequestRow[]>(`${requestSelect} order by r.start_date desc limit 500`, [], 'all');
        else if (scope === 'all') throw new HttpError(403, 'forbidden', 'Only HR managers see every request.');
        else {
          rows = await em.execute<RequestRow[]>(`${requestSelect} where r.status = 'pending' order by r.start_date asc limit 500`, [], 'all');
        }
        const leaveRequests = rows.map((row) => requestView(row, actor));
        return { leaveRequests: scope === 'to_decide' ? leaveRequests.filter((request) => request.canDecide) : leaveRequests };
      });
    },
  });

  routes.add({
    method: 'post', path: '/leave-requests', summary: 'Request leave (for myself; managers and HR for their people)', can: 'read', params: hrParams, body: leaveRequestInput,
    responses: {
      201: { description: 'The request, waiting for the manager', schema: leaveRequestView },
      409: { description: 'No employee record, or not enough days left' },
    },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const input = validate(leaveRequestInput, ctx.request.body);
      const actor = hrActor(ctx);
      if (actor.entitlements.modulesReadOnly) throw new HttpError(402, 'modules_read_only', 'HR is read-only until your subscription is paid up or resumed. See Billing.');
      const { row, start } = await withTenant(deps.orm, { companyId }, async (em) => {
        const { employee, leaveType, holidays, days, problem } = await plannedLeave(em, actor, input);
        if (problem) throw new HttpError(problem.error === 'insufficient_balance' ? 409 : 400, problem.error, problem.message, problem.error === 'insufficient_balance' ? undefined : { endDate: problem.message });
        const id = randomUUID();
        const request = em.create(HrLeaveRequest, {
          id, company: companyId, employee, leaveType, startDate: input.startDate, endDate: input.endDate, days, status: 'pending', note: input.note, decidedBy: null, decidedAt: null, decisionNote: '', cancelledAt: null, createdBy: actor.userId,
        });
        await em.persist(request).flush();
        const row = await requestRow(em, id);
        return {
          row,
          start: {
            companyId, leaveRequestId: id, employeeUserId: row.employee_user_id, managerUserId: row.manager_user_id, startDate: input.startDate, endDate: input.endDate,
            submittedAt: new Date().toISOString(), holidays,
          },
        };
      });
      try {
        await deps.temporal.workflow.start('leaveRequestWorkflow', { workflowId: leaveRequestWorkflowId(row.id), taskQueue: deps.config.temporal.taskQueue, args: [start] });
      } catch (error) {
        // Without its workflow nobody would be asked to decide: the request is not kept.
        await withTenant(deps.orm, { companyId }, (em) => em.nativeDelete(HrLeaveRequest, { id: row.id }));
        throw error;
      }
      ctx.status = 201;
      ctx.body = requestView(row, actor);
    },
  });

  routes.add({
    // Before `/leave-requests/:leaveRequestId`, so "preview" is not read as an id.
    method: 'get', path: '/leave-requests/preview', summary: 'What a leave would take: its working days without weekends and public holidays, the balance, and any refusal; writes nothing',
    can: 'read', params: hrParams, query: leavePreviewQuery,
    responses: { 200: { description: 'The days the request would book', schema: leavePreviewView }, 409: { description: 'The person has no employee record' } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const input = validate(leavePreviewQuery, ctx.query);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { employee, workingDays, days, balance, problem } = await plannedLeave(em, actor, input);
        const holidays = input.endDate < input.startDate ? [] : await holidaysBetween(em, input.startDate, input.endDate);
        return { employeeId: employee.id, startDate: input.startDate, endDate: input.endDate, days, workingDays, holidays, balance, problem };
      });
    },
  });

  routes.add({
    method: 'get', path: '/leave-requests/:leaveRequestId', summary: 'One leave request', can: 'read', params: hrLeaveRequestParams,
    responses: { 200: { description: 'The request', schema: leaveRequestView } },
    handler: async (ctx) => {
      const { companyId, leaveRequestId } = validate(hrLeaveRequestParams, ctx.params);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await requestRow(em, leaveRequestId);
        const employee = await em.findOneOrFail(HrEmployee, { id: row.employee_id });
        if (!(await seesLeaveOf(em, actor, employee))) throw notFound('There is no such leave request.');
        return requestView(row, actor);
      });
    },
  });

  routes.add({
    method: 'post', path: '/leave-requests/:leaveRequestId/decision', summary: 'Approve or reject a request (its employee’s manager, or an HR manager)', can: 'read', params: hrLeaveRequestParams, body: leaveDecisionInput,
    responses: { 200: { description: 'The decided request', schema: leaveRequestView }, 409: { description: 'Already decided, or not yours to decide' } },
    handler: async (ctx) => {
      const { companyId, leaveRequestId } = validate(hrLeaveRequestParams, ctx.params);
      const { decision, note } = validate(leaveDecisionInput, ctx.request.body);
      const actor = hrActor(ctx);
      if (actor.entitlements.modulesReadOnly) throw new HttpError(402, 'modules_read_only', 'HR is read-only until your subscription is paid up or resumed. See Billing.');
      const before = await withTenant(deps.orm, { companyId }, (em) => requestRow(em, leaveRequestId));
      const refusal = decisionRefusal({ status: before.status, employeeUserId: before.employee_user_id, managerUserId: before.manager_user_id, decider: { userId: actor.userId, isHrManager: actor.isHrManager } });
      if (refusal && before.status === 'pending') throw new HttpError(403, 'forbidden', refusal);
      if (refusal) throw new HttpError(409, 'leave_not_changeable', refusal);
      // The workflow's validator decides again, against its own state: two managers at once get one decision.
      await deps.temporal.workflow
        .getHandle(leaveRequestWorkflowId(leaveRequestId))
        .executeUpdate(decideLeaveUpdate, { args: [{ decision, note, deciderUserId: actor.userId, deciderIsHrManager: actor.isHrManager }] })
        .catch(refusalOf);
      ctx.body = requestView(await withTenant(deps.orm, { companyId }, (em) => requestRow(em, leaveRequestId)), actor);
    },
  });

  routes.add({
    method: 'post', path: '/leave-requests/:leaveRequestId/cancel', summary: 'Cancel my own request before the leave starts', can: 'read', params: hrLeaveRequestParams,
    responses: { 200: { description: 'The cancelled request', schema: leaveRequestView }, 409: { description: 'Already started, decided against, or not yours' } },
    handler: async (ctx) => {
      const { companyId, leaveRequestId } = validate(hrLeaveRequestParams, ctx.params);
      const actor = hrActor(ctx);
      const before = await withTenant(deps.orm, { companyId }, (em) => requestRow(em, leaveRequestId));
      if (before.employee_user_id !== actor.userId && !actor.isHrManager) throw notFound('There is no such leave request.');
      const refusal = cancellationRefusal({ status: before.status, employeeUserId: before.employee_user_id, byUserId: actor.userId, startDate: before.start_date, today: today() });
      if (refusal) throw new HttpError(409, 'leave_not_changeable', refusal);
      await deps.temporal.workflow.getHandle(leaveRequestWorkflowId(leaveRequestId)).executeUpdate(cancelLeaveUpdate, { args: [{ byUserId: actor.userId }] }).catch(refusalOf);
      ctx.body = requestView(await withTenant(deps.orm, { companyId }, (em) => requestRow(em, leaveRequestId)), actor);
    },
  });

  routes.add({
    method: 'get', path: '/employees/:employeeId/balances', summary: 'An employee’s leave balances for a year (themself, their manager, HR managers)', can: 'read', params: hrEmployeeParams, query: balanceQuery,
    responses: { 200: { description: 'Allowance, taken, booked, pending and remaining per leave type', schema: employeeBalances } },
    handler: async (ctx) => {
      const { companyId, employeeId } = validate(hrEmployeeParams, ctx.params);
      const { year = yearOf(today()) } = validate(balanceQuery, ctx.query);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const employee = await findOr404(em, HrEmployee, { id: employeeId }, 'There is no such employee.');
        if (!(await seesLeaveOf(em, actor, employee))) throw new HttpError(403, 'forbidden', 'Balances are seen by the employee, their manager and HR managers.');
        return { employeeId, employeeName: employee.name, year, balances: await balancesOf(em, employee, year) };
      });
    },
  });

  routes.add({
    method: 'get', path: '/calendar', summary: 'Who is away between two dates, with the public holidays', can: 'read', params: hrParams, query: absenceQuery,
    responses: { 200: { description: 'Approved and pending absences overlapping the range', schema: teamCalendarView } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const { from, to } = validate(absenceQuery, ctx.query);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const own = await ownEmployee(em, actor);
        const rows = await em.execute<(RequestRow & { manager_id: string | null })[]>(
          `${requestSelect.replace('select r.id,', 'select e.manager_id, r.id,')} where r.status in ('pending', 'approved') and r.start_date <= ? and r.end_date >= ? order by r.start_date, e.name`,
          [to, from], 'all',
        );
        return {
          from, to,
          absences: rows.map((row) => ({
            leaveRequestId: row.id, employeeId: row.employee_id, employeeName: row.employee_name, team: row.team,
            // Colleagues see that someone is away, not why: sick and parental leave are private.
            leaveTypeName: actor.isHrManager || row.employee_id === own?.id || (own && row.manager_id === own.id) ? row.leave_type_name : 'Away',
            startDate: row.start_date, endDate: row.end_date, status: row.status as 'pending' | 'approved',
          })),
          holidays: await holidaysBetween(em, from, to),
        };
      });
    },
  });
}
