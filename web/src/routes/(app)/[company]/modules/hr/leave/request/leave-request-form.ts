import { leaveRequestInput } from '@atrium/core';

/** The person's own request: core's schema without the employee (managers asking for someone use the API). */
export const leaveRequestForm = leaveRequestInput.omit({ employeeId: true });

/** The fields whose change asks the API for the days again. */
export const previewedFields = ['leaveTypeId', 'startDate', 'endDate'] as const;
