import { z } from 'zod';
import { csvFile } from '../../api/csv-file';
import { queryInteger } from '../../api/query-integer';
import { text as storableText } from '../../api/text';
import { isIsoDate } from './calendar-dates';
import { leaveStatuses } from './leave-balance';

const companyId = z.uuid({ error: 'That is not a company id.' });
export const isoDate = (label: string) =>
  z.string({ error: `Give the ${label} as a date, like 2026-03-31.` }).refine(isIsoDate, { error: `Give the ${label} as a date, like 2026-03-31.` });

// Every text goes through core's `text()`: a NUL or a broken character is a 400 naming the field.
const text = (max: number, label: string, multiline = false) =>
  storableText({ field: label.replace(/^The /, '').toLowerCase(), max, multiline, messages: { required: `${label} is text.`, max: `${label} is at most ${max} characters.` } });
const optionalText = (max: number, label: string) => text(max, label).default('');

export const hrParams = z.object({ companyId });
export const hrEmployeeParams = z.object({ companyId, employeeId: z.uuid({ error: 'That is not an employee id.' }) });
export const hrLeaveRequestParams = z.object({ companyId, leaveRequestId: z.uuid({ error: 'That is not a leave request id.' }) });

const employeeName = storableText({ field: 'employee’s name', min: 1, max: 120, messages: { required: 'Give the employee’s name.', min: 'Give the employee’s name.', max: 'A name is at most 120 characters.' } });
const workEmail = z
  .email({ error: 'Enter a valid work email, like name@company.com.' })
  .max(200)
  .transform((value) => value.trim().toLowerCase());
const managerId = z.uuid({ error: 'Choose the manager from the employees.' }).nullable();
/** The company member whose record this is: they request leave and see their balance as this employee. */
const memberId = z.uuid({ error: 'Choose the member from the team.' }).nullable();

export const employeeInput = z
  .object({
    name: employeeName,
    jobTitle: optionalText(120, 'The job title'),
    team: optionalText(80, 'The team'),
    managerId: managerId.default(null),
    startDate: isoDate('start date'),
    workEmail,
    phone: optionalText(40, 'The phone number'),
    emergencyContactName: optionalText(120, 'The emergency contact’s name'),
    emergencyContactPhone: optionalText(40, 'The emergency contact’s phone'),
    memberId: memberId.default(null),
  })
  .meta({ id: 'HrEmployeeInput' });
export type EmployeeInput = z.infer<typeof employeeInput>;

/** Only the fields sent change (no defaults: a missing field is left as it is). */
export const employeeUpdate = z
  .object({
    name: employeeName,
    jobTitle: text(120, 'The job title'),
    team: text(80, 'The team'),
    managerId,
    startDate: isoDate('start date'),
    workEmail,
    phone: text(40, 'The phone number'),
    emergencyContactName: text(120, 'The emergency contact’s name'),
    emergencyContactPhone: text(40, 'The emergency contact’s phone'),
    memberId,
  })
  .partial()
  .meta({ id: 'HrEmployeeUpdate' });

export const employeeView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    jobTitle: z.string(),
    team: z.string(),
    managerId: z.uuid().nullable(),
    managerName: z.string().nullable(),
    startDate: z.string(),
    workEmail: z.string(),
    phone: z.string(),
    emergencyContactName: z.string(),
    emergencyContactPhone: z.string(),
    memberId: z.uuid().nullable(),
  })
  .meta({ id: 'HrEmployee' });
export type EmployeeView = z.infer<typeof employeeView>;

/** A colleague as every employee sees them: no phone numbers or emergency contacts. */
export const colleagueView = employeeView.pick({ id: true, name: true, jobTitle: true, team: true, managerId: true, managerName: true, startDate: true, workEmail: true, memberId: true }).extend({
  phone: z.string().optional(),
  emergencyContactName: z.string().optional(),
  emergencyContactPhone: z.string().optional(),
}).meta({ id: 'HrColleague' });

export const employeeList = z.object({ employees: z.array(colleagueView), me: z.uuid().nullable() }).meta({ id: 'HrEmployeeList' });

export interface OrgChartNodeView {
  id: string;
  name: string;
  jobTitle: string;
  team: string;
  reports: OrgChartNodeView[];
}
export const orgChartNode: z.ZodType<OrgChartNodeView> = z
  .object({
    id: z.uuid(),
    name: z.string(),
    jobTitle: z.string(),
    team: z.string(),
    get reports() {
      return z.array(orgChartNode);
    },
  })
  .meta({ id: 'HrOrgChartNode' });
export const orgChartView = z.object({ roots: z.array(orgChartNode) }).meta({ id: 'HrOrgChart' });

