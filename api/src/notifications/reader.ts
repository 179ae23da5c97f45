import { moduleKeys, type AtriumAbility, type CompanyRole } from '@atrium/core';
import { loadChoices, type EntityManager, type NoticeReader } from '@atrium/db';

/** Who is reading, as the request's guards established it: their id, company role and abilities. */
export interface NoticeAsker {
  personId: string;
  role: CompanyRole;
  ability: AtriumAbility;
}

export function askerOf(state: { person: { id: string }; membership: { role: CompanyRole }; ability: AtriumAbility }): NoticeAsker {
  return { personId: state.person.id, role: state.membership.role, ability: state.ability };
}

/**
 * The person as a reader of notices: a module's notices reach them only if the ability
 * lets them open the module (which also means the company has it now).
 */
export async function readerFor(em: EntityManager, asker: NoticeAsker): Promise<NoticeReader> {
  return readerWith(asker, await loadChoices(em, asker.personId));
}

/** The same, with the person's choices read by the statements themselves unless given. */
export function readerWith(asker: NoticeAsker, choices?: NoticeReader['choices']): NoticeReader {
  return { userId: asker.personId, role: asker.role, modules: moduleKeys.filter((module) => asker.ability.can('read', module)), ...(choices ? { choices } : {}) };
}
