/** The guided setup a new company walks through, in the order the dashboard shows it. */
export const onboardingStepKeys = [
  'company_profile',
  'branding',
  'invite_team',
  'choose_modules',
  'payment_method',
] as const;

export type OnboardingStepKey = (typeof onboardingStepKeys)[number];

export const onboardingStepLabels: Record<OnboardingStepKey, string> = {
  company_profile: 'Complete your company profile',
  branding: 'Add your logo and colours',
  invite_team: 'Invite your team',
  choose_modules: 'Choose your modules',
  payment_method: 'Add a payment method',
};

export interface OnboardingStep {
  key: OnboardingStepKey;
  label: string;
  completedAt: string | null;
}

export interface OnboardingChecklist {
  companyId: string;
  steps: OnboardingStep[];
  completedCount: number;
  total: number;
  /** The first step not yet done, or null once the company is fully set up. */
  nextStep: OnboardingStepKey | null;
}

export function emptyChecklist(companyId: string): OnboardingChecklist {
  return summarize(
    companyId,
    onboardingStepKeys.map((key) => ({ key, label: onboardingStepLabels[key], completedAt: null })),
  );
}

export function completeStep(
  checklist: OnboardingChecklist,
  key: OnboardingStepKey,
  at: Date,
): OnboardingChecklist {
  const steps = checklist.steps.map((step) =>
    step.key === key && step.completedAt === null ? { ...step, completedAt: at.toISOString() } : step,
  );
  return summarize(checklist.companyId, steps);
}

export function isStepCompleted(checklist: OnboardingChecklist, key: OnboardingStepKey): boolean {
  return checklist.steps.some((step) => step.key === key && step.completedAt !== null);
}

function summarize(companyId: string, steps: OnboardingStep[]): OnboardingChecklist {
  const completedCount = steps.filter((step) => step.completedAt !== null).length;
  const next = steps.find((step) => step.completedAt === null);
  return { companyId, steps, completedCount, total: steps.length, nextStep: next?.key ?? null };
}
