import { randomUUID } from 'node:crypto';
import {
  crmContactInput, crmContactList, crmContactParams, crmContactPatch, crmContactView, crmCustomFieldInput, crmCustomFieldList, crmCustomFieldParams, crmCustomFieldView,
  crmContactListQuery, crmKit, crmOrganizationInput, crmOrganizationListQuery, crmOrganizationList, crmOrganizationParams, crmOrganizationView, crmParams,
} from '@atrium/core';
import { CrmContact, CrmOrganization, ModuleSetting, withTenant, type CrmContactEntity, type EntityManager } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, pageOf, removeOr404 } from '../kit/records';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage, type UsageChange } from '../kit/usage';
import { crmActor, ownerFor, requireEdit, type CrmActor } from './crm-context';
import { contactPage } from './contact-page';
import { likePattern } from '../kit/like-pattern';

const deleted = z.object({ deleted: z.literal(true) }).meta({ id: 'CrmDeleted' });

export const searchTextOf = (contact: { firstName: string; lastName: string; email?: string | null; organizationName?: string | null }) =>
  [contact.firstName, contact.lastName, contact.email ?? '', contact.organizationName ?? ''].join(' ').toLowerCase();


/** What a contact's view is made of: an entity, or a row of the one-trip list (contact-page.ts). */
export type ContactFields = Pick<CrmContactEntity, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'jobTitle' | 'organizationName' | 'tags' | 'ownerId' | 'customFields' | 'createdAt' | 'updatedAt'> & {
  organization?: { id: string } | null;
};

export function contactView(contact: ContactFields, actor: CrmActor) {
  return {
    id: contact.id, firstName: contact.firstName, lastName: contact.lastName, email: contact.email ?? null, phone: contact.phone ?? null, jobTitle: contact.jobTitle ?? null,
    organizationId: contact.organization?.id ?? null, organizationName: contact.organizationName ?? null, tags: contact.tags, ownerId: contact.ownerId ?? null,
    customFields: contact.customFields, createdAt: contact.createdAt.toISOString(), updatedAt: contact.updatedAt.toISOString(), canEdit: actor.canEdit(contact.ownerId ?? null),
  };
}

/** The organization of that name, found case-insensitively or created. */
export async function organizationNamed(em: EntityManager, companyId: string, name: string, ownerId: string) {
  const nameKey = name.trim().toLowerCase();
  const found = await em.findOne(CrmOrganization, { nameKey });
  if (found) return found;
  const organization = em.create(CrmOrganization, { company: companyId, name: name.trim(), nameKey, domain: null, tags: [], ownerId, createdBy: ownerId });
  // Written at once, so the next lookup by name (the next row of an import) finds it.
  await em.persist(organization).flush();
  return organization;
}

/** Custom field values only for fields the company defined, of the field's type. */
async function checkedCustomFields(em: EntityManager, values: Record<string, string | number | null>) {
  const keys = Object.keys(values);
  if (keys.length === 0) return values;
  const fields = await em.find(ModuleSetting, { module: 'crm', kind: 'custom_field' });
  const types = new Map(fields.map((field) => [String(field.data.key), String(field.data.type)]));
  for (const key of keys) {
    const type = types.get(key);
    const value = values[key];
    if (!type) throw new HttpError(400, 'invalid_request', `There is no custom field "${key}".`, { [`customFields.${key}`]: 'No such custom field.' });
    if (value !== null && type === 'number' && typeof value !== 'number') throw new HttpError(400, 'invalid_request', `"${key}" is a number.`, { [`customFields.${key}`]: 'A number.' });
    if (value !== null && type === 'date' && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) throw new HttpError(400, 'invalid_request', `"${key}" is a date like 2027-03-31.`, { [`customFields.${key}`]: 'A date.' });
  }
  return values;
}

export const afterUsage = (deps: ApiDependencies, companyId: string, change: UsageChange, periodStart: string) => noticeUsageAfterCommit(deps, 'crm', companyId, change, periodStart);

