import { parse } from 'csv-parse/sync';
import { employeeImportFieldLabel, employeeImportFields, employeeInput, type EmployeeImportField, type EmployeeImportMapping, type EmployeeInput } from './schemas';

/** One row of an employee import, checked; `managerEmail` is resolved against the company's records on import. */
export type EmployeeCsvRow = Omit<EmployeeInput, 'managerId' | 'memberId'> & { line: number; managerEmail: string | null };

export interface EmployeeCsvResult {
  /** The header row as the file has it. */
  columns: string[];
  /** Each column to the field it fills, or `ignore`: the suggested mapping, or the one asked for. */
  mapping: EmployeeImportMapping;
  /** Every data row as the file has it (column header → cell), for a preview. */
  records: Record<string, string>[];
  rows: EmployeeCsvRow[];
  errors: { line: number; message: string }[];
}

/** Header spellings people use, to the field they fill. */
const headerAliases: Record<string, EmployeeImportField> = {
  name: 'name', 'full name': 'name', employee: 'name',
  'job title': 'jobTitle', jobtitle: 'jobTitle', title: 'jobTitle', role: 'jobTitle', position: 'jobTitle',
  team: 'team', department: 'team',
  'manager email': 'managerEmail', manageremail: 'managerEmail', manager: 'managerEmail', 'reports to': 'managerEmail',
  'start date': 'startDate', startdate: 'startDate', started: 'startDate', 'hire date': 'startDate',
  'work email': 'workEmail', workemail: 'workEmail', email: 'workEmail',
  phone: 'phone', 'phone number': 'phone',
  'emergency contact': 'emergencyContactName', 'emergency contact name': 'emergencyContactName', emergencycontactname: 'emergencyContactName',
  'emergency contact phone': 'emergencyContactPhone', 'emergency phone': 'emergencyContactPhone', emergencycontactphone: 'emergencyContactPhone',
};

const normalHeader = (header: string) => header.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/** Each column matched to the field its header names (the first column naming a field wins), or ignored. */
export function suggestEmployeeMapping(columns: readonly string[]): EmployeeImportMapping {
  const taken = new Set<EmployeeImportField>();
  return Object.fromEntries(
    columns.map((column) => {
      const field = headerAliases[normalHeader(column)];
      if (!field || taken.has(field)) return [column, 'ignore'];
      taken.add(field);
      return [column, field];
    }),
  );
}

/** A problem with the whole file: nothing in it can be read as employees. */
const fileProblem = (message: string, columns: string[] = [], mapping: EmployeeImportMapping = {}): EmployeeCsvResult => ({
  columns, mapping, records: [], rows: [], errors: [{ line: 1, message }],
});

/**
 * Reads an employee CSV (a header row, comma or semicolon separated, quoted fields as
 * spreadsheets write them) into checked rows and per-line errors. Lines are the file's own
 * line numbers, so "line 7" is what a spreadsheet shows as row 7. Columns are matched to
 * fields by their headers unless `requested` maps them (column header → field or ignore).
 */
export function parseEmployeeCsv(text: string, requested?: EmployeeImportMapping): EmployeeCsvResult {
  let records: string[][];
  try {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return fileProblem(`The file is not a CSV we can read: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) return fileProblem('The file is empty.');
  if (new Set(header).size !== header.length) return fileProblem('Two columns have the same header; rename one.', header);
  const unknown = Object.keys(requested ?? {}).filter((column) => !header.includes(column));
  if (unknown.length) return fileProblem(`The mapping names a column the file does not have: ${unknown[0]}.`, header);
  const mapping: EmployeeImportMapping = requested ? Object.fromEntries(header.map((column) => [column, requested[column] ?? 'ignore'])) : suggestEmployeeMapping(header);
  const mapped = Object.values(mapping).filter((field) => field !== 'ignore');
  const twice = employeeImportFields.find((field) => mapped.filter((candidate) => candidate === field).length > 1);
  if (twice) return fileProblem(`Two columns are mapped to ${employeeImportFieldLabel(twice)}; map one of them to “Ignore”.`, header, mapping);
  const missing = (['name', 'workEmail', 'startDate'] as const).filter((field) => !mapped.includes(field));
  if (missing.length) return fileProblem(`The header row needs the columns ${missing.map(employeeImportFieldLabel).join(', ')}.`, header, mapping);

  const rows: EmployeeCsvRow[] = [];
  const errors: EmployeeCsvResult['errors'] = [];
  const seenEmails = new Map<string, number>();
  const asRecords = body.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
  asRecords.forEach((record, index) => {
    const line = index + 2;
    const raw: Partial<Record<EmployeeImportField, string>> = {};
    for (const [column, field] of Object.entries(mapping)) if (field !== 'ignore') raw[field] = record[column] ?? '';
    const { managerEmail = '', ...rest } = raw;
    const parsed = employeeInput.safeParse(rest);
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues[0]?.message ?? 'This row is not valid.' });
      return;
    }
    const earlier = seenEmails.get(parsed.data.workEmail);
    if (earlier) {
      errors.push({ line, message: `${parsed.data.workEmail} is already on line ${earlier}.` });
      return;
    }
    seenEmails.set(parsed.data.workEmail, line);
    const { managerId: _managerId, memberId: _memberId, ...employee } = parsed.data;
    rows.push({ ...employee, line, managerEmail: managerEmail.trim().toLowerCase() || null });
  });
  return { columns: header, mapping, records: asRecords, rows, errors };
}
