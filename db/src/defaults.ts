/** Where `npm start` puts its embedded PostgreSQL, and the roles it creates there. */
export const embeddedDefaults = {
  port: 54329,
  database: 'atrium',
  owner: { user: 'atrium_owner', password: 'atrium_owner' },
  app: { user: 'atrium_app', password: 'atrium_app' },
} as const;

export function embeddedUrls(port: number, database: string = embeddedDefaults.database) {
  const url = (role: { user: string; password: string }) =>
    `postgres://${role.user}:${role.password}@127.0.0.1:${port}/${database}`;
  return { ownerUrl: url(embeddedDefaults.owner), appUrl: url(embeddedDefaults.app) };
}
