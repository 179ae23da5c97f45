import type { ModuleKit } from '../kit/module-kit';

/** HR in the module kit: what its purge deletes and how its limits are counted. */
export const hrKit: ModuleKit = {
  module: 'hr',
  tables: ['hr_leave_request', 'hr_employee'],
  usage: {
    employees: { table: 'hr_employee' },
    leaveTypes: { table: 'module_setting', where: `module = 'hr' and kind = 'leave_type'` },
    // HR keeps no documents yet.
    documentStorageGb: { constant: 0 },
  },
};
