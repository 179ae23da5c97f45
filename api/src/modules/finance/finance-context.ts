import { isoDateOf, type Entitlements } from '@atrium/core';
import { publicHolidayDates } from '@atrium/core/hr-server';
import { ModuleSetting, type EntityManager } from '@atrium/db';
import type { Context } from 'koa';
import { HttpError } from '../../http/http-error';

/** The person and company of a Finance request, as the verbs need them. */
export interface FinanceActor {
  companyId: string;
  userId: string;
  membershipId: string;
  entitlements: Entitlements;
  /** Finance managers, owners, admins: the second approval, reimbursements, settings. */
  isFinanceApprover: boolean;
  /** Editors and managers keep the books: bank accounts, statements, matching, the P&L. */
  keepsBooks: boolean;
}

export function financeActor(ctx: Context): FinanceActor {
  const { ability, membership } = ctx.state;
  return {
    companyId: membership.companyId,
    userId: ctx.state.person.id,
    membershipId: membership.id,
    entitlements: ctx.state.entitlements,
    isFinanceApprover: ability.can('manage', 'finance'),
    keepsBooks: ability.can('update', 'finance'),
  };
}

export function requireBookkeeper(actor: FinanceActor): void {
  if (!actor.keepsBooks) throw new HttpError(403, 'forbidden', 'Bank accounts and the profit and loss are for Finance editors and managers. Ask a finance manager for access.');
}

export function requireWritable(actor: FinanceActor): void {
  if (actor.entitlements.modulesReadOnly) throw new HttpError(402, 'modules_read_only', 'Finance is read-only until your subscription is paid up or resumed. See Billing.');
}

/** The approval policy, one `module_setting` row (kind `approval_policy`), written on first change. */
export interface ApprovalPolicy {
  approverUserId: string | null;
  approvalThresholdMinor: number | null;
}

export async function approvalPolicy(em: EntityManager): Promise<ApprovalPolicy> {
  const row = await em.findOne(ModuleSetting, { module: 'finance', kind: 'approval_policy' });
  const data = row?.data ?? {};
  return {
    approverUserId: typeof data.approverUserId === 'string' ? data.approverUserId : null,
    approvalThresholdMinor: typeof data.approvalThresholdMinor === 'number' ? data.approvalThresholdMinor : null,
  };
}

export const hrIsActive = (entitlements: Entitlements) => entitlements.usableModules.includes('hr');
export const crmIsActive = (entitlements: Entitlements) => entitlements.usableModules.includes('crm');

/**
 * Who approves a claim first: the claimant's manager in HR when HR is active and their
 * employee record names one with an account; else the company's named approver; never the
 * claimant themself (null then: a finance approver decides).
 */
export async function approverFor(em: EntityManager, actor: FinanceActor, policy: ApprovalPolicy): Promise<string | null> {
  if (hrIsActive(actor.entitlements)) {
    const [row] = await em.execute<{ user_id: string }[]>(
      `select mm.user_id from hr_employee e join hr_employee m on m.id = e.manager_id join membership mm on mm.id = m.member_id where e.member_id = ?`,
      [actor.membershipId],
      'all',
    );
    if (row && row.user_id !== actor.userId) return row.user_id;
  }
  if (policy.approverUserId && policy.approverUserId !== actor.userId) {
    const [member] = await em.execute<{ user_id: string }[]>(`select user_id from membership where user_id = ?`, [policy.approverUserId], 'all');
    if (member) return member.user_id;
  }
  return null;
}

/** The people who give the second approval and reimburse: owners, admins and Finance managers. */
export async function financeApprovers(em: EntityManager): Promise<{ userId: string; name: string }[]> {
  const rows = await em.execute<{ user_id: string; name: string }[]>(
    `select m.user_id, coalesce(nullif(u.name, ''), u.email) as name from membership m join "user" u on u.id = m.user_id
      where m.role in ('owner', 'admin') or m.module_roles ->> 'finance' = 'manager' order by 2`,
    [],
    'all',
  );
  return rows.map((row) => ({ userId: row.user_id, name: row.name }));
}

export async function holidaysAround(em: EntityManager): Promise<string[]> {
  const [row] = await em.execute<{ country: string }[]>(`select country from company limit 1`, [], 'all');
  const year = Number(isoDateOf(Date.now()).slice(0, 4));
  return publicHolidayDates(row?.country ?? '', year, year + 1);
}
