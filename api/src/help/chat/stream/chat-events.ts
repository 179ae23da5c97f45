import { chatChannel, type ChatNotice } from '@atrium/db';
import pg from 'pg';
import type { Logger } from 'pino';

type Listener = (notice: ChatNotice) => void;

/**
 * One PostgreSQL connection per API process that LISTENs on `atrium_chat` and hands each
 * chat event to the streams that follow that chat (a person's panel) or every chat (an
 * operator's console). Whoever wrote the event (this process, another API process, the
 * worker's ticket activity), every process hears it at commit. Like the bell's
 * NotificationEvents: connected on the first stream, reconnected with a growing pause,
 * after which each stream reads its chat again (`chat` notices).
 */
export class ChatEvents {
  readonly #byChat = new Map<string, Set<Listener>>();
  readonly #everyChat = new Set<Listener>();
  #client: pg.Client | null = null;
  #connecting: Promise<void> | null = null;
  #retryMs = 500;
  #closed = false;
  /** The company of each followed chat, to tell its streams to read it again after a reconnect. */
  readonly #known = new Map<string, string>();

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** `chatId` null: every chat (the operators' console). */
  async subscribe(chatId: string | null, companyId: string | null, listener: Listener): Promise<() => void> {
    await this.#connect();
    if (chatId === null) {
      this.#everyChat.add(listener);
      return () => this.#everyChat.delete(listener);
    }
    if (companyId) this.#known.set(chatId, companyId);
    const listeners = this.#byChat.get(chatId) ?? new Set<Listener>();
    listeners.add(listener);
    this.#byChat.set(chatId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        this.#byChat.delete(chatId);
        this.#known.delete(chatId);
      }
    };
  }

  get subscribers(): number {
    let count = this.#everyChat.size;
    for (const listeners of this.#byChat.values()) count += listeners.size;
    return count;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#byChat.clear();
    this.#everyChat.clear();
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
  }

  #connect(): Promise<void> {
    if (this.#client) return Promise.resolve();
    this.#connecting ??= this.#open().finally(() => {
      this.#connecting = null;
    });
    return this.#connecting;
  }

  async #open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'atrium-api chat listener' });
    client.on('notification', (message) => {
      if (message.channel !== chatChannel || !message.payload) return;
      try {
        this.#dispatch(JSON.parse(message.payload) as ChatNotice);
      } catch {
        // not ours
      }
    });
    client.on('error', (error) => {
      this.logger.warn({ error: error.message }, 'chat listener lost its connection');
      this.#lost(client);
    });
    client.on('end', () => this.#lost(client));
    await client.connect();
    await client.query(`listen ${chatChannel}`);
    this.#client = client;
    this.#retryMs = 500;
  }

  #dispatch(notice: ChatNotice): void {
    for (const listener of this.#byChat.get(notice.chatId) ?? []) listener(notice);
    for (const listener of this.#everyChat) listener(notice);
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    this.#reconnectLater();
  }

  #reconnectLater(): void {
    if (this.#closed || this.subscribers === 0) return;
    const wait = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, 30_000);
    setTimeout(() => {
      if (this.#closed || this.subscribers === 0) return;
      this.#connect().then(
        // Lines may have been missed meanwhile: every stream reads its chat again.
        () => {
          for (const [chatId, companyId] of this.#known) this.#dispatch({ type: 'chat', chatId, companyId });
        },
        (error: Error) => {
          this.logger.warn({ error: error.message }, 'chat listener could not reconnect; trying again');
          this.#reconnectLater();
        },
      );
    }, wait).unref();
  }
}
