import type { EmployeeView } from '@atrium/core';
import type { HrEmployeeEntity } from '@atrium/db';

const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

export function employeeView(employee: HrEmployeeEntity, names: Map<string, string>): EmployeeView {
  const managerId = employee.manager?.id ?? null;
  return {
    id: employee.id,
    name: employee.name,
    jobTitle: employee.jobTitle,
    team: employee.team,
    managerId,
    managerName: managerId ? (names.get(managerId) ?? null) : null,
    startDate: isoDate(employee.startDate),
    workEmail: employee.workEmail,
    phone: employee.phone,
    emergencyContactName: employee.emergencyContactName,
    emergencyContactPhone: employee.emergencyContactPhone,
    memberId: employee.member?.id ?? null,
  };
}

/** A colleague as everyone sees them: no phone number, no emergency contact. */
export function colleagueOf(view: EmployeeView) {
  const { phone: _phone, emergencyContactName: _name, emergencyContactPhone: _contactPhone, ...colleague } = view;
  return colleague;
}

export { isoDate };
