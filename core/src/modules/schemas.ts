import { z } from 'zod';
import { text } from '../api/text';

/** Renaming one of a module's settings: a pipeline stage, a leave type… */
export const renameModuleSettingRequest = z
  .object({ name: text({ field: 'name', min: 1, max: 120, messages: { required: 'Give it a name.', min: 'Give it a name.' } }) })
  .meta({ id: 'RenameModuleSetting' });
