import { Client, Connection } from '@temporalio/client';
import type { ApiConfig } from './config';

function connectionOptions(settings: ApiConfig['temporal']) {
  return {
    address: settings.address,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.tls || settings.apiKey ? { tls: true } : {}),
  };
}

/** Lazy: the API starts (and reports Temporal down on /api/health) even if Temporal is not up yet. */
export function createTemporalClient(settings: ApiConfig['temporal']): Client {
  return new Client({ connection: Connection.lazy(connectionOptions(settings)), namespace: settings.namespace });
}

/**
 * The health probe's own connection, without the SDK's retry interceptor: a probe answers
 * whether Temporal is up now. With retries, a probe that timed out kept retrying in the
 * background, and a retry that fired after shutdown closed the channel threw from a timer.
 */
export function createTemporalProbe(settings: ApiConfig['temporal']): Connection {
  return Connection.lazy({
    ...connectionOptions(settings),
    interceptors: [],
    // Without retries a call fails at once while the channel waits to reconnect, and gRPC's
    // wait grows to two minutes: a probe that met Temporal still starting (npm start starts
    // both together) would say "down" long after it is up. A second at most, then.
    channelArgs: { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 1000 },
  });
}
