import { z } from 'zod';
import { isStorableText } from '../../api/text';
import { crmImportFields, type CrmImportField } from './schemas';

/** Header words that name each contact field, for the suggested mapping. */
const synonyms: Record<CrmImportField, string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'first', 'name'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last'],
  email: ['email', 'e-mail', 'email address', 'mail'],
  phone: ['phone', 'telephone', 'mobile', 'phone number'],
  jobTitle: ['job title', 'title', 'position', 'role'],
  organizationName: ['company', 'organization', 'organisation', 'account', 'company name'],
  tags: ['tags', 'labels'],
};

export type ImportMapping = Record<string, CrmImportField | 'ignore'>;

/** Each column matched to the contact field its header names, or ignored. */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const taken = new Set<string>();
  return Object.fromEntries(
    columns.map((column) => {
      const header = column.trim().toLowerCase().replace(/[_.]+/g, ' ');
      const field = crmImportFields.find((candidate) => !taken.has(candidate) && (header === candidate.toLowerCase() || synonyms[candidate].includes(header)));
      if (field) taken.add(field);
      return [column, field ?? 'ignore'];
    }),
  );
}

export interface ImportRowError {
  /** The line of the file, the header being line 1. */
  row: number;
  field: string;
  message: string;
}

export interface ImportedContact {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  organizationName: string | null;
  tags: string[];
}

const email = z.email();

/** One CSV record through the mapping: a contact, or what is wrong with it. */
export function contactFromRow(record: Record<string, string>, mapping: ImportMapping, row: number): { contact: ImportedContact } | { errors: ImportRowError[] } {
  const value = (field: CrmImportField) => {
    const column = Object.keys(mapping).find((candidate) => mapping[candidate] === field);
    const cell = column === undefined ? '' : (record[column] ?? '').trim();
    return cell;
  };
  const errors: ImportRowError[] = [];
  const unstorable = Object.keys(mapping).find((column) => mapping[column] !== 'ignore' && !isStorableText(record[column] ?? ''));
  if (unstorable) return { errors: [{ row, field: mapping[unstorable]!, message: `The ${unstorable} column has characters we cannot store.` }] };
  const firstName = value('firstName');
  const address = value('email');
  if (!firstName) errors.push({ row, field: 'firstName', message: 'The first name is missing.' });
  if (firstName.length > 80) errors.push({ row, field: 'firstName', message: 'The first name is longer than 80 characters.' });
  if (address && !email.safeParse(address).success) errors.push({ row, field: 'email', message: `"${address.slice(0, 60)}" is not an email address.` });
  const tooLong = (['lastName', 'phone', 'jobTitle', 'organizationName'] as const).find((field) => value(field).length > (field === 'phone' ? 40 : 120));
  if (tooLong) errors.push({ row, field: tooLong, message: 'This value is too long.' });
  if (errors.length) return { errors };
  const orNull = (field: CrmImportField) => value(field) || null;
  return {
    contact: {
      firstName,
      lastName: value('lastName'),
      email: address ? address.toLowerCase() : null,
      phone: orNull('phone'),
      jobTitle: orNull('jobTitle'),
      organizationName: orNull('organizationName'),
      tags: value('tags').split(/[;,|]/).map((tag) => tag.trim()).filter((tag) => tag.length > 0 && tag.length <= 40).slice(0, 20),
    },
  };
}
