// The helper moved to `@atrium/db`, beside `notifyAndMail`: both write through `deliverNotice`.
export { notifyPerson, type PersonalNotice } from '@atrium/db';
