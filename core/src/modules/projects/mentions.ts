export interface MentionableMember {
  userId: string;
  name: string;
  email: string;
}

const handleOf = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '');

/**
 * The members a comment mentions. A mention is `@` followed by a member's first name, full
 * name without spaces ("@AdaLovelace"), or the part of their email before the `@`, in any
 * case. A handle two members share mentions both, since the writer may mean either; an
 * email address inside the text ("ada@example.com") is not a mention.
 */
export function mentionedMembers(body: string, members: readonly MentionableMember[]): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(/(^|[^\p{L}\p{N}._-])@([\p{L}\p{N}._-]+)/gu)) handles.add(handleOf(match[2]!).replace(/[._-]+$/, ''));
  if (handles.size === 0) return [];
  const mentioned: string[] = [];
  for (const member of members) {
    const words = member.name.trim().split(/\s+/);
    const candidates = [handleOf(words[0] ?? ''), handleOf(member.name), handleOf(member.email.split('@')[0] ?? '')].filter(Boolean);
    if (candidates.some((candidate) => handles.has(candidate))) mentioned.push(member.userId);
  }
  return mentioned;
}
