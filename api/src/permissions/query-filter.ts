import type { Action, AtriumAbility, CompanySubject, ModuleKey } from '@atrium/core';
import { rulesToCondition } from '@casl/ability/extra';

type Where = Record<string, unknown>;

/**
 * Turns the person's CASL rules for `action` on `subject` into a MikroORM `where`, so a list
 * returns only the rows they may see (CASL 7's `rulesToCondition`; there is no MikroORM
 * adapter). Null means they may see none. Rule conditions are flat equality objects, which
 * MikroORM reads as they are.
 */
export function accessibleWhere(ability: AtriumAbility, action: Action, subject: CompanySubject | ModuleKey): Where | null {
  return rulesToCondition<AtriumAbility, Where, Where>(
    ability.rulesFor(action, subject),
    (rule) => {
      const conditions = (rule.conditions ?? {}) as Where;
      return rule.inverted ? { $not: conditions } : conditions;
    },
    {
      and: (conditions) => (conditions.length === 1 ? conditions[0]! : { $and: conditions }),
      or: (conditions) => (conditions.length === 1 ? conditions[0]! : { $or: conditions }),
      empty: () => ({}),
    },
  );
}
