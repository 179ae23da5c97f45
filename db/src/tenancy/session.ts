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

/** SQL expressions used inside policies; `nullif` because a reset setting reads as ''. */
export const currentCompanyId = `${setting(sessionVariables.companyId)}::uuid`;
export const currentUserId = setting(sessionVariables.userId);
export const inSystemContext = `${setting(sessionVariables.systemContext)} is not null`;
export const inOperatorContext = `${setting(sessionVariables.operatorContext)} is not null`;
