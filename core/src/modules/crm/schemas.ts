import { z } from 'zod';
import { csvFile } from '../../api/csv-file';
import { queryInteger } from '../../api/query-integer';
import { text } from '../../api/text';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });
// Every text goes through core's `text()`: a NUL or a broken character is a 400 naming the field.
const trimmed = (max: number, message: string, field = 'text', multiline = false) => text({ field, min: 1, max, multiline, messages: { required: message, min: message } });
const optionalText = (max: number, field = 'text') => text({ field, max }).nullable().optional();
const tags = z.array(text({ field: 'tag', min: 1, max: 40 })).max(20, { error: 'At most 20 tags.' });
const customFieldValues = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'That is not a custom field key.' }), z.union([text({ field: 'custom field value', max: 500 }), z.number(), z.null()]));
const accountId = (field: string) => z.string({ error: `Give the ${field}.` }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `That is not a ${field}.` });
const owner = accountId('owner').nullable().optional();

export const crmParams = z.object({ companyId: id('company') });
export const crmContactParams = crmParams.extend({ contactId: id('contact') });
export const crmOrganizationParams = crmParams.extend({ organizationId: id('organization') });
export const crmDealParams = crmParams.extend({ dealId: id('deal') });
export const crmTaskParams = crmParams.extend({ taskId: id('task') });
export const crmCustomFieldParams = crmParams.extend({ fieldId: id('custom field') });

export const crmListQuery = z.object({
  q: text({ field: 'search', max: 100 }).optional(),
  tag: text({ field: 'tag', max: 40 }).optional(),
  /** `me`: only records the person owns. */
  owner: z.enum(['me']).optional(),
  limit: queryInteger({ field: 'page size (limit)', min: 1, max: 100 }).default(50),
  offset: queryInteger({ field: 'offset', min: 0, max: 1_000_000 }).default(0),
});
const sortDirection = z.enum(['asc', 'desc'], { error: 'dir is asc or desc.' });

/** The contacts table's columns a list sorts by; `company` is the organization's name. */
export const crmContactSorts = ['name', 'email', 'company', 'createdAt'] as const;
export const crmContactListQuery = crmListQuery.extend({
  /** Only the contacts who work for this organization (a company's page). */
  organizationId: id('organization').optional(),
  sort: z.enum(crmContactSorts, { error: `sort is one of ${crmContactSorts.join(', ')}.` }).default('name'),
  dir: sortDirection.default('asc'),
});
export const crmOrganizationSorts = ['name', 'createdAt'] as const;
export const crmOrganizationListQuery = crmListQuery.extend({
  sort: z.enum(crmOrganizationSorts, { error: `sort is one of ${crmOrganizationSorts.join(', ')}.` }).default('name'),
  dir: sortDirection.default('asc'),
});

// Contacts and the organizations they work for ("companies" in a salesperson's words; the
// tenant is the Company, so the record is an organization in code).

export const crmContactInput = z
  .object({
    firstName: trimmed(80, 'Give the first name.'),
    lastName: text({ field: 'last name', max: 80 }).default(''),
    email: z.email({ error: 'That is not an email address.' }).max(200).nullable().optional(),
    phone: optionalText(40),
    jobTitle: optionalText(120),
    organizationName: optionalText(200),
    tags: tags.default([]),
    ownerId: owner,
    customFields: customFieldValues.default({}),
  })
  .meta({ id: 'CrmContactInput' });
export const crmContactPatch = crmContactInput.partial().meta({ id: 'CrmContactPatch' });

export const crmContactView = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    tags: z.array(z.string()),
    ownerId: z.string().nullable(),
    customFields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    createdAt: z.string(),
    updatedAt: z.string(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'CrmContact' });
export const crmContactList = z
  .object({
    contacts: z.array(crmContactView),
    total: z.number().int(),
    /** Every tag on the company's contacts (at most 200, alphabetical), for a tag filter. */
    tags: z.array(z.string()),
  })
  .meta({ id: 'CrmContactList' });

