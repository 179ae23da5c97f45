// The helper moved to `@atrium/db` so the API's usage meter sends the same notices.
export { notifyAndMail, type CompanyNotice } from '@atrium/db';
