import { p } from '@mikro-orm/postgresql';
import type { LeaveStatus } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { ModuleSetting } from '../../marketplace/module-setting';
import { HrEmployee } from './employee';

/**
 * A request for leave, decided by its workflow `leave-request:{id}`: the workflow writes
 * the decision and the cancellation here, keyed by this id, so a retried activity writes
 * the same row again. `days` is counted when it is made (working days, holidays left out).
 */
export const HrLeaveRequest = defineTenantEntity({
  name: 'HrLeaveRequest',
  tableName: 'hr_leave_request',
  indexes: [
    { name: 'hr_leave_request_company_id_start_date_end_date_index', properties: ['company', 'startDate', 'endDate'] },
    { name: 'hr_leave_request_company_id_employee_id_index', properties: ['company', 'employee'] },
  ],
  properties: {
    employee: () => p.manyToOne(HrEmployee).deleteRule('cascade'),
    /** A `module_setting` row of kind `leave_type` (provisioned defaults or the company's own). */
    leaveType: () => p.manyToOne(ModuleSetting).deleteRule('cascade'),
    startDate: p.string().columnType('date'),
    endDate: p.string().columnType('date'),
    days: p.integer(),
    status: p.string().$type<LeaveStatus>().length(16).default('pending'),
    note: p.text().default(''),
    decidedBy: p.string().length(64).nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.text().default(''),
    cancelledAt: p.datetime().nullable(),
  },
});

export type HrLeaveRequestEntity = InstanceType<typeof HrLeaveRequest.class>;
