/** One Server-Sent Event as the browser's EventSource would see it; comments (`: …`) are kept as `comment`. */
export interface ServerSentEvent {
  event?: string;
  data?: string;
  comment?: string;
  retry?: number;
}

/**
 * Opens `url` as an event stream with `cookie` and hands out its events one by one, the way
 * EventSource parses them (fields split at the first colon, events ended by a blank line).
 */
export async function openEventStream(url: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: abort.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const queue: ServerSentEvent[] = [];
  let buffer = '';

  async function next(timeoutMs = 15_000): Promise<ServerSentEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = queue.shift();
      if (ready) return ready;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      const read = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(resolve, remaining, null))]);
      if (read === null) continue;
      if (read.done) throw new Error('the stream ended');
      buffer += read.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: ServerSentEvent = {};
        for (const line of block.split('\n')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === '') event.comment = value;
          else if (field === 'event') event.event = value;
          else if (field === 'data') event.data = event.data === undefined ? value : `${event.data}\n${value}`;
          else if (field === 'retry') event.retry = Number(value);
        }
        queue.push(event);
      }
    }
  }

  /** The next event that carries data (skipping keep-alive comments and the retry hint), parsed. */
  async function nextData<T = Record<string, unknown>>(timeoutMs?: number): Promise<{ event: string; data: T }> {
    for (;;) {
      const event = await next(timeoutMs);
      if (event.data !== undefined) return { event: event.event ?? 'message', data: JSON.parse(event.data) as T };
    }
  }

  return {
    status: response.status,
    headers: response.headers,
    next,
    nextData,
    close: () => abort.abort(),
  };
}
