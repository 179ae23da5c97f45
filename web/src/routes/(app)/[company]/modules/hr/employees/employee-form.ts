/** The fields of the employee form, as the page shows them back after a refusal. */
export const employeeFields = [
  'name', 'jobTitle', 'team', 'managerId', 'startDate', 'workEmail', 'phone', 'emergencyContactName', 'emergencyContactPhone', 'memberId',
] as const;
export type EmployeeField = (typeof employeeFields)[number];
export type EmployeeValues = Record<EmployeeField, string>;

/** A person to choose in a select: a manager among the employees, a member of the team. */
export interface PersonOption {
  id: string;
  label: string;
}