export const crmOrganizationInput = z
  .object({ name: trimmed(200, 'Give the company a name.'), domain: optionalText(200), tags: tags.default([]), ownerId: owner })
  .meta({ id: 'CrmOrganizationInput' });
export const crmOrganizationView = z
  .object({ id: z.uuid(), name: z.string(), domain: z.string().nullable(), tags: z.array(z.string()), ownerId: z.string().nullable(), contacts: z.number().int(), canEdit: z.boolean() })
  .meta({ id: 'CrmOrganization' });
export const crmOrganizationList = z.object({ organizations: z.array(crmOrganizationView), total: z.number().int() }).meta({ id: 'CrmOrganizationList' });

// Deals on the pipeline.

const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2027-03-31.' });
export const crmDealInput = z
  .object({
    title: trimmed(200, 'Give the deal a title.'),
    valueMinor: z.number({ error: 'The value is a number of cents.' }).int({ error: 'The value is a whole number of cents.' }).min(0).max(2_000_000_000),
    stageId: id('stage').optional(),
    contactId: id('contact').nullable().optional(),
    organizationId: id('organization').nullable().optional(),
    expectedCloseOn: calendarDay.nullable().optional(),
    ownerId: owner,
  })
  .meta({ id: 'CrmDealInput' });
export const crmDealPatch = crmDealInput.partial().meta({ id: 'CrmDealPatch' });
export const crmDealMove = z.object({ stageId: id('stage'), position: z.number().int().min(0).max(100_000).optional() }).meta({ id: 'CrmDealMove' });

export const crmDealView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    valueMinor: z.number().int(),
    currency: z.string(),
    stageId: z.uuid(),
    status: z.enum(['open', 'won', 'lost']),
    position: z.number().int(),
    contactId: z.uuid().nullable(),
    organizationId: z.uuid().nullable(),
    expectedCloseOn: z.string().nullable(),
    ownerId: z.string().nullable(),
    createdAt: z.string(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'CrmDeal' });

export const crmStageTotal = z.object({
  stageId: z.uuid(), name: z.string(), probability: z.number(), deals: z.number().int(), totalMinor: z.number().int(), weightedMinor: z.number().int(),
});
export const crmForecastView = z
  .object({ currency: z.string(), stages: z.array(crmStageTotal), weightedOpenMinor: z.number().int(), openMinor: z.number().int(), wonMinor: z.number().int() })
  .meta({ id: 'CrmForecast' });
export const crmPipelineView = z
  .object({ stages: z.array(z.object({ id: z.uuid(), name: z.string(), probability: z.number(), position: z.number().int() })), deals: z.array(crmDealView), forecast: crmForecastView })
  .meta({ id: 'CrmPipeline' });

// The activity timeline.

export const crmActivityKinds = ['note', 'call', 'email', 'meeting'] as const;
export const crmActivityInput = z
  .object({
    kind: z.enum(crmActivityKinds, { error: `An activity is a ${crmActivityKinds.join(', ')}.` }),
    body: trimmed(5000, 'Say what happened.', 'activity', true),
    occurredAt: z.iso.datetime({ error: 'Use a date and time like 2027-03-31T14:00:00Z.' }).optional(),
    contactId: id('contact').nullable().optional(),
    dealId: id('deal').nullable().optional(),
  })
  .refine((activity) => activity.contactId || activity.dealId, { error: 'Log it on a contact or a deal.', path: ['contactId'] })
  .meta({ id: 'CrmActivityInput' });
export const crmActivityView = z
  .object({ id: z.uuid(), kind: z.enum(crmActivityKinds), body: z.string(), occurredAt: z.string(), contactId: z.uuid().nullable(), dealId: z.uuid().nullable(), authorId: z.string().nullable() })
  .meta({ id: 'CrmActivity' });
