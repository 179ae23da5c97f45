import { Client, Connection } from '@temporalio/client';
import type { ApiConfig } from './config';

/** Lazy: the API starts (and reports Temporal down on /api/health) even if Temporal is not up yet. */
export function createTemporalClient(settings: ApiConfig['temporal']): Client {
  const connection = Connection.lazy({
    address: settings.address,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.tls || settings.apiKey ? { tls: true } : {}),
  });
  return new Client({ connection, namespace: settings.namespace });
}
