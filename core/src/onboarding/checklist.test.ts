import { describe, expect, it } from 'vitest';
import { completeStep, emptyChecklist, isStepCompleted } from './checklist';

const companyId = '0b6d3c4e-8f61-4a7e-9d55-1f1a2b3c4d5e';

describe('onboarding checklist', () => {
  it('a new company starts with five open steps and the profile as its next step', () => {
    const checklist = emptyChecklist(companyId);
    expect(checklist.total).toBe(5);
    expect(checklist.completedCount).toBe(0);
    expect(checklist.nextStep).toBe('company_profile');
  });

  it('completing the profile moves the company on to branding', () => {
    const at = new Date('2026-11-24T10:00:00Z');
    const checklist = completeStep(emptyChecklist(companyId), 'company_profile', at);
    expect(checklist.completedCount).toBe(1);
    expect(checklist.nextStep).toBe('branding');
    expect(isStepCompleted(checklist, 'company_profile')).toBe(true);
    expect(checklist.steps[0]?.completedAt).toBe(at.toISOString());
  });

  it('completing a step twice keeps the time it was first completed', () => {
    const first = new Date('2026-11-24T10:00:00Z');
    const once = completeStep(emptyChecklist(companyId), 'branding', first);
    const twice = completeStep(once, 'branding', new Date('2026-11-25T10:00:00Z'));
    expect(twice.steps.find((s) => s.key === 'branding')?.completedAt).toBe(first.toISOString());
    expect(twice.completedCount).toBe(1);
  });

  it('a company that did every step has no next step', () => {
    let checklist = emptyChecklist(companyId);
    for (const step of checklist.steps) checklist = completeStep(checklist, step.key, new Date());
    expect(checklist.nextStep).toBeNull();
    expect(checklist.completedCount).toBe(checklist.total);
  });
});
