/**
 * The sweeps fill a route's path parameters from one set of record ids by name. Two route
 * families call their record `{ticketId}`: tickets to Atrium (`/help/tickets`) and the
 * Support desk's own (`/modules/support/tickets`), so the desk's id is kept as
 * `supportTicketId` and each path gets the id of its own kind.
 */
export function recordKey(path: string, name: string): string {
  return name === 'ticketId' && path.includes('/modules/support/') ? 'supportTicketId' : name;
}