export const employeeImportRequest = z
  // The JSON body limit is 100 kB: a file of up to 90 kB, about 900 employees.
  .object({ csv: csvFile({ holds: 'about 900 employees', messages: { required: 'Paste or upload the CSV file.', empty: 'The file is empty.' } }) })
  .meta({ id: 'HrEmployeeImportRequest' });
export const employeeImportResult = z
  .object({
    imported: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  })
  .meta({ id: 'HrEmployeeImportResult' });

export const leaveTypeView = z
  .object({ id: z.uuid(), name: z.string(), paid: z.boolean(), daysPerYear: z.number().nullable() })
  .meta({ id: 'HrLeaveType' });
export const leaveTypeList = z.object({ leaveTypes: z.array(leaveTypeView) }).meta({ id: 'HrLeaveTypeList' });
export const leaveTypeInput = z
  .object({
    name: storableText({ field: 'leave type’s name', min: 1, max: 120, messages: { required: 'Name the leave type.', min: 'Name the leave type.' } }),
    paid: z.boolean({ error: 'paid is true or false.' }).default(true),
    daysPerYear: z.number({ error: 'Give the days a year as a number, or null.' }).min(0).max(366).multipleOf(0.5, { error: 'Allowances are in half days.' }).nullable().default(null),
  })
  .meta({ id: 'HrLeaveTypeInput' });

export const leaveRequestInput = z
  .object({
    leaveTypeId: z.uuid({ error: 'Choose a leave type.' }),
    startDate: isoDate('first day'),
    endDate: isoDate('last day'),
    note: text(500, 'The note', true).default(''),
    /** Managers and HR managers may request for someone else; otherwise it is the person's own record. */
    employeeId: z.uuid({ error: 'That is not an employee id.' }).optional(),
  })
  .meta({ id: 'HrLeaveRequestInput' });

export const leaveDecisionInput = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'Decide approve or reject.' }),
    note: text(500, 'The note', true).default(''),
  })
  .meta({ id: 'HrLeaveDecisionInput' });

export const leaveRequestView = z
  .object({
    id: z.uuid(),
    employeeId: z.uuid(),
    employeeName: z.string(),
    leaveTypeId: z.uuid(),
    leaveTypeName: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    days: z.number(),
    status: z.enum(leaveStatuses),
    note: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string(),
    createdAt: z.string(),
    /** For the person asking: they may approve or reject it now. */
    canDecide: z.boolean(),
    /** For the person asking: they may cancel it now. */
    canCancel: z.boolean(),
  })
  .meta({ id: 'HrLeaveRequest' });
export type LeaveRequestView = z.infer<typeof leaveRequestView>;
export const leaveRequestList = z.object({ leaveRequests: z.array(leaveRequestView) }).meta({ id: 'HrLeaveRequestList' });
export const leaveRequestQuery = z.object({
  scope: z.enum(['mine', 'to_decide', 'all'], { error: 'scope is mine, to_decide or all.' }).default('mine'),
});

export const leaveBalanceView = z
  .object({
    leaveTypeId: z.uuid(),
    leaveTypeName: z.string(),
    year: z.number().int(),
    allowance: z.number().nullable(),
    taken: z.number(),
    booked: z.number(),
    pending: z.number(),
    remaining: z.number().nullable(),
  })
  .meta({ id: 'HrLeaveBalance' });
export const employeeBalances = z
  .object({ employeeId: z.uuid(), employeeName: z.string(), year: z.number().int(), balances: z.array(leaveBalanceView) })
  .meta({ id: 'HrEmployeeBalances' });
export const balanceQuery = z.object({
  year: queryInteger({ field: 'year', min: 2000, max: 2100, messages: { type: 'Give the year in digits, like 2027.', min: 'Pick a year from 2000.', max: 'Pick a year up to 2100.' } }).optional(),
});

export const absenceQuery = z
  .object({ from: isoDate('first day'), to: isoDate('last day') })
  .refine((range) => range.from <= range.to, { error: 'The range ends before it starts.', path: ['to'] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 92 * 86_400_000, { error: 'Ask for at most three months at a time.', path: ['to'] });
export const absenceView = z
  .object({
    leaveRequestId: z.uuid(),
    employeeId: z.uuid(),
    employeeName: z.string(),
    team: z.string(),
    leaveTypeName: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(['pending', 'approved']),
  })
  .meta({ id: 'HrAbsence' });
export const teamCalendarView = z
  .object({
    from: z.string(),
    to: z.string(),
    absences: z.array(absenceView),
    holidays: z.array(z.object({ date: z.string(), name: z.string() })),
  })
  .meta({ id: 'HrTeamCalendar' });
