import { p } from '@mikro-orm/postgresql';
import type { ApprovalStage, ClaimStatus } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { ModuleSetting } from '../../marketplace/module-setting';

/**
 * An expense a person paid and claims back, in minor units. Its approval is the workflow
 * `expense-claim:{id}`: the workflow writes each approval, the decision and the
 * reimbursement here, keyed by this id and by the status it expects, so a retried activity
 * changes nothing. `ownerId` is the claimant (the kit's own-record rule reads it).
 */
export const FinanceExpenseClaim = defineTenantEntity({
  name: 'FinanceExpenseClaim',
  tableName: 'finance_expense_claim',
  indexes: [
    { name: 'finance_expense_claim_company_id_owner_id_created_at_index', properties: ['company', 'ownerId', 'createdAt', 'id'] },
    { name: 'finance_expense_claim_company_id_status_spent_on_index', properties: ['company', 'status', 'spentOn', 'id'] },
  ],
  properties: {
    ownerId: p.string().length(64),
    /** A `module_setting` row of kind `expense_category`. */
    category: () => p.manyToOne(ModuleSetting).deleteRule('restrict'),
    amountMinor: p.integer(),
    currency: p.string().length(3),
    spentOn: p.string().columnType('date'),
    merchant: p.string().length(120),
    note: p.text().default(''),
    status: p.string().$type<ClaimStatus>().length(16).default('draft'),
    /** While submitted: whose approval it waits for. */
    stage: p.string().$type<ApprovalStage>().length(16).nullable(),
    /** Who approves first, fixed when it is submitted (the HR manager, or the named approver). */
    approverUserId: p.string().length(64).nullable(),
    needsFinanceApproval: p.boolean().default(false),
    firstApprovalBy: p.string().length(64).nullable(),
    firstApprovalAt: p.datetime().nullable(),
    decidedBy: p.string().length(64).nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.text().default(''),
    submittedAt: p.datetime().nullable(),
    reimbursedBy: p.string().length(64).nullable(),
    reimbursedAt: p.datetime().nullable(),
  },
});
export type FinanceExpenseClaimEntity = InstanceType<typeof FinanceExpenseClaim.class>;
