import { parse } from 'csv-parse/sync';
import { employeeInput, type EmployeeInput } from './schemas';

/** One row of an employee import, checked; `managerEmail` is resolved against the company's records on import. */
export type EmployeeCsvRow = Omit<EmployeeInput, 'managerId' | 'memberId'> & { line: number; managerEmail: string | null };

export interface EmployeeCsvResult {
  rows: EmployeeCsvRow[];
  errors: { line: number; message: string }[];
}

/** Header spellings people use, to the field they fill. */
const headerAliases: Record<string, keyof Omit<EmployeeCsvRow, 'line'>> = {
  name: 'name', 'full name': 'name', employee: 'name',
  'job title': 'jobTitle', title: 'jobTitle', role: 'jobTitle', position: 'jobTitle',
  team: 'team', department: 'team',
  'manager email': 'managerEmail', manager: 'managerEmail', 'reports to': 'managerEmail',
  'start date': 'startDate', started: 'startDate', 'hire date': 'startDate',
  'work email': 'workEmail', email: 'workEmail',
  phone: 'phone', 'phone number': 'phone',
  'emergency contact': 'emergencyContactName', 'emergency contact name': 'emergencyContactName',
  'emergency contact phone': 'emergencyContactPhone', 'emergency phone': 'emergencyContactPhone',
};

const normalHeader = (header: string) => header.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/**
 * Reads an employee CSV (a header row, comma or semicolon separated, quoted fields as
 * spreadsheets write them) into checked rows and per-line errors. Lines are the file's own
 * line numbers, so "line 7" is what a spreadsheet shows as row 7.
 */
export function parseEmployeeCsv(text: string): EmployeeCsvResult {
  let records: string[][];
  try {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { rows: [], errors: [{ line: 1, message: `The file is not a CSV we can read: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, message: 'The file is empty.' }] };
  const fields = header.map((column) => headerAliases[normalHeader(column)]);
  const missing = (['name', 'workEmail', 'startDate'] as const).filter((field) => !fields.includes(field));
  if (missing.length) {
    const words = { name: 'Name', workEmail: 'Work email', startDate: 'Start date' };
    return { rows: [], errors: [{ line: 1, message: `The header row needs the columns ${missing.map((field) => words[field]).join(', ')}.` }] };
  }

  const rows: EmployeeCsvRow[] = [];
  const errors: EmployeeCsvResult['errors'] = [];
  const seenEmails = new Map<string, number>();
  body.forEach((record, index) => {
    const line = index + 2;
    const raw: Record<string, string> = {};
    record.forEach((value, column) => {
      const field = fields[column];
      if (field) raw[field] = value;
    });
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
  return { rows, errors };
}
