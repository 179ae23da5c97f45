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

export const employeeSortKeys = ['name', 'jobTitle', 'team', 'startDate'] as const;
/** A page of the directory: searched in name, job title, team and work email, sorted by a column. */
export const employeeListQuery = z.object({
  q: storableText({ field: 'search', max: 100 }).optional(),
  sort: z.enum(employeeSortKeys, { error: 'sort is name, jobTitle, team or startDate.' }).default('name'),
  dir: z.enum(['asc', 'desc'], { error: 'dir is asc or desc.' }).default('asc'),
  limit: queryInteger({ field: 'page size (limit)', min: 1, max: 200 }).default(100),
  offset: queryInteger({ field: 'offset', min: 0, max: 1_000_000 }).default(0),
});
export type EmployeeListQuery = z.infer<typeof employeeListQuery>;

export const employeeList = z
  .object({
    employees: z.array(colleagueView),
    /** The person's own employee record, if they have one. */
    me: z.uuid().nullable(),
    /** How many match the search, over every page. */
    total: z.number().int(),
  })
  .meta({ id: 'HrEmployeeList' });

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

/** The fields a CSV column can fill (the manager by their work email). */
export const employeeImportFields = ['name', 'jobTitle', 'team', 'managerEmail', 'startDate', 'workEmail', 'phone', 'emergencyContactName', 'emergencyContactPhone'] as const;
export type EmployeeImportField = (typeof employeeImportFields)[number];
const importFieldLabels: Record<EmployeeImportField, string> = {
  name: 'Name', jobTitle: 'Job title', team: 'Team', managerEmail: 'Manager email', startDate: 'Start date', workEmail: 'Work email',
  phone: 'Phone', emergencyContactName: 'Emergency contact', emergencyContactPhone: 'Emergency contact phone',
};
/** A field's name as the import's messages and the dashboard's column matching say it. */
export const employeeImportFieldLabel = (field: EmployeeImportField): string => importFieldLabels[field];
/** CSV column header → the field it fills, or `ignore`. */
export type EmployeeImportMapping = Record<string, EmployeeImportField | 'ignore'>;

export const employeeImportRequest = z
  .object({
    csv: csvFile({ holds: 'about 900 employees', messages: { required: 'Paste or upload the CSV file.', empty: 'The file is empty.' } }),
    /** Column header → field; omitted, the columns are matched by their headers. */
    mapping: z.record(storableText({ field: 'column header', max: 200, trim: false }), z.enum([...employeeImportFields, 'ignore'], { error: 'Map each column to an employee field or to ignore.' })).optional(),
  })
  .meta({ id: 'HrEmployeeImportRequest' });
const importLineError = z.object({ line: z.number().int(), message: z.string() });
export const employeeImportResult = z
  .object({
    imported: z.number().int(),
    errors: z.array(importLineError),
  })
  .meta({ id: 'HrEmployeeImportResult' });
export const employeeImportPreview = z
  .object({
    columns: z.array(z.string()),
    mapping: z.record(z.string(), z.enum([...employeeImportFields, 'ignore'])),
    /** Data rows in the file, and how many of them would be added. */
    rows: z.number().int(),
    valid: z.number().int(),
    /** The first rows as the file has them (column header → cell). */
    sample: z.array(z.record(z.string(), z.string())),
    errors: z.array(importLineError),
  })
  .meta({ id: 'HrEmployeeImportPreview' });

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
    /** The leave type's full yearly allowance; null without one. */
    daysPerYear: z.number().nullable(),
    /** The allowance of this year is a share of `daysPerYear`: the employee started during it. */
    proRata: z.boolean(),
    allowance: z.number().nullable(),
    taken: z.number(),
    booked: z.number(),
    pending: z.number(),
    remaining: z.number().nullable(),
  })
  .meta({ id: 'HrLeaveBalance' });
/** What a leave would take before it is asked for: the API counts the days as it will on the request. */
export const leavePreviewQuery = z.object({
  leaveTypeId: z.uuid({ error: 'Choose a leave type.' }),
  startDate: isoDate('first day'),
  endDate: isoDate('last day'),
  employeeId: z.uuid({ error: 'That is not an employee id.' }).optional(),
});
export const leavePreviewView = z
  .object({
    employeeId: z.uuid(),
    startDate: z.string(),
    endDate: z.string(),
    /** Working days the leave takes: weekdays that are not public holidays. */
    days: z.number().int(),
    workingDays: z.array(z.string()),
    /** The public holidays inside the range, left out of `days`. */
    holidays: z.array(z.object({ date: z.string(), name: z.string() })),
    /** The leave type's balance in the year the leave starts, before this request. */
    balance: leaveBalanceView,
    /** Why the request would be refused, as the request itself would say; null when it can be made. */
    problem: z.object({ error: z.string(), message: z.string() }).nullable(),
  })
  .meta({ id: 'HrLeavePreview' });

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
