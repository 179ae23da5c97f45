import { AbilityBuilder, createMongoAbility, subject, type ForcedSubject, type MongoAbility } from '@casl/ability';

/** A project as a client guest's ability sees it. */
export type GuestProjectRecord = ForcedSubject<'GuestProject'> & { projectId: string };
export type GuestAbility = MongoAbility<['read', GuestProjectRecord | 'GuestProject']>;

/**
 * A client guest is no member: no company role, no module role, no seat. They may read the
 * projects they were invited to, and nothing else; every company subject and every module is
 * absent from this ability, so it cannot grant them. Row-level security holds the same line
 * in the database (`project_*_guest` policies).
 */
export function defineGuestAbilityFor(projectIds: readonly string[]): GuestAbility {
  const { can, build } = new AbilityBuilder<GuestAbility>(createMongoAbility);
  if (projectIds.length > 0) can('read', 'GuestProject', { projectId: { $in: [...projectIds] } } as never);
  return build();
}

export const guestProjectRecord = (projectId: string): GuestProjectRecord => subject('GuestProject', { projectId });
