import { Migration } from '@mikro-orm/migrations';

/**
 * Live chat: when an operator's console last held the live-chat stream open. The
 * `chat:{id}` workflow asks it whether anyone is online before it waits for an answer; a
 * chat opened while nobody is becomes a ticket at once. On the operator table, under its
 * own policy: no company context ever reads it.
 */
export class Migration20261230100000_chat_presence extends Migration {
  override name = 'Migration20261230100000_chat_presence';

  override up(): void | Promise<void> {
    this.addSql(`alter table "operator" add column "chat_present_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "operator" drop column "chat_present_at";`);
  }
}
