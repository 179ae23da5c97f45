import { parse } from 'csv-parse/sync';
import { isIsoDate, type IsoDate } from '../hr/calendar-dates';
import { bankImportFieldLabel, bankImportFields, type BankImportField, type BankImportMapping, type BankDateOrder } from './schemas';

/** One statement line, read: a signed amount (money in is positive) on a date. */
export interface BankCsvRow {
  line: number;
  bookedOn: IsoDate;
  amountMinor: number;
  description: string;
}

export interface BankCsvResult {
  columns: string[];
  mapping: BankImportMapping;
  records: Record<string, string>[];
  rows: BankCsvRow[];
  errors: { line: number; message: string }[];
}

const headerAliases: Record<string, BankImportField> = {
  date: 'date', 'booking date': 'date', 'booked on': 'date', 'transaction date': 'date', 'value date': 'date', buchungstag: 'date',
  amount: 'amount', value: 'amount', betrag: 'amount', 'amount (eur)': 'amount', 'amount (gbp)': 'amount', 'amount (usd)': 'amount',
  debit: 'debit', 'money out': 'debit', 'paid out': 'debit', withdrawal: 'debit',
  credit: 'credit', 'money in': 'credit', 'paid in': 'credit', deposit: 'credit',
  description: 'description', details: 'description', payee: 'description', reference: 'description', memo: 'description', 'transaction description': 'description', verwendungszweck: 'description',
};

const normalHeader = (header: string) => header.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

export function suggestBankMapping(columns: readonly string[]): BankImportMapping {
  const taken = new Set<BankImportField>();
  return Object.fromEntries(
    columns.map((column) => {
      const field = headerAliases[normalHeader(column)];
      if (!field || taken.has(field)) return [column, 'ignore'];
      taken.add(field);
      return [column, field];
    }),
  );
}

/**
 * An amount as banks print it, into minor units without floating point: "1,234.56",
 * "-12.30", "12,30" and "1.234,56" (the last separator followed by one or two digits is
 * the decimal one), "(12.30)" for a debit, a currency sign or code around it.
 */
export function parseStatementAmount(raw: string): number | null {
  let text = raw.trim().replace(/\s|\u00a0/g, '').replace(/^(EUR|USD|GBP|€|\$|£)|(EUR|USD|GBP|€|\$|£)$/gi, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  text = text.replace(/^(EUR|USD|GBP|€|\$|£)/i, '');
  if (!/^[\d.,']+$/.test(text) || !/\d/.test(text)) return null;
  const decimal = text.match(/[.,](\d{1,2})$/);
  const whole = (decimal ? text.slice(0, -decimal[0].length) : text).replace(/[.,']/g, '');
  if (!/^\d+$/.test(whole) || whole.length > 12) return null;
  const cents = decimal ? Number(decimal[1]!.padEnd(2, '0')) : 0;
  const minor = Number(whole) * 100 + cents;
  return negative ? -minor : minor;
}

/** A statement date: ISO, or day-month-year (month-day-year when asked) with / . or - between. */
export function parseStatementDate(raw: string, order: BankDateOrder): IsoDate | null {
  const text = raw.trim();
  // A boolean, not the type guard: IsoDate is a string, and the guard would leave `never` below.
  const iso: boolean = isIsoDate(text);
  if (iso) return text;
  const parts = text.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  if (!parts) return null;
  const [first, second] = [parts[1]!.padStart(2, '0'), parts[2]!.padStart(2, '0')];
  const date = order === 'mdy' ? `${parts[3]}-${first}-${second}` : `${parts[3]}-${second}-${first}`;
  return isIsoDate(date) ? date : null;
}

const fileProblem = (message: string, columns: string[] = [], mapping: BankImportMapping = {}): BankCsvResult => ({ columns, mapping, records: [], rows: [], errors: [{ line: 1, message }] });

/**
 * Reads a bank statement CSV (a header row; comma or semicolon separated, as banks export
 * them) into statement lines and per-line errors, through the suggested or the asked-for
 * column mapping: a date, a description, and either one signed amount column or separate
 * money-out and money-in columns. Line numbers are the file's own.
 */
export function parseBankCsv(text: string, requested: BankImportMapping | undefined, order: BankDateOrder = 'dmy'): BankCsvResult {
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
  const mapping: BankImportMapping = requested ? Object.fromEntries(header.map((column) => [column, requested[column] ?? 'ignore'])) : suggestBankMapping(header);
  const mapped = Object.values(mapping).filter((field) => field !== 'ignore');
  const twice = bankImportFields.find((field) => mapped.filter((candidate) => candidate === field).length > 1);
  if (twice) return fileProblem(`Two columns are mapped to ${bankImportFieldLabel(twice)}; map one of them to “Ignore”.`, header, mapping);
  if (!mapped.includes('date')) return fileProblem('Map a column to Date.', header, mapping);
  const hasAmount = mapped.includes('amount');
  if (!hasAmount && !(mapped.includes('debit') || mapped.includes('credit'))) return fileProblem('Map a column to Amount, or columns to Money out and Money in.', header, mapping);
  if (hasAmount && (mapped.includes('debit') || mapped.includes('credit'))) return fileProblem('Map either one Amount column or Money out and Money in, not both.', header, mapping);

  const column = (field: BankImportField) => Object.keys(mapping).find((candidate) => mapping[candidate] === field);
  const asRecords = body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
  const rows: BankCsvRow[] = [];
  const errors: BankCsvResult['errors'] = [];
  asRecords.forEach((record, index) => {
    const line = index + 2;
    const cell = (field: BankImportField) => {
      const name = column(field);
      return name === undefined ? '' : (record[name] ?? '').trim();
    };
    const bookedOn = parseStatementDate(cell('date'), order);
    if (!bookedOn) return void errors.push({ line, message: `“${cell('date').slice(0, 40)}” is not a date we can read; use 2027-03-31 or 31/03/2027.` });
    let amountMinor: number | null;
    if (hasAmount) amountMinor = parseStatementAmount(cell('amount'));
    else {
      const out = cell('debit') ? parseStatementAmount(cell('debit')) : 0;
      const into = cell('credit') ? parseStatementAmount(cell('credit')) : 0;
      amountMinor = out === null || into === null ? null : Math.abs(into) - Math.abs(out);
    }
    if (amountMinor === null) return void errors.push({ line, message: `The amount on this line is not a number we can read.` });
    const description = cell('description').slice(0, 300);
    rows.push({ line, bookedOn, amountMinor, description });
  });
  return { columns: header, mapping, records: asRecords, rows, errors };
}
