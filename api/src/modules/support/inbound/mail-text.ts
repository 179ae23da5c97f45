/**
 * The new part of a mailed answer: what is above the quoted thread ("On … wrote:" and the
 * `>` lines) and above a signature separator. The whole text when nothing is quoted.
 */
export function newPartOf(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const cut = lines.findIndex((line, index) => /^On .+wrote:\s*$/.test(line.trim()) || (line.startsWith('>') && lines.slice(index).every((rest) => rest.startsWith('>') || rest.trim() === '')) || line === '-- ');
  const kept = (cut === -1 ? lines : lines.slice(0, cut)).join('\n').trim();
  return kept || text.trim();
}

/** Message-IDs a mail refers to, In-Reply-To first. */
export function referencedIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const all = [inReplyTo, ...(Array.isArray(references) ? references : (references ?? '').split(/\s+/))];
  return [...new Set(all.filter((id): id is string => typeof id === 'string' && id.trim() !== '').map((id) => id.trim()))];
}

/** The ticket number in a subject like "Re: Export broken [#12]". */
export function ticketNumberInSubject(subject: string): number | null {
  const match = /\[#(\d{1,9})\]/.exec(subject);
  return match ? Number(match[1]) : null;
}
