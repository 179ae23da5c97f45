import { formatMoney, isCurrency, minorUnitDigits } from '@atrium/core';
import type { CrmActivityKind, CrmContact, CrmImportField, CrmPerson } from './types';

export const contactName = (contact: Pick<CrmContact, 'firstName' | 'lastName'>): string => `${contact.firstName} ${contact.lastName}`.trim();

/** Whose record it is, by name; an id nobody in the company has any more says so. */
export function personName(people: readonly CrmPerson[], userId: string | null): string {
  if (!userId) return 'Nobody';
  return people.find((person) => person.userId === userId)?.name ?? 'A former member';
}

/** People who work in CRM: owners and admins, and members with a CRM role. */
export const crmPeople = (people: readonly CrmPerson[]): CrmPerson[] =>
  people.filter((person) => person.role === 'owner' || person.role === 'admin' || (person.moduleRoles.crm && person.moduleRoles.crm !== 'none'));

export const activityKindNames: Record<CrmActivityKind, string> = { note: 'Note', call: 'Call', email: 'Email', meeting: 'Meeting' };
export const activityKinds = Object.keys(activityKindNames) as CrmActivityKind[];

export const importFieldNames: Record<CrmImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  jobTitle: 'Job title',
  organizationName: 'Company',
  tags: 'Tags',
  ignore: 'Do not import',
};

/** An amount of the company's currency from minor units: "€12,500.00". */
export function crmMoney(minor: number, currency: string): string {
  return isCurrency(currency) ? formatMoney({ amount: minor, currency }) : `${(minor / 100).toFixed(2)} ${currency}`;
}

/**
 * What a person typed as an amount ("12,500", "12500.5", "€ 99.90") in minor units, read
 * digit by digit so no float rounds it; null when it is not an amount.
 */
export function parseAmount(typed: string, currency: string): number | null {
  const digits = isCurrency(currency) ? minorUnitDigits[currency] : 2;
  const cleaned = typed.replace(/[\s€$£,]/g, '');
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the amount an input shows: 1250050 → "12500.50". */
export function amountInput(minor: number, currency: string): string {
  const digits = isCurrency(currency) ? minorUnitDigits[currency] : 2;
  const units = String(minor).padStart(digits + 1, '0');
  return digits ? `${units.slice(0, -digits)}.${units.slice(-digits)}` : units;
}

/** "vip, navy; engines" → ["vip", "navy", "engines"], as the import reads a tags cell. */
export const parseTags = (typed: string): string[] =>
  [...new Set(typed.split(/[;,]/).map((tag) => tag.trim()).filter(Boolean))];

/** An ISO instant as a `datetime-local` value in UTC (the dashboard shows times in UTC). */
export const utcInputValue = (iso: string): string => iso.slice(0, 16);

/** A `datetime-local` value read as UTC, as an ISO instant; null when it is not one. */
export function utcFromInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const instant = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  // Not a day that exists (30 February) is refused, not rolled over into March.
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 16) !== local.slice(0, 16) ? null : instant.toISOString();
}
