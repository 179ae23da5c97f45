import { formatMoney, type Currency } from '@atrium/core';
import { withTenant, type EntityManager, type Mailer, type MikroORM } from '@atrium/db';
import type { ExpenseClaimKey, FinanceActivities } from '@atrium/workflows';
import { notifyPerson } from '../../notifications/notify-person';

interface ClaimFacts {
  claimantUserId: string;
  claimantName: string;
  approverUserId: string | null;
  firstApprovalBy: string | null;
  amount: string;
  merchant: string;
  categoryName: string;
  spentOn: string;
  status: string;
  decisionNote: string;
}

async function claimFacts(em: EntityManager, claimId: string): Promise<ClaimFacts | undefined> {
  const [row] = await em.execute<Array<Record<string, unknown>>>(
    `select c.owner_id, coalesce(nullif(u.name, ''), u.email, 'Someone') as claimant_name, c.approver_user_id, c.first_approval_by, c.amount_minor, c.currency, c.merchant,
            s.name as category_name, to_char(c.spent_on, 'YYYY-MM-DD') as spent_on, c.status, c.decision_note
       from finance_expense_claim c join module_setting s on s.id = c.category_id left join "user" u on u.id = c.owner_id
      where c.id = ?`,
    [claimId],
    'all',
  );
  if (!row) return undefined;
  return {
    claimantUserId: String(row.owner_id),
    claimantName: String(row.claimant_name),
    approverUserId: (row.approver_user_id as string | null) ?? null,
    firstApprovalBy: (row.first_approval_by as string | null) ?? null,
    amount: formatMoney({ amount: Number(row.amount_minor), currency: row.currency as Currency }),
    merchant: String(row.merchant),
    categoryName: String(row.category_name),
    spentOn: String(row.spent_on),
    status: String(row.status),
    decisionNote: String(row.decision_note ?? ''),
  };
}

/** The finance approvers: Finance's module managers and the company's owners and admins. */
async function financeApproverIds(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(`select user_id from membership where role in ('owner', 'admin') or module_roles ->> 'finance' = 'manager' order by user_id`, [], 'all');
  return rows.map((row) => row.user_id);
}

const what = (facts: ClaimFacts) => `${facts.amount} at ${facts.merchant} (${facts.categoryName}, ${facts.spentOn})`;
const footer = 'Open Finance in Atrium to see the claim.';

export function createFinanceActivities({ orm, mailer }: { orm: MikroORM; mailer: Mailer }): FinanceActivities {
  const inCompany = <T>({ companyId }: ExpenseClaimKey, work: (em: EntityManager) => Promise<T>) => withTenant(orm, { companyId }, work);

  return {
    async recordClaimFirstApproval(input) {
      await inCompany(input, (em) =>
        em.execute(
          `update finance_expense_claim set stage = 'finance', first_approval_by = ?, first_approval_at = ?, updated_at = now() where id = ? and status = 'submitted' and stage = 'approver'`,
          [input.approvedBy, input.approvedAt, input.claimId],
        ),
      );
    },

    async recordClaimDecision(input) {
      // Only a submitted claim takes a decision: a retry after the first write changes nothing.
      await inCompany(input, (em) =>
        em.execute(
          `update finance_expense_claim set status = ?, stage = null, decided_by = ?, decided_at = ?, decision_note = ?, updated_at = now() where id = ? and status = 'submitted'`,
          [input.status, input.decidedBy, input.decidedAt, input.note, input.claimId],
        ),
      );
    },

    async recordClaimReimbursed(input) {
      await inCompany(input, (em) =>
        em.execute(`update finance_expense_claim set status = 'reimbursed', reimbursed_by = ?, reimbursed_at = ?, updated_at = now() where id = ? and status = 'approved'`, [
          input.reimbursedBy, input.reimbursedAt, input.claimId,
        ]),
      );
    },

    async notifyClaimApprovers(input) {
      const { facts, approvers } = await inCompany(input, async (em) => ({ facts: await claimFacts(em, input.claimId), approvers: await financeApproverIds(em) }));
      if (!facts || facts.status !== 'submitted') return;
      const people = input.stage === 'approver' && facts.approverUserId ? [facts.approverUserId] : approvers.filter((id) => id !== facts.claimantUserId && id !== facts.firstApprovalBy);
      const second = input.stage === 'finance' ? ' It is above the approval threshold, so a finance approver approves it too.' : '';
      for (const userId of people) {
        await notifyPerson(orm, mailer, {
          companyId: input.companyId,
          userId,
          module: 'finance',
          kind: input.reminder ? 'finance_claim_reminder' : 'finance_claim_waiting',
          title: input.reminder ? `${facts.claimantName}'s expense claim is still waiting for you` : `${facts.claimantName}'s expense claim needs your approval`,
          body: `${facts.claimantName} claims ${what(facts)}${input.reminder ? ', sent two working days ago' : ''}.${second} Approve or reject it.`,
          dedupeKey: `expense-claim:${input.claimId}:${input.stage}:${input.reminder ? 'reminder' : 'waiting'}:${userId}`,
        }, footer);
      }
    },

    async notifyClaimant(input) {
      const facts = await inCompany(input, (em) => claimFacts(em, input.claimId));
      if (!facts) return;
      const title = input.event === 'reimbursed' ? 'Your expense claim was reimbursed' : `Your expense claim was ${input.event}`;
      const note = input.event !== 'reimbursed' && facts.decisionNote ? ` Note: ${facts.decisionNote}` : '';
      await notifyPerson(orm, mailer, {
        companyId: input.companyId,
        userId: facts.claimantUserId,
        module: 'finance',
        kind: input.event === 'reimbursed' ? 'finance_claim_reimbursed' : 'finance_claim_decision',
        title,
        body: `${what(facts)}: ${input.event}.${note}`,
        dedupeKey: `expense-claim:${input.claimId}:${input.event}`,
      }, footer);
    },
  };
}
