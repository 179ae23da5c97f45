import { z } from 'zod';
import {
  buildOrgChart, colleagueView, employeeImportPreview, employeeImportRequest, employeeImportResult, employeeInput, employeeList, employeeListQuery, employeeUpdate,
  employeeView as employeeSchema, hrEmployeeParams, hrKit, hrParams, orgChartView, wouldCreateManagementLoop, type EmployeeInput,
} from '@atrium/core';
import { parseEmployeeCsv, type EmployeeCsvResult, type EmployeeCsvRow } from '@atrium/core/hr-server';
import { HrEmployee, Membership, UniqueConstraintViolationException, withTenant, type EntityManager, type HrEmployeeEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { tickSetupStep } from '../kit/setup-steps';
import { findOr404, removeOr404 } from '../kit/records';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage, type UsageChange } from '../kit/usage';
import { colleagueOf, employeeView } from './employee-view';
import { employeePage } from './employee-page';
import { hrActor, ownEmployee, requireRecordEditor, seesPrivateDetails } from './hr-context';


async function namesOf(em: EntityManager): Promise<Map<string, string>> {
  const rows = await em.execute<{ id: string; name: string }[]>(`select id, name from hr_employee`, [], 'all');
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function checkedLinks(em: EntityManager, employeeId: string | null, input: Partial<EmployeeInput>) {
  if (input.managerId) {
    const manager = await em.findOne(HrEmployee, { id: input.managerId });
    if (!manager) throw new HttpError(400, 'invalid_request', 'Choose the manager from the employees.', { managerId: 'No such employee.' });
    if (employeeId) {
      const people = await em.execute<{ id: string; manager_id: string | null }[]>(`select id, manager_id from hr_employee`, [], 'all');
      const chart = people.map((person) => ({ id: person.id, managerId: person.manager_id }));
      if (wouldCreateManagementLoop(chart, employeeId, input.managerId)) {
        throw new HttpError(400, 'invalid_request', 'Someone cannot be managed by a person who reports to them.', { managerId: 'This person reports to them.' });
      }
    }
  }
  if (input.memberId) {
    const member = await em.findOne(Membership, { id: input.memberId });
    if (!member) throw new HttpError(400, 'invalid_request', 'Choose the member from the team.', { memberId: 'No such member.' });
  }
}

/**
 * The rows of a parsed file that can be added: a work email already on record, or a manager
 * neither in the file nor on record, is an error of its line. Shared by the preview and the
 * import, so the preview says exactly what the import will do.
 */
async function importableRows(em: EntityManager, parsed: EmployeeCsvResult) {
  const existing = new Map((await em.find(HrEmployee, {})).map((employee) => [employee.workEmail, employee]));
  const errors = [...parsed.errors];
  const fresh = parsed.rows.filter((row) => {
    if (!existing.has(row.workEmail)) return true;
    errors.push({ line: row.line, message: `${row.workEmail} already has an employee record.` });
    return false;
  });
  const inFile = new Set(fresh.map((row) => row.workEmail));
  const rows: EmployeeCsvRow[] = fresh.filter((row) => {
    if (!row.managerEmail || inFile.has(row.managerEmail) || existing.has(row.managerEmail)) return true;
    errors.push({ line: row.line, message: `The manager ${row.managerEmail} is neither in the file nor on record.` });
    return false;
  });
  return { rows, existing, errors: errors.sort((a, b) => a.line - b.line) };
}

function uniqueRefusal(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    const member = String(error.message).includes('member_id');
    throw new HttpError(409, member ? 'member_already_linked' : 'email_taken', member ? 'That member is already linked to another employee record.' : 'Another employee has this work email.', member ? { memberId: 'Already linked.' } : { workEmail: 'Already used.' });
  }
  throw error;
}

const afterUsage = (deps: ApiDependencies, companyId: string, change: UsageChange, periodStart: string) => noticeUsageAfterCommit(deps, 'hr', companyId, change, periodStart);

