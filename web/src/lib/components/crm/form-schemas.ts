import { z } from 'zod';
import { crmActivityKinds } from '@atrium/core';
import { parseAmount, parseTags, utcFromInput } from './format';
import type { CrmCustomField } from './types';

/**
 * The CRM forms' schemas for the Form primitive (sveltekit-superforms). A form posts flat
 * text fields, so these are the fields as a person types them (tags comma-separated, an
 * amount like "12,500.00", a date and time in UTC); each form's `…Body` turns them into
 * core's request (`crmContactInput`, `crmDealInput`, …), which the API checks again.
 */

const optional = (max: number, name: string) => z.string().trim().max(max, { error: `The ${name} is at most ${max} characters.` }).default('');
const orNull = (value: string) => (value === '' ? null : value);
const tagsField = z
  .string()
  .max(1000)
  .default('')
  .refine((typed) => parseTags(typed).every((tag) => tag.length <= 40), { error: 'A tag is at most 40 characters.' })
  .refine((typed) => parseTags(typed).length <= 20, { error: 'At most 20 tags.' });

/** A custom field's form key: `cf_<key>`, beside the contact's own fields. */
export const customFieldName = (field: Pick<CrmCustomField, 'key'>) => `cf_${field.key}`;

const customFieldSchema = (field: CrmCustomField) => {
  const base = z.string().trim().max(500, { error: 'At most 500 characters.' }).default('');
  if (field.type === 'number') return base.refine((typed) => typed === '' || Number.isFinite(Number(typed)), { error: `${field.label} is a number.` });
  if (field.type === 'date') return base.refine((typed) => typed === '' || /^\d{4}-\d{2}-\d{2}$/.test(typed), { error: 'Use a date like 2027-03-31.' });
  return base;
};

export function contactFormSchema(customFields: readonly CrmCustomField[]) {
  return z.object({
    firstName: z.string().trim().min(1, { error: 'Give the first name.' }).max(80, { error: 'The first name is at most 80 characters.' }).default(''),
    lastName: optional(80, 'last name'),
    email: optional(200, 'email address').refine((typed) => typed === '' || z.email().safeParse(typed).success, { error: 'That is not an email address.' }),
    phone: optional(40, 'phone number'),
    jobTitle: optional(120, 'job title'),
    organizationName: optional(200, 'company name'),
    tags: tagsField,
    /** Managers only: whose contact it is; empty keeps it as it is (or the person's own). */
    ownerId: z.string().max(64).default(''),
    ...Object.fromEntries(customFields.map((field) => [customFieldName(field), customFieldSchema(field)])),
  });
}
export type ContactForm = z.infer<ReturnType<typeof contactFormSchema>>;

/** The contact form as core's `crmContactInput` (and `crmContactPatch`: every field is sent). */
export function contactBody(form: Record<string, string>, customFields: readonly CrmCustomField[]) {
  const custom = Object.fromEntries(
    customFields.map((field) => {
      const typed = (form[customFieldName(field)] ?? '').trim();
      return [field.key, typed === '' ? null : field.type === 'number' ? Number(typed) : typed];
    }),
  );
  return {
    firstName: form.firstName ?? '',
    lastName: form.lastName ?? '',
    email: orNull(form.email ?? ''),
    phone: orNull(form.phone ?? ''),
    jobTitle: orNull(form.jobTitle ?? ''),
    organizationName: orNull(form.organizationName ?? ''),
    tags: parseTags(form.tags ?? ''),
    ...(form.ownerId ? { ownerId: form.ownerId } : {}),
    customFields: custom,
  };
}

/** The API's names of contact fields that the form calls differently. */
export const contactApiFields = (customFields: readonly CrmCustomField[]) =>
  Object.fromEntries(customFields.map((field) => [`customFields.${field.key}`, customFieldName(field)]));

export const organizationFormSchema = z.object({
  name: z.string().trim().min(1, { error: 'Give the company a name.' }).max(200).default(''),
  domain: optional(200, 'website'),
  tags: tagsField,
});

export function dealFormSchema(currency: string) {
  return z.object({
    title: z.string().trim().min(1, { error: 'Give the deal a title.' }).max(200).default(''),
    amount: z
      .string()
      .trim()
      .default('')
      .refine((typed) => parseAmount(typed, currency) !== null, { error: 'Give the value as an amount, like 12500 or 12,500.00.' }),
    stageId: z.string().default(''),
    contactId: z.string().default(''),
    expectedCloseOn: z
      .string()
      .default('')
      .refine((typed) => typed === '' || /^\d{4}-\d{2}-\d{2}$/.test(typed), { error: 'Use a date like 2027-03-31.' }),
  });
}
export type DealForm = z.infer<ReturnType<typeof dealFormSchema>>;

export const dealBody = (form: DealForm, currency: string) => ({
  title: form.title,
  valueMinor: parseAmount(form.amount, currency) ?? 0,
  ...(form.stageId ? { stageId: form.stageId } : {}),
  contactId: orNull(form.contactId),
  expectedCloseOn: orNull(form.expectedCloseOn),
});
/** The API's `valueMinor` is the form's `amount`. */
export const dealApiFields = { valueMinor: 'amount' };

export const activityFormSchema = z.object({
  kind: z.enum(crmActivityKinds, { error: 'Choose what it was: a note, call, email or meeting.' }).default('note'),
  body: z.string().trim().min(1, { error: 'Say what happened.' }).max(5000, { error: 'At most 5,000 characters.' }).default(''),
});

export const taskFormSchema = z.object({
  title: z.string().trim().min(1, { error: 'Say what is to be done.' }).max(200).default(''),
  dueAt: z
    .string()
    .default('')
    .refine((typed) => utcFromInput(typed) !== null, { error: 'Give the date and time it is due.' }),
  assigneeId: z.string().min(1, { error: 'Choose who does it.' }).default(''),
  contactId: z.string().default(''),
  dealId: z.string().default(''),
});
export type TaskForm = z.infer<typeof taskFormSchema>;

export const taskBody = (form: TaskForm) => ({
  title: form.title,
  dueAt: utcFromInput(form.dueAt) ?? form.dueAt,
  assigneeId: form.assigneeId,
  contactId: orNull(form.contactId),
  dealId: orNull(form.dealId),
});