export function contactRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/contacts', summary: 'Contacts, searched by name, email or company, filtered by tag or owner', can: 'read',
    params: crmParams, query: crmContactListQuery, responses: { 200: { description: 'A page of contacts, and every tag in use', schema: crmContactList } },
    handler: async (ctx) => {
      validate(crmParams, ctx.params);
      const query = validate(crmContactListQuery, ctx.query);
      const actor = crmActor(ctx);
      if (!actor.readable) { ctx.body = { contacts: [], total: 0, tags: [] }; return; }
      ctx.body = await contactPage(deps.orm, actor, query);
    },
  });

  routes.add({
    method: 'post', path: '/contacts', summary: 'Add a contact (counts towards the plan’s contacts)', can: 'create',
    params: crmParams, body: crmContactInput,
    responses: { 201: { description: 'The contact', schema: crmContactView }, 402: { description: 'usage_limit_reached, or the module is not active or read-only' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmContactInput, ctx.request.body);
      const actor = crmActor(ctx);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, crmKit, 'contacts', 1, actor.entitlements, companyId);
        const ownerId = await ownerFor(em, actor, input.ownerId);
        const organization = input.organizationName ? await organizationNamed(em, companyId, input.organizationName, ownerId) : null;
        const contact = em.create(CrmContact, {
          company: companyId, firstName: input.firstName, lastName: input.lastName, email: input.email?.toLowerCase() ?? null, phone: input.phone ?? null, jobTitle: input.jobTitle ?? null,
          organization, organizationName: organization?.name ?? null, tags: input.tags, ownerId, customFields: await checkedCustomFields(em, input.customFields), createdBy: actor.userId,
          searchText: searchTextOf({ ...input, organizationName: organization?.name ?? null }),
        });
        await em.persist(contact).flush();
        return { view: contactView(contact, actor), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'get', path: '/contacts/:contactId', summary: 'One contact', can: 'read', params: crmContactParams,
    responses: { 200: { description: 'The contact', schema: crmContactView } },
    handler: async (ctx) => {
      const { companyId, contactId } = validate(crmContactParams, ctx.params);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const contact = await findOr404(em, CrmContact, actor.readable && { ...actor.readable, id: contactId }, 'There is no such contact.');
        return contactView(contact, actor);
      });
    },
  });

  routes.add({
    method: 'patch', path: '/contacts/:contactId', summary: 'Change a contact (editors: their own)', can: 'update', params: crmContactParams, body: crmContactPatch,
    responses: { 200: { description: 'The contact', schema: crmContactView } },
    handler: async (ctx) => {
      const { companyId, contactId } = validate(crmContactParams, ctx.params);
      const input = validate(crmContactPatch, ctx.request.body);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const contact = await findOr404(em, CrmContact, { id: contactId }, 'There is no such contact.');
        requireEdit(actor, contact.ownerId ?? null, 'contacts');
        if (input.ownerId !== undefined) contact.ownerId = await ownerFor(em, actor, input.ownerId);
        if (input.organizationName !== undefined) {
          const organization = input.organizationName ? await organizationNamed(em, companyId, input.organizationName, contact.ownerId ?? actor.userId) : null;
          contact.organization = organization;
          contact.organizationName = organization?.name ?? null;
        }
        if (input.firstName !== undefined) contact.firstName = input.firstName;
        if (input.lastName !== undefined) contact.lastName = input.lastName;
        if (input.email !== undefined) contact.email = input.email?.toLowerCase() ?? null;
        if (input.phone !== undefined) contact.phone = input.phone;
        if (input.jobTitle !== undefined) contact.jobTitle = input.jobTitle;
        if (input.tags !== undefined) contact.tags = input.tags;
        if (input.customFields !== undefined) contact.customFields = { ...contact.customFields, ...(await checkedCustomFields(em, input.customFields)) };
        contact.searchText = searchTextOf(contact);
        await em.flush();
        return contactView(contact, actor);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/contacts/:contactId', summary: 'Remove a contact and its timeline (managers)', can: 'delete', params: crmContactParams,
    responses: { 200: { description: 'Removed', schema: deleted } },
    handler: async (ctx) => {
      const { companyId, contactId } = validate(crmContactParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, CrmContact, { id: contactId }, 'There is no such contact.'));
    },
  });

  routes.add({
    method: 'get', path: '/organizations', summary: 'Companies the team sells to, searched by name', can: 'read', params: crmParams, query: crmOrganizationListQuery,
    responses: { 200: { description: 'A page of companies', schema: crmOrganizationList } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const query = validate(crmOrganizationListQuery, ctx.query);
      const actor = crmActor(ctx);
      if (!actor.readable) { ctx.body = { organizations: [], total: 0 }; return; }
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const where: Record<string, unknown> = { ...actor.readable };
        if (query.q) where.nameKey = { $like: likePattern(query.q) };
        if (query.tag) where.tags = { $contains: [query.tag] };
        if (query.owner === 'me') where.ownerId = actor.userId;
        const orderBy = query.sort === 'createdAt' ? { createdAt: query.dir, id: 'asc' } as const : { nameKey: query.dir, id: 'asc' } as const;
        const { rows: organizations, total } = await pageOf(em, CrmOrganization, companyId, where, { ...query, orderBy });
        const counts = await em.execute<{ organization_id: string; n: number }[]>(`select organization_id, count(*)::int as n from crm_contact where organization_id in (?) group by organization_id`, [organizations.length ? organizations.map((o) => o.id) : [null]], 'all');
        const byId = new Map(counts.map((row) => [row.organization_id, row.n]));
        return { organizations: organizations.map((o) => ({ id: o.id, name: o.name, domain: o.domain ?? null, tags: o.tags, ownerId: o.ownerId ?? null, contacts: byId.get(o.id) ?? 0, canEdit: actor.canEdit(o.ownerId ?? null) })), total };
      });
    },
  });

  routes.add({
    method: 'post', path: '/organizations', summary: 'Add a company the team sells to', can: 'create', params: crmParams, body: crmOrganizationInput,
    responses: { 201: { description: 'The company', schema: crmOrganizationView }, 409: { description: 'A company of that name exists' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmOrganizationInput, ctx.request.body);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const ownerId = await ownerFor(em, actor, input.ownerId);
        if (await em.findOne(CrmOrganization, { nameKey: input.name.toLowerCase() })) throw new HttpError(409, 'organization_exists', `There is already a company named ${input.name}.`);
        const organization = em.create(CrmOrganization, { company: companyId, name: input.name, nameKey: input.name.toLowerCase(), domain: input.domain ?? null, tags: input.tags, ownerId, createdBy: actor.userId });
        await em.persist(organization).flush();
        return { id: organization.id, name: organization.name, domain: organization.domain ?? null, tags: organization.tags, ownerId, contacts: 0, canEdit: true };
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'get', path: '/organizations/:organizationId', summary: 'One company the team sells to', can: 'read', params: crmOrganizationParams,
    responses: { 200: { description: 'The company', schema: crmOrganizationView } },
    handler: async (ctx) => {
      const { companyId, organizationId } = validate(crmOrganizationParams, ctx.params);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const o = await findOr404(em, CrmOrganization, actor.readable && { ...actor.readable, id: organizationId }, 'There is no such company.');
        const contacts = await em.count(CrmContact, { organization: o.id });
        return { id: o.id, name: o.name, domain: o.domain ?? null, tags: o.tags, ownerId: o.ownerId ?? null, contacts, canEdit: actor.canEdit(o.ownerId ?? null) };
      });
    },
  });

  routes.add({
    method: 'get', path: '/custom-fields', summary: 'The custom fields contacts have', can: 'read', params: crmParams,
    responses: { 200: { description: 'The fields', schema: crmCustomFieldList } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const fields = await em.find(ModuleSetting, { module: 'crm', kind: 'custom_field' }, { orderBy: { position: 'asc' } });
        return { fields: fields.map((field) => ({ id: field.id, key: String(field.data.key), label: field.name, type: field.data.type as 'text' | 'number' | 'date' })) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/custom-fields', summary: 'Add a custom field (managers; within the plan’s custom fields)', can: 'manage', params: crmParams, body: crmCustomFieldInput,
    responses: { 201: { description: 'The field', schema: crmCustomFieldView }, 402: { description: 'usage_limit_reached' }, 409: { description: 'A field of that label exists' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmCustomFieldInput, ctx.request.body);
      const actor = crmActor(ctx);
      const key = input.label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'f_$1').slice(0, 40) || 'field';
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, crmKit, 'customFields', 1, actor.entitlements, companyId);
        if (await em.findOne(ModuleSetting, { module: 'crm', kind: 'custom_field', name: input.label })) throw new HttpError(409, 'custom_field_exists', `There is already a field "${input.label}".`);
        const field = em.create(ModuleSetting, { id: randomUUID(), company: companyId, module: 'crm', kind: 'custom_field', name: input.label, position: change.before, data: { key, type: input.type } });
        await em.persist(field).flush();
        return { view: { id: field.id, key, label: field.name, type: input.type }, change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'delete', path: '/custom-fields/:fieldId', summary: 'Remove a custom field (managers)', can: 'manage', params: crmCustomFieldParams,
    responses: { 200: { description: 'Removed', schema: deleted } },
    handler: async (ctx) => {
      const { companyId, fieldId } = validate(crmCustomFieldParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, ModuleSetting, { id: fieldId, module: 'crm', kind: 'custom_field' }, 'There is no such custom field.'));
    },
  });
}
