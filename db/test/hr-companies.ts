import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createCompanyWithOwner } from './companies';

export interface HrPerson {
  userId: string;
  email: string;
  membershipId: string;
  employeeId: string;
}

/**
 * A company with HR's people for leave tests, written as the owner in a named system
 * context: Olga the owner, Hana an HR manager, Max a manager and Eve who reports to him,
 * each a member with an employee record, and the Annual leave type (25 days).
 */
export async function createHrCompany(ownerUrl: string, name: string) {
  const { companyId, userId: ownerUserId } = await createCompanyWithOwner(ownerUrl, name, { billingRows: false });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    const ownerMembership = await client.query(`select id from membership where company_id = $1 and user_id = $2`, [companyId, ownerUserId]);
    const person = async (label: string, moduleRole: string | null, managerEmployeeId: string | null, existing?: { userId: string; membershipId: string }): Promise<HrPerson> => {
      const userId = existing?.userId ?? `user-${randomUUID()}`;
      const email = existing ? `${userId}@example.com` : `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
      const membershipId = existing?.membershipId ?? randomUUID();
      if (!existing) {
        await client.query(`insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ($1, $2, $3, false, now(), now())`, [userId, label, email]);
        await client.query(`insert into membership (id, company_id, user_id, role, module_roles, created_at) values ($1, $2, $3, 'member', $4, now())`, [
          membershipId, companyId, userId, JSON.stringify(moduleRole ? { hr: moduleRole } : {}),
        ]);
      }
      const employeeId = randomUUID();
      await client.query(
        `insert into hr_employee (id, company_id, created_at, updated_at, name, start_date, work_email, manager_id, member_id) values ($1, $2, now(), now(), $3, '2024-01-08', $4, $5, $6)`,
        [employeeId, companyId, label, email, managerEmployeeId, membershipId],
      );
      return { userId, email, membershipId, employeeId };
    };
    const owner = await person('Olga', null, null, { userId: ownerUserId, membershipId: ownerMembership.rows[0].id });
    const hrManager = await person('Hana', 'manager', owner.employeeId);
    const manager = await person('Max', 'viewer', owner.employeeId);
    const employee = await person('Eve', 'viewer', manager.employeeId);
    const colleague = await person('Carl', 'viewer', manager.employeeId);
    const leaveTypeId = randomUUID();
    await client.query(
      `insert into module_setting (id, company_id, module, kind, name, position, data, created_at) values ($1, $2, 'hr', 'leave_type', 'Annual leave', 1, '{"paid": true, "daysPerYear": 25}', now())`,
      [leaveTypeId, companyId],
    );
    await client.query('commit');
    return { companyId, owner, hrManager, manager, employee, colleague, leaveTypeId };
  } finally {
    await client.end();
  }
}

/** A pending request of `employeeId`'s, as the API writes it before starting its workflow. */
export async function insertLeaveRequest(ownerUrl: string, input: { companyId: string; employeeId: string; leaveTypeId: string; startDate: string; endDate: string; days: number }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const id = randomUUID();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    await client.query(
      `insert into hr_leave_request (id, company_id, created_at, updated_at, employee_id, leave_type_id, start_date, end_date, days) values ($1, $2, now(), now(), $3, $4, $5, $6, $7)`,
      [id, input.companyId, input.employeeId, input.leaveTypeId, input.startDate, input.endDate, input.days],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
  return id;
}