export const crmTimeline = z.object({ activities: z.array(crmActivityView) }).meta({ id: 'CrmTimeline' });
export const crmTimelineQuery = z.object({ contactId: id('contact').optional(), dealId: id('deal').optional() });

// Tasks.

export const crmTaskInput = z
  .object({
    title: trimmed(200, 'Say what is to be done.'),
    dueAt: z.iso.datetime({ error: 'Use a date and time like 2027-03-31T14:00:00Z.' }),
    assigneeId: accountId('member to assign it to'),
    contactId: id('contact').nullable().optional(),
    dealId: id('deal').nullable().optional(),
  })
  .meta({ id: 'CrmTaskInput' });
export const crmTaskPatch = z
  .object({ title: trimmed(200, 'Say what is to be done.').optional(), dueAt: z.iso.datetime().optional(), assigneeId: accountId('member to assign it to').optional(), done: z.boolean().optional() })
  .meta({ id: 'CrmTaskPatch' });
export const crmTaskView = z
  .object({ id: z.uuid(), title: z.string(), dueAt: z.string(), assigneeId: z.string(), contactId: z.uuid().nullable(), dealId: z.uuid().nullable(), done: z.boolean(), remindedAt: z.string().nullable(), canEdit: z.boolean() })
  .meta({ id: 'CrmTask' });
export const crmTaskList = z.object({ tasks: z.array(crmTaskView) }).meta({ id: 'CrmTaskList' });
export const crmTaskQuery = z.object({ assignee: z.enum(['me']).optional(), open: z.enum(['true', 'false']).optional() });

// Custom fields (configured by CRM managers, within the plan's `customFields` limit).

export const crmCustomFieldInput = z
  .object({ label: trimmed(80, 'Give the field a label.'), type: z.enum(['text', 'number', 'date']).default('text') })
  .meta({ id: 'CrmCustomFieldInput' });
export const crmCustomFieldView = z.object({ id: z.uuid(), key: z.string(), label: z.string(), type: z.enum(['text', 'number', 'date']) }).meta({ id: 'CrmCustomField' });
export const crmCustomFieldList = z.object({ fields: z.array(crmCustomFieldView) }).meta({ id: 'CrmCustomFieldList' });

// CSV import.

export const crmImportFields = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'organizationName', 'tags'] as const;
export type CrmImportField = (typeof crmImportFields)[number];
export const crmImportRequest = z
  .object({
    csv: csvFile({ holds: 'about 1,000 contacts', messages: { required: 'Send the CSV file as text.', empty: 'The file is empty.' } }),
    /** CSV column header → contact field; omitted, the columns are matched by name. */
    mapping: z.record(text({ field: 'column header', max: 200, trim: false }), z.enum([...crmImportFields, 'ignore'])).optional(),
  })
  .meta({ id: 'CrmImportRequest' });
export const crmImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export const crmImportPreview = z
  .object({
    columns: z.array(z.string()),
    mapping: z.record(z.string(), z.enum([...crmImportFields, 'ignore'])),
    rows: z.number().int(),
    valid: z.number().int(),
    sample: z.array(z.record(z.string(), z.string())),
    errors: z.array(crmImportRowError),
  })
  .meta({ id: 'CrmImportPreview' });
export const crmImportResult = z.object({ imported: z.number().int(), skipped: z.number().int(), errors: z.array(crmImportRowError) }).meta({ id: 'CrmImportResult' });

// Usage of the plan's limits.

export const moduleUsageView = z
  .object({ plan: z.string(), limits: z.array(z.object({ key: z.string(), label: z.string(), used: z.number().int(), limit: z.number().int().nullable() })) })
  .meta({ id: 'ModuleUsage' });
export const moduleUsageParams = z.object({ companyId: id('company') });

export type CrmContactInput = z.infer<typeof crmContactInput>;
export type CrmContactSort = (typeof crmContactSorts)[number];
export type CrmDealInput = z.infer<typeof crmDealInput>;
