import { Company } from './company';
import { Membership } from './membership';
import { Notification } from './notification';

export { Company, Membership, Notification };
export type { CompanyEntity } from './company';
export type { MembershipEntity } from './membership';
export type { NotificationEntity } from './notification';

export const entities = [Company, Membership, Notification];
