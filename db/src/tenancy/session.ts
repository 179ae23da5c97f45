/**
 * The session variables the row-level security policies read. They are set with
 * `set_config(name, value, true)` right after `begin`, so they die with the transaction
 * and a pooled connection never carries one company's context into another's request.
 */
export const sessionVariables = {
  companyId: 'app.company_id',
  userId: 'app.user_id',
  systemContext: 'app.system_context',
  /** Atrium's operators (platform staff): the only context that reaches operator tables. */
  operatorContext: 'app.operator_context',
} as const;

const setting = (name: string) => `nullif(current_setting('${name}', true), '')`;

/**
 * SQL expressions used inside policies; `nullif` because a reset setting reads as ''.
 *
 * Each is a scalar sub-select, so PostgreSQL computes it once per query (an InitPlan)
 * rather than calling `current_setting` for every row it reads: over a company's 25,000
 * contacts the bare call was most of the time of a count (bench/crm-contacts.ts). The value
 * is the same for the whole statement either way, the setting being fixed per transaction.
 */
export const currentCompanyId = `(select ${setting(sessionVariables.companyId)}::uuid)`;
export const currentUserId = `(select ${setting(sessionVariables.userId)})`;
export const inSystemContext = `(select ${setting(sessionVariables.systemContext)} is not null)`;
export const inOperatorContext = `(select ${setting(sessionVariables.operatorContext)} is not null)`;
