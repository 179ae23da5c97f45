import { z } from 'zod';
import { moduleKeys } from './catalog';
import { moduleStateView, usageLimitsView } from '../entitlements/views';

export const moduleSetupStepView = z
  .object({ key: z.string(), title: z.string(), description: z.string(), done: z.boolean() })
  .meta({ id: 'ModuleSetupStep' });

/** One default the module was set up with (a pipeline stage, a leave type, …). */
export const moduleSettingView = z
  .object({ id: z.uuid(), kind: z.string(), name: z.string(), data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'ModuleSetting' });

export const moduleLandingView = z
  .object({
    key: z.enum(moduleKeys),
    name: z.string(),
    state: moduleStateView,
    /** Past due (or paused): readable, but nothing can be changed. */
    readOnly: z.boolean(),
    limits: usageLimitsView,
    /** False for the moment between a purchase or trial and its provisioning. */
    provisioned: z.boolean(),
    setupSteps: z.array(moduleSetupStepView),
    settings: z.array(moduleSettingView),
  })
  .meta({ id: 'ModuleLanding' });

export const moduleSetupStepsView = z.object({ setupSteps: z.array(moduleSetupStepView) }).meta({ id: 'ModuleSetupSteps' });

export const renamedModuleSettingView = z
  .object({ id: z.uuid(), kind: z.string(), name: z.string() })
  .meta({ id: 'RenamedModuleSetting' });
