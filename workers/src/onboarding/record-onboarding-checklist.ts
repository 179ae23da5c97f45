import { withTenant, type MikroORM } from '@atrium/db';
import type { OnboardingActivities } from '@atrium/workflows';

/**
 * Writes the workflow's checklist to `onboarding_checklist`. Steps only ever get done, so
 * a row with as many steps done or more is newer: it is left as it is.
 */
export function recordOnboardingChecklist(orm: MikroORM): OnboardingActivities['recordOnboardingChecklist'] {
  return (checklist) =>
    withTenant(orm, { companyId: checklist.companyId }, (em) =>
      em.execute(
        `insert into onboarding_checklist (company_id, completed_count, checklist, updated_at) values (?, ?, ?, now())
         on conflict (company_id) do update set completed_count = excluded.completed_count, checklist = excluded.checklist, updated_at = now()
         where onboarding_checklist.completed_count < excluded.completed_count`,
        [checklist.companyId, checklist.completedCount, JSON.stringify(checklist)],
        'run',
      ),
    ).then(() => undefined);
}
