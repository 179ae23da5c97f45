import type { Schemas } from '#lib/api';

/** `GET /api/companies/:id/modules/:module`: a module's landing behind the module gate. */
export type ModuleLanding = Schemas['ModuleLanding'];
export type ModuleSetupStepView = Schemas['ModuleSetupStep'];

/** One default the module was set up with (a pipeline stage, a leave type, …), as provisioned. */
export type ModuleSettingView = Schemas['ModuleSetting'];

/**
 * What a module landing's form action tells the page: `scope` says which part (a setup
 * step, a setting) the message belongs to, `id` which one.
 */
export interface ModuleNotice {
  scope: 'step' | 'setting';
  id: string;
  tone: 'success' | 'error';
  message: string;
}

/** `GET …/modules/:module/usage`: each of the plan's limits with what is used, for the meter. */
export type ModuleUsageView = Schemas['ModuleUsage'];
