import { describe, expect, it } from 'vitest';
import { crmImportRequest } from '../modules/crm/schemas';
import { employeeImportRequest } from '../modules/hr/schemas';
import { csvFileMaxBytes, utf8Bytes } from './csv-file';

const refusal = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (result.success ? null : result.error!.issues[0]!.message);
const header = 'First name,Last name,Email\n';

describe('CSV files for an import', () => {
  it('count UTF-8 bytes, as a file manager shows a file’s size', () => {
    expect(utf8Bytes('Ada')).toBe(3);
    expect(utf8Bytes('Zoë')).toBe(4);
    expect(utf8Bytes('株式会社')).toBe(12);
    expect(utf8Bytes('🚀')).toBe(4);
    expect(utf8Bytes('Zoë 🚀')).toBe(new TextEncoder().encode('Zoë 🚀').length);
  });

  it('take a file of exactly 90 kB', () => {
    const csv = header + 'a'.repeat(csvFileMaxBytes - header.length);
    expect(utf8Bytes(csv)).toBe(90_000);
    expect(crmImportRequest.safeParse({ csv }).success).toBe(true);
  });

  it('refuse a byte more, giving the file’s size, the limit and what to do', () => {
    const csv = header + 'a'.repeat(csvFileMaxBytes - header.length + 1);
    expect(refusal(crmImportRequest.safeParse({ csv }))).toBe(
      'The file is over 90 kB; an import takes at most 90 kB (about 1,000 contacts) at a time. Split it into smaller files and import each.',
    );
  });

  it('hold a file of accented names to the same 90 kB although it has fewer characters', () => {
    // 47,000 characters, 94,000 bytes: z.string().max(90_000) let this through.
    const csv = 'é'.repeat(47_000);
    expect(csv.length).toBeLessThan(csvFileMaxBytes);
    expect(refusal(crmImportRequest.safeParse({ csv }))).toBe(
      'The file is 94 kB; an import takes at most 90 kB (about 1,000 contacts) at a time. Split it into smaller files and import each.',
    );
    expect(refusal(employeeImportRequest.safeParse({ csv }))).toBe(
      'The file is 94 kB; an import takes at most 90 kB (about 900 employees) at a time. Split it into smaller files and import each.',
    );
  });

  it('still refuse an empty file and control characters, naming them', () => {
    expect(refusal(crmImportRequest.safeParse({ csv: '' }))).toBe('The file is empty.');
    expect(refusal(employeeImportRequest.safeParse({}))).toBe('Paste or upload the CSV file.');
    expect(refusal(crmImportRequest.safeParse({ csv: 'a\u0000b' }))).toMatch(/CSV file contains characters we cannot store/);
  });
});
