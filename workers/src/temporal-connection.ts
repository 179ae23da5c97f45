import type { NativeConnectionOptions } from '@temporalio/worker';

export interface TemporalSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  apiKey?: string;
  tls: boolean;
}

/** Temporal Cloud needs an API key and TLS; a dev server or self-hosted cluster neither. */
export function connectionOptions(settings: TemporalSettings): NativeConnectionOptions {
  return {
    address: settings.address,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.tls || settings.apiKey ? { tls: true } : {}),
  };
}
