import pg from 'pg';
import type { Logger } from 'pino';

/** What the database says happened (see the `atrium_notification` triggers): ids only, never a notice's text. */
export type NotificationEvent =
  | { type: 'created'; companyId: string; id: string; recipientUserId: string | null }
  | { type: 'read'; companyId: string; userId: string }
  /** The connection to PostgreSQL was lost and is back: events may have been missed, so counts are read again. */
  | { type: 'resync'; companyId: string };

type Listener = (event: NotificationEvent) => void;

export const notificationChannel = 'atrium_notification';

/**
 * One PostgreSQL connection per API process that LISTENs on `atrium_notification` and
 * hands each event to the streams of its company. Any process hears every notice, whoever
 * wrote it (a worker's activity, another API process), at its commit. Connected on the
 * first stream; reconnected with a growing pause if the connection drops, after which
 * every stream reads its count again.
 */
export class NotificationEvents {
  readonly #listeners = new Map<string, Set<Listener>>();
  #client: pg.Client | null = null;
  #connecting: Promise<void> | null = null;
  #retryMs = 500;
  #closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Calls `listener` with every event of `companyId` until the returned function is called. */
  async subscribe(companyId: string, listener: Listener): Promise<() => void> {
    await this.#connect();
    const listeners = this.#listeners.get(companyId) ?? new Set<Listener>();
    listeners.add(listener);
    this.#listeners.set(companyId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(companyId);
    };
  }

  get subscribers(): number {
    let count = 0;
    for (const listeners of this.#listeners.values()) count += listeners.size;
    return count;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
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
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'atrium-api notification listener' });
    client.on('notification', (message) => {
      if (message.channel !== notificationChannel || !message.payload) return;
      this.#dispatch(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn({ error: error.message }, 'notification listener lost its connection');
      this.#lost(client);
    });
    client.on('end', () => this.#lost(client));
    await client.connect();
    await client.query(`listen ${notificationChannel}`);
    this.#client = client;
    this.#retryMs = 500;
  }

  #dispatch(payload: string): void {
    let event: NotificationEvent;
    try {
      event = JSON.parse(payload) as NotificationEvent;
    } catch {
      return;
    }
    for (const listener of this.#listeners.get(event.companyId) ?? []) listener(event);
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    this.#reconnectLater();
  }

  #reconnectLater(): void {
    if (this.#closed || this.#listeners.size === 0) return;
    const wait = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, 30_000);
    setTimeout(() => {
      if (this.#closed || this.#listeners.size === 0) return;
      this.#connect().then(
        () => {
          for (const companyId of this.#listeners.keys()) this.#dispatch(JSON.stringify({ type: 'resync', companyId }));
        },
        (error: Error) => {
          this.logger.warn({ error: error.message }, 'notification listener could not reconnect; trying again');
          this.#reconnectLater();
        },
      );
    }, wait).unref();
  }
}
