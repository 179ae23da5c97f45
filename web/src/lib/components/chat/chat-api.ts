import createClient from 'openapi-fetch';
import type { paths } from '#lib/api/schema';
import type { Schemas } from '#lib/api';

/**
 * The chat panel and the console's live chat talk to the API from the browser, through the
 * dashboard's own /api (same origin, the session cookie goes with it), with the generated
 * types: a chat is live, so it cannot wait for a page load.
 */
export const browserApi = createClient<paths>({ baseUrl: '' });

export type ChatMessage = Schemas['ChatMessage'];
export type ChatStreamEvent = Schemas['ChatStreamEvent'];

/** Adds lines once each, by id, in the order they were written (a reconnect sends them again). */
export function mergeLines(lines: ChatMessage[], more: ChatMessage[]): ChatMessage[] {
  const known = new Set(lines.map((line) => line.id));
  const added = more.filter((line) => !known.has(line.id));
  if (added.length === 0) return lines;
  return [...lines, ...added].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Tells the other side "typing" at most every few seconds while a person types, and "stopped" once. */
export function typingSignal(send: (typing: boolean) => void, everyMs = 2500) {
  let lastSent = 0;
  let typing = false;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    typed() {
      const now = Date.now();
      if (!typing || now - lastSent > everyMs) {
        typing = true;
        lastSent = now;
        send(true);
      }
      clearTimeout(stopTimer);
      stopTimer = setTimeout(() => this.stopped(), 4000);
    },
    stopped() {
      clearTimeout(stopTimer);
      if (!typing) return;
      typing = false;
      send(false);
    },
  };
}
