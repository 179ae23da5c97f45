import type { AtriumAbility, OnboardingStepKey } from '@atrium/core';

/**
 * Where each onboarding step is done, and who may do it there. The dashboard links a step
 * only for people the page would let in; others are told who does it.
 */
interface SetupPlace {
  path: string;
  place: string;
  allowed: (ability: AtriumAbility) => boolean;
}

const places: Record<OnboardingStepKey, SetupPlace> = {
  company_profile: { path: 'settings/profile', place: 'Settings', allowed: (ability) => ability.can('update', 'Company') },
  branding: { path: 'settings/branding', place: 'Branding', allowed: (ability) => ability.can('update', 'Branding') },
  invite_team: { path: 'team', place: 'Team', allowed: (ability) => ability.can('create', 'Invitation') },
  choose_modules: { path: 'marketplace', place: 'the marketplace', allowed: (ability) => ability.can('create', 'Marketplace') },
  payment_method: { path: 'billing#payment-methods', place: 'Billing', allowed: (ability) => ability.can('update', 'Billing') },
};

export interface SetupLink {
  href: string;
  /** "Go to Settings" */
  label: string;
}

/** The link to where `step` is done, or null when this person may not do it. */
export function setupLinkFor(companyId: string, step: OnboardingStepKey, ability: AtriumAbility): SetupLink | null {
  const { path, place, allowed } = places[step];
  return allowed(ability) ? { href: `/${companyId}/${path}`, label: `Go to ${place}` } : null;
}
