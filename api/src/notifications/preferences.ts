import {
  categoriesFor,
  defaultChoice,
  mailIsMandatory,
  notificationCategories,
  notificationCategoryRules,
  type CompanyRole,
  type NotificationCategory,
  type NotificationPreferencesRequest,
} from '@atrium/core';
import { loadChoices, NotificationDigest, NotificationPreference, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';

/**
 * The categories that can reach a person in `role`: those of their role, and the ones that
 * come to them personally whatever their role (a reply to their own ticket, a task of theirs).
 */
function categoriesReaching(role: CompanyRole): NotificationCategory[] {
  const own = new Set<NotificationCategory>([...categoriesFor(role), 'module_activity', 'support']);
  return notificationCategories.filter((category) => own.has(category));
}

async function preferencesOf(em: EntityManager, userId: string, role: CompanyRole) {
  const choices = await loadChoices(em, userId);
  const digest = await em.findOne(NotificationDigest, { userId });
  return {
    categories: categoriesReaching(role).map((category) => {
      const choice = choices.get(category) ?? defaultChoice(category);
      const mailLocked = mailIsMandatory(category, role);
      const { label, description } = notificationCategoryRules[category];
      return { category, label, description, inApp: choice.inApp, mail: mailLocked || choice.mail, mailLocked };
    }),
    dailyDigest: digest?.enabled ?? false,
  };
}

export function getNotificationPreferences(deps: ApiDependencies, companyId: string, userId: string, role: CompanyRole) {
  return withTenant(deps.orm, { companyId, userId }, (em) => preferencesOf(em, userId, role));
}

/**
 * Saves the person's choices for the categories given (the others stay as they were) and
 * their digest. The mail about failed payments cannot be switched off by owners and billing
 * managers: asking to is a 400 that says so, and nothing is saved.
 */
export async function setNotificationPreferences(deps: ApiDependencies, companyId: string, userId: string, role: CompanyRole, input: NotificationPreferencesRequest) {
  const reaching = categoriesReaching(role);
  const fields: Record<string, string> = {};
  const seen = new Set<NotificationCategory>();
  let mandatoryMail = false;
  for (const [index, choice] of (input.categories ?? []).entries()) {
    if (seen.has(choice.category)) fields[`categories.${index}.category`] = `${notificationCategoryRules[choice.category].label} is listed twice.`;
    seen.add(choice.category);
    if (!reaching.includes(choice.category)) fields[`categories.${index}.category`] = `${notificationCategoryRules[choice.category].label} do not reach your role, so there is nothing to choose.`;
    if (!choice.mail && mailIsMandatory(choice.category, role)) {
      mandatoryMail = true;
      fields[`categories.${index}.mail`] = `${notificationCategoryRules[choice.category].label} are always mailed to owners and billing managers: someone who pays must hear of them.`;
    }
  }
  const problems = Object.entries(fields);
  if (problems.length > 0) {
    const [, message] = (mandatoryMail && problems.find(([field]) => field.endsWith('.mail'))) || problems[0]!;
    throw new HttpError(400, mandatoryMail ? 'mail_required' : 'invalid_request', message, fields);
  }

  return withTenant(deps.orm, { companyId, userId }, async (em) => {
    for (const choice of input.categories ?? []) {
      await em.upsert(
        NotificationPreference,
        { company: companyId, userId, category: choice.category, inApp: choice.inApp, mail: choice.mail, updatedAt: new Date() },
        { onConflictFields: ['company', 'userId', 'category'], onConflictAction: 'merge', onConflictMergeFields: ['inApp', 'mail', 'updatedAt'] },
      );
    }
    if (input.dailyDigest !== undefined) {
      await em.upsert(
        NotificationDigest,
        { company: companyId, userId, enabled: input.dailyDigest, lastSentOn: null, updatedAt: new Date() },
        { onConflictFields: ['company', 'userId'], onConflictAction: 'merge', onConflictMergeFields: ['enabled', 'updatedAt'] },
      );
    }
    return preferencesOf(em, userId, role);
  });
}
