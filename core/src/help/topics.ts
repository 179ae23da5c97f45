import { moduleKeys, moduleNames } from '../modules/catalog';

/**
 * What a help article is about, so that a page links the articles of its own topic: the
 * billing page links `billing`, each module's landing its module key. (Support tickets
 * will use the same words for their category.)
 */
export const helpTopics = ['billing', 'account', ...moduleKeys] as const;
export type HelpTopic = (typeof helpTopics)[number];

export const helpTopicNames: Record<HelpTopic, string> = { billing: 'Billing', account: 'Account and team', ...moduleNames };

export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && (helpTopics as readonly string[]).includes(value);
}
