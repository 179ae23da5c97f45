import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Membership } from '../../membership';

/**
 * A person on the company's books. `member` links the record to the company member it
 * belongs to (they request leave as this employee); `manager` decides their leave and
 * places them in the org chart. Removing a manager's record leaves their reports without one.
 */
export const HrEmployee = defineTenantEntity({
  name: 'HrEmployee',
  tableName: 'hr_employee',
  uniques: [
    { name: 'hr_employee_company_id_work_email_unique', properties: ['company', 'workEmail'] },
    { name: 'hr_employee_company_id_member_id_unique', properties: ['company', 'member'] },
  ],
  indexes: [{ name: 'hr_employee_company_id_manager_id_index', properties: ['company', 'manager'] }],
  properties: {
    name: p.string().length(120),
    jobTitle: p.string().length(120).default(''),
    team: p.string().length(80).default(''),
    manager: () => p.manyToOne(HrEmployee).nullable().deleteRule('set null'),
    startDate: p.string().columnType('date'),
    workEmail: p.string().length(200),
    phone: p.string().length(40).default(''),
    emergencyContactName: p.string().length(120).default(''),
    emergencyContactPhone: p.string().length(40).default(''),
    member: () => p.manyToOne(Membership).nullable().deleteRule('set null'),
  },
});

export type HrEmployeeEntity = InstanceType<typeof HrEmployee.class>;
