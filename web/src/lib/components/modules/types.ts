import type { ModuleKey, ModuleState } from '@atrium/core';

/** `GET /api/companies/:id/modules/:module`: a module's landing behind the module gate. */
export interface ModuleLanding {
  key: ModuleKey;
  name: string;
  state: ModuleState;
  /** Past due (or paused): readable, but nothing can be changed. */
  readOnly: boolean;
  setupSteps: ModuleSetupStepView[];
  settings: ModuleSettingView[];
}

export interface ModuleSetupStepView {
  key: string;
  title: string;
  description: string;
  done: boolean;
}

/** One default the module was set up with (a pipeline stage, a leave type, …), as provisioned. */
export interface ModuleSettingView {
  id: string;
  kind: string;
  name: string;
  data: Record<string, unknown>;
}

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