export function employeeRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/employees', summary: 'A page of the company’s employees, searched and sorted (phone numbers and emergency contacts only for HR)', can: 'read',
    params: hrParams, query: employeeListQuery,
    responses: { 200: { description: 'Employees in the order asked for, and how many match', schema: employeeList } },
    handler: async (ctx) => {
      validate(hrParams, ctx.params);
      const query = validate(employeeListQuery, ctx.query);
      ctx.body = await employeePage(deps.orm, hrActor(ctx), query);
    },
  });

  routes.add({
    method: 'get', path: '/org-chart', summary: 'The org chart: people under their managers', can: 'read', params: hrParams,
    responses: { 200: { description: 'The tree, from the people without a manager down', schema: orgChartView } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const rows = await em.execute<{ id: string; manager_id: string | null; name: string; job_title: string; team: string }[]>(`select id, manager_id, name, job_title, team from hr_employee`, [], 'all');
        const strip = (node: ReturnType<typeof buildOrgChart<{ id: string; managerId: string | null; name: string; jobTitle: string; team: string }>>[number]): unknown => ({
          id: node.id, name: node.name, jobTitle: node.jobTitle, team: node.team, reports: node.reports.map(strip),
        });
        return { roots: buildOrgChart(rows.map((row) => ({ id: row.id, managerId: row.manager_id, name: row.name, jobTitle: row.job_title, team: row.team }))).map(strip) };
      });
    },
  });

  routes.add({
    method: 'get', path: '/employees/:employeeId', summary: 'One employee record', can: 'read', params: hrEmployeeParams,
    responses: { 200: { description: 'The employee (private details for HR, the person and their manager)', schema: colleagueView } },
    handler: async (ctx) => {
      const { companyId, employeeId } = validate(hrEmployeeParams, ctx.params);
      const actor = hrActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const employee = await findOr404(em, HrEmployee, { id: employeeId }, 'There is no such employee.');
        const view = employeeView(employee, await namesOf(em));
        return seesPrivateDetails(actor, view, (await ownEmployee(em, actor))?.id ?? null) ? view : colleagueOf(view);
      });
    },
  });

  routes.add({
    method: 'post', path: '/employees', summary: 'Add an employee record', can: 'create', params: hrParams, body: employeeInput,
    responses: { 201: { description: 'The employee', schema: employeeSchema }, 402: { description: 'The plan’s employee limit is reached' }, 409: { description: 'Work email or member already used' } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const input = validate(employeeInput, ctx.request.body);
      const actor = hrActor(ctx);
      requireRecordEditor(actor);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, hrKit, 'employees', 1, actor.entitlements, companyId);
        await checkedLinks(em, null, input);
        const employee = em.create(HrEmployee, {
          company: companyId, name: input.name, jobTitle: input.jobTitle, team: input.team, manager: input.managerId, startDate: input.startDate, workEmail: input.workEmail,
          phone: input.phone, emergencyContactName: input.emergencyContactName, emergencyContactPhone: input.emergencyContactPhone, member: input.memberId, createdBy: actor.userId,
        });
        await em.persist(employee).flush().catch(uniqueRefusal);
        await tickSetupStep(em, 'hr', 'add_employees');
        return { view: employeeView(employee, await namesOf(em)), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'patch', path: '/employees/:employeeId', summary: 'Change an employee record', can: 'update', params: hrEmployeeParams, body: employeeUpdate,
    responses: { 200: { description: 'The employee', schema: employeeSchema }, 409: { description: 'Work email or member already used' } },
    handler: async (ctx) => {
      const { companyId, employeeId } = validate(hrEmployeeParams, ctx.params);
      const input = validate(employeeUpdate, ctx.request.body);
      const actor = hrActor(ctx);
      requireRecordEditor(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const employee = await findOr404(em, HrEmployee, { id: employeeId }, 'There is no such employee.');
        await checkedLinks(em, employeeId, input);
        const { managerId, memberId, ...fields } = input;
        em.assign(employee, { ...fields, ...(managerId !== undefined ? { manager: managerId } : {}), ...(memberId !== undefined ? { member: memberId } : {}) });
        await em.flush().catch(uniqueRefusal);
        return employeeView(employee, await namesOf(em));
      });
    },
  });

  routes.add({
    method: 'delete', path: '/employees/:employeeId', summary: 'Remove an employee record and their leave', can: 'delete', params: hrEmployeeParams,
    responses: { 200: { description: 'Removed', schema: z.object({ deleted: z.literal(true) }) } },
    handler: async (ctx) => {
      const { companyId, employeeId } = validate(hrEmployeeParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, HrEmployee, { id: employeeId }, 'There is no such employee.'));
    },
  });

  routes.add({
    method: 'post', path: '/employees/import/preview', summary: 'Read an employee CSV: its columns, the mapping, a sample and each bad line; writes nothing', can: 'create', params: hrParams, body: employeeImportRequest,
    responses: { 200: { description: 'What the import would do', schema: employeeImportPreview } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const { csv, mapping } = validate(employeeImportRequest, ctx.request.body);
      requireRecordEditor(hrActor(ctx));
      const parsed = parseEmployeeCsv(csv, mapping);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { rows, errors } = await importableRows(em, parsed);
        return { columns: parsed.columns, mapping: parsed.mapping, rows: parsed.records.length, valid: rows.length, sample: parsed.records.slice(0, 5), errors };
      });
    },
  });

  routes.add({
    method: 'post', path: '/employees/import', summary: 'Import employees from a CSV: good rows are added, bad rows reported by line', can: 'create', params: hrParams, body: employeeImportRequest,
    responses: { 200: { description: 'How many were added, and each refused line', schema: employeeImportResult }, 402: { description: 'The file would pass the plan’s employee limit' } },
    handler: async (ctx) => {
      const { companyId } = validate(hrParams, ctx.params);
      const { csv, mapping } = validate(employeeImportRequest, ctx.request.body);
      const actor = hrActor(ctx);
      requireRecordEditor(actor);
      const parsed = parseEmployeeCsv(csv, mapping);
      const { result, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const { rows, existing, errors } = await importableRows(em, parsed);
        // The whole file's rows count against the limit at once: all of them fit, or none is written.
        const change = await reserveUsage(em, hrKit, 'employees', rows.length, actor.entitlements, companyId);
        const created = new Map<string, HrEmployeeEntity>();
        for (const row of rows) {
          const employee = em.create(HrEmployee, {
            company: companyId, name: row.name, jobTitle: row.jobTitle, team: row.team, manager: null, startDate: row.startDate, workEmail: row.workEmail,
            phone: row.phone, emergencyContactName: row.emergencyContactName, emergencyContactPhone: row.emergencyContactPhone, member: null, createdBy: actor.userId,
          });
          em.persist(employee);
          created.set(row.workEmail, employee);
        }
        await em.flush();
        for (const row of rows) {
          if (row.managerEmail) created.get(row.workEmail)!.manager = (created.get(row.managerEmail) ?? existing.get(row.managerEmail))!;
        }
        await em.flush();
        if (rows.length > 0) await tickSetupStep(em, 'hr', 'add_employees');
        return { result: { imported: rows.length, errors }, change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.body = result;
    },
  });
}
