import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124153000_auth } from './Migration20261124153000_auth';
import { Migration20261124153436_initial } from './Migration20261124153436_initial';
import { Migration20261124155135_team } from './Migration20261124155135_team';
import { Migration20261124172741_billing } from './Migration20261124172741_billing';
import { Migration20261124180332_marketplace } from './Migration20261124180332_marketplace';
import { Migration20261201100000_entitlements } from './Migration20261201100000_entitlements';
import { Migration20261201120000_subscription_snapshot } from './Migration20261201120000_subscription_snapshot';
import { Migration20261201130000_rate_limit } from './Migration20261201130000_rate_limit';
import { Migration20261201140000_pending_invitation_unique } from './Migration20261201140000_pending_invitation_unique';
import { Migration20261210100000_crm } from './Migration20261210100000_crm';
import { Migration20261201150000_hr } from './Migration20261201150000_hr';
import { Migration20261223100000_rls_init_plan } from './Migration20261223100000_rls_init_plan';
import { Migration20261223110000_crm_contact_list_index } from './Migration20261223110000_crm_contact_list_index';
import { Migration20261224100000_operators } from './Migration20261224100000_operators';
import { Migration20261224110000_help } from './Migration20261224110000_help';
import { Migration20261225100000_notification_centre } from './Migration20261225100000_notification_centre';
import { Migration20261229100000_help_tickets } from './Migration20261229100000_help_tickets';
import { Migration20261231100000_support } from './Migration20261231100000_support';

/** Listed explicitly so migrations run the same from tsx, vitest and a bundle. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261124153000_auth', class: Migration20261124153000_auth },
  { name: 'Migration20261124153436_initial', class: Migration20261124153436_initial },
  { name: 'Migration20261124155135_team', class: Migration20261124155135_team },
  { name: 'Migration20261124172741_billing', class: Migration20261124172741_billing },
  { name: 'Migration20261124180332_marketplace', class: Migration20261124180332_marketplace },
  { name: 'Migration20261201100000_entitlements', class: Migration20261201100000_entitlements },
  { name: 'Migration20261201120000_subscription_snapshot', class: Migration20261201120000_subscription_snapshot },
  { name: 'Migration20261201130000_rate_limit', class: Migration20261201130000_rate_limit },
  { name: 'Migration20261201140000_pending_invitation_unique', class: Migration20261201140000_pending_invitation_unique },
  { name: 'Migration20261210100000_crm', class: Migration20261210100000_crm },
  { name: 'Migration20261201150000_hr', class: Migration20261201150000_hr },
  { name: 'Migration20261223100000_rls_init_plan', class: Migration20261223100000_rls_init_plan },
  { name: 'Migration20261223110000_crm_contact_list_index', class: Migration20261223110000_crm_contact_list_index },
  { name: 'Migration20261224100000_operators', class: Migration20261224100000_operators },
  { name: 'Migration20261224110000_help', class: Migration20261224110000_help },
  { name: 'Migration20261225100000_notification_centre', class: Migration20261225100000_notification_centre },
  { name: 'Migration20261229100000_help_tickets', class: Migration20261229100000_help_tickets },
  { name: 'Migration20261231100000_support', class: Migration20261231100000_support },
];
