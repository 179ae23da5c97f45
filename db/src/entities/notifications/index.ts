export { Notification, type NotificationEntity } from './notification';
export { NotificationRead, type NotificationReadEntity } from './notification-read';
export { NotificationPreference, type NotificationPreferenceEntity } from './notification-preference';
export { NotificationDigest, type NotificationDigestEntity } from './notification-digest';
