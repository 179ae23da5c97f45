import { unpackRules, type PackRule } from '@casl/ability/extra';
import { abilityFromRules, type AtriumAbility, type AtriumRule } from '@atrium/core';

/**
 * What the signed-in person may do in a company, from the packed rules the API sent with
 * the company. The dashboard only hides what the ability denies; the API refuses it anyway.
 */
export function abilityFor(packedRules: unknown[][]): AtriumAbility {
  return abilityFromRules(unpackRules(packedRules as PackRule<AtriumRule>[]) as AtriumRule[]);
}
