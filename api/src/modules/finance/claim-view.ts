import { claimDecisionRefusal, reimbursementRefusal, type ApprovalStage, type ClaimStatus, type ExpenseClaimView } from '@atrium/core';
import type { EntityManager } from '@atrium/db';
import { notFound } from '../../http/http-error';
import type { FinanceActor } from './finance-context';

export interface ClaimRow {
  id: string;
  owner_id: string;
  claimant_name: string;
  amount_minor: number;
  currency: string;
  spent_on: string;
  category_id: string;
  category_name: string;
  merchant: string;
  note: string;
  status: ClaimStatus;
  stage: ApprovalStage | null;
  approver_user_id: string | null;
  approver_name: string | null;
  needs_finance_approval: boolean;
  first_approval_by: string | null;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_note: string;
  submitted_at: Date | string | null;
  reimbursed_at: Date | string | null;
  receipt_type: string | null;
  receipt_size: number | null;
  receipt_name: string | null;
  matched_transaction_id: string | null;
  created_at: Date | string;
}

export const claimSelect = `select c.id, c.owner_id, coalesce(nullif(cu.name, ''), cu.email, 'Former member') as claimant_name, c.amount_minor, c.currency,
    to_char(c.spent_on, 'YYYY-MM-DD') as spent_on, c.category_id, s.name as category_name, c.merchant, c.note, c.status, c.stage, c.approver_user_id,
    coalesce(nullif(au.name, ''), au.email) as approver_name, c.needs_finance_approval, c.first_approval_by, c.decided_by, c.decided_at, c.decision_note,
    c.submitted_at, c.reimbursed_at, r.content_type as receipt_type, r.size as receipt_size, r.file_name as receipt_name, t.id as matched_transaction_id, c.created_at
  from finance_expense_claim c
  join module_setting s on s.id = c.category_id
  left join "user" cu on cu.id = c.owner_id
  left join "user" au on au.id = c.approver_user_id
  left join finance_receipt r on r.claim_id = c.id
  left join finance_bank_transaction t on t.matched_claim_id = c.id`;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function claimView(row: ClaimRow, actor: FinanceActor): ExpenseClaimView {
  const decider = { userId: actor.userId, isFinanceApprover: actor.isFinanceApprover };
  return {
    id: row.id, claimantUserId: row.owner_id, claimantName: row.claimant_name, amountMinor: Number(row.amount_minor), currency: row.currency, spentOn: row.spent_on,
    categoryId: row.category_id, categoryName: row.category_name, merchant: row.merchant, note: row.note, status: row.status, stage: row.stage,
    approverUserId: row.approver_user_id, approverName: row.approver_name, needsFinanceApproval: row.needs_finance_approval, firstApprovalBy: row.first_approval_by,
    decidedBy: row.decided_by, decidedAt: instant(row.decided_at), decisionNote: row.decision_note, submittedAt: instant(row.submitted_at), reimbursedAt: instant(row.reimbursed_at),
    receipt: row.receipt_type ? { contentType: row.receipt_type, bytes: Number(row.receipt_size), fileName: row.receipt_name ?? 'receipt' } : null,
    matchedTransactionId: row.matched_transaction_id, createdAt: instant(row.created_at)!,
    canEdit: row.status === 'draft' && row.owner_id === actor.userId && !actor.entitlements.modulesReadOnly,
    canDecide: row.status === 'submitted' && claimDecisionRefusal({ status: row.status, stage: row.stage ?? 'approver', claimantUserId: row.owner_id, approverUserId: row.approver_user_id, firstApprovalBy: row.first_approval_by, decider }) === null,
    canReimburse: reimbursementRefusal({ status: row.status, by: decider }) === null,
  };
}

/** Whether the person sees a claim: its claimant, its approver, finance approvers and bookkeepers. */
export function seesClaim(row: ClaimRow, actor: FinanceActor): boolean {
  return row.owner_id === actor.userId || row.approver_user_id === actor.userId || actor.isFinanceApprover || actor.keepsBooks;
}

/** The claim as the person may see it, or the same 404 as a claim that does not exist. */
export async function claimRow(em: EntityManager, id: string, actor: FinanceActor): Promise<ClaimRow> {
  const [row] = await em.execute<ClaimRow[]>(`${claimSelect} where c.id = ?`, [id], 'all');
  if (!row || !seesClaim(row, actor)) throw notFound('There is no such expense claim.');
  return row;
}
