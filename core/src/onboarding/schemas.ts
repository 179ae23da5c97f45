import { z } from 'zod';
import { onboardingStepKeys } from './checklist';

export const onboardingStepKey = z.enum(onboardingStepKeys);

export const onboardingStep = z.object({
  key: onboardingStepKey,
  label: z.string(),
  completedAt: z.iso.datetime().nullable(),
});

export const onboardingChecklist = z
  .object({
    companyId: z.uuid(),
    steps: z.array(onboardingStep),
    completedCount: z.int().nonnegative(),
    total: z.int().positive(),
    nextStep: onboardingStepKey.nullable(),
  })
  .meta({ id: 'OnboardingChecklist' });

export const completeOnboardingStepRequest = z.object({ step: onboardingStepKey });
