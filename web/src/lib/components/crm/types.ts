import type { Schemas } from '#lib/api';

/** CRM's records as the API sends them (generated from core's schemas, never re-typed). */
export type CrmContact = Schemas['CrmContact'];
export type CrmContactList = Schemas['CrmContactList'];
export type CrmOrganization = Schemas['CrmOrganization'];
export type CrmDeal = Schemas['CrmDeal'];
export type CrmPipeline = Schemas['CrmPipeline'];
export type CrmStage = CrmPipeline['stages'][number];
export type CrmForecast = Schemas['CrmForecast'];
export type CrmActivity = Schemas['CrmActivity'];
export type CrmActivityKind = CrmActivity['kind'];
export type CrmTask = Schemas['CrmTask'];
export type CrmCustomField = Schemas['CrmCustomField'];
export type CrmImportPreview = Schemas['CrmImportPreview'];
export type CrmImportResult = Schemas['CrmImportResult'];
export type CrmImportField = CrmImportPreview['mapping'][string];
export type ModuleUsage = Schemas['ModuleUsage'];

/** A member of the company as CRM names them: owners of records, assignees of tasks. */
export type CrmPerson = Pick<Schemas['Member'], 'userId' | 'name' | 'email' | 'role' | 'moduleRoles'>;
