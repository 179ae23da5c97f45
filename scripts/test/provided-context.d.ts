// What scripts/test/global-setup.ts provides to every test that needs the servers.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerUrl: string;
    temporalAddress: string;
    taskQueue: string;
    apiUrl: string;
    supportSmtpPort: number;
    testServerPath: string;
  }
}
