import { z } from 'zod';
import { employeeInput } from '@atrium/core';

/**
 * The employee form on core's schema (the API validates with the same one): a flat form,
 * where "no manager" and "not linked" are the empty choice of their select rather than null.
 */
export const employeeForm = employeeInput.extend({
  managerId: z.string().default(''),
  memberId: z.string().default(''),
});
export type EmployeeFormData = z.infer<typeof employeeForm>;

/** A person to choose in a select: a manager among the employees, a member of the team. */
export interface PersonOption {
  value: string;
  label: string;
}
