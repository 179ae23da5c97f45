import { moduleNames } from '../modules/catalog';
import { plans } from './plans';
import type { ScheduledChange } from './subscription';

/** A scheduled change as the dashboard's upcoming charges list it. */
export function describeScheduledChange(change: ScheduledChange): string {
  switch (change.kind) {
    case 'plan':
      return `Plan changes to ${plans[change.to].name}`;
    case 'seats':
      return `Seats go down to ${change.to}`;
    case 'remove_module':
      return `${moduleNames[change.module]} module is removed`;
    case 'cycle':
      return `Billing becomes ${change.to}`;
  }
}
