import type { TestProject } from 'vitest/node';
import { startTestStack, type TestStack } from './test-stack';


// Several projects name this file; the stack is started once per `vitest run` and shared.
const shared = globalThis as typeof globalThis & { atriumStack?: Promise<TestStack>; atriumStackUsers?: number };

export default async function setup(project: TestProject) {
  shared.atriumStackUsers = (shared.atriumStackUsers ?? 0) + 1;
  shared.atriumStack ??= startTestStack();
  const stack = await shared.atriumStack;
  const { stop: _stop, ...provided } = stack;
  for (const [key, value] of Object.entries(provided)) project.provide(key as keyof typeof provided, value);
  // Browser tests start the dashboard as a separate process: they read this.
  process.env.ATRIUM_TEST_API_URL = stack.apiUrl;

  return async () => {
    shared.atriumStackUsers = (shared.atriumStackUsers ?? 1) - 1;
    if (shared.atriumStackUsers === 0) await stack.stop();
  };
}
