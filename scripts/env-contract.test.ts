import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv } from '../api/src/config';
import { databaseUrlFromEnv } from '../workers/src/config';

/**
 * deploy/env-contract.json says what each process reads; docker-compose.yml is checked
 * against it by deploy/compose.test.ts. This side checks the contract against the code.
 */
const root = path.resolve(import.meta.dirname, '..');
const contract = JSON.parse(readFileSync(path.join(root, 'deploy/env-contract.json'), 'utf8')) as Record<
  string,
  { command: string; reads: string[]; required: string[]; secrets: string[] }
>;

/** The sources each process runs, and what its framework reads on its behalf. */
const processes: Record<string, { sources: string[]; frameworkReads: string[]; notYetRead: string[] }> = {
  migrate: { sources: ['db/src/migrate-main.ts', 'db/src/migrate.ts'], frameworkReads: [], notYetRead: [] },
  worker: { sources: ['workers/src'], frameworkReads: [], notYetRead: ['SMTP_URL', 'MAIL_FROM'] },
  api: { sources: ['api/src'], frameworkReads: [], notYetRead: [] },
  // Support desk's SMTP listener: the API's code and config, another entry point.
  'support-mail': { sources: ['api/src'], frameworkReads: [], notYetRead: [] },
  // adapter-node reads PORT, ORIGIN and BODY_SIZE_LIMIT itself.
  web: { sources: ['web/src'], frameworkReads: ['PORT', 'ORIGIN', 'BODY_SIZE_LIMIT'], notYetRead: [] },
};

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|svelte)$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => path.join(full, file));
}

function variablesReadBy(entries: string[]): Set<string> {
  const read = new Set<string>();
  for (const file of entries.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\benv(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g)) read.add(match[1]!);
  }
  return read;
}

describe('the environment contract matches the code', () => {
  it('names every process the code has, and only those', () => {
    expect(Object.keys(contract).sort()).toEqual(Object.keys(processes).sort());
  });

  it.each(Object.keys(processes))('%s: every variable the code reads is in the contract, and the contract invents none', (name) => {
    const spec = processes[name]!;
    const read = variablesReadBy(spec.sources);
    for (const variable of spec.frameworkReads) read.add(variable);
    expect([...read].filter((variable) => !contract[name]!.reads.includes(variable))).toEqual([]);
    const invented = contract[name]!.reads.filter((variable) => !read.has(variable) && !spec.notYetRead.includes(variable));
    expect(invented).toEqual([]);
  });
});

/**
 * Every secret of the contract has no default in production: the process refuses to start
 * without it, with a value that is public (in this repository or its examples), and, for
 * the session secret, with one under 32 bytes.
 */
describe('no secret has a default in production', () => {
  const strong = 'Vx3k9-a-long-random-production-secret-4f1c2b7e';
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: `postgres://atrium_app:${strong}@db.internal:5432/atrium`,
    BETTER_AUTH_SECRET: strong,
    ATRIUM_OPERATOR_SECRET: `operator-${strong}`,
  };
  const starts: Record<string, (env: NodeJS.ProcessEnv) => unknown> = {
    api: apiConfigFromEnv,
    worker: databaseUrlFromEnv,
  };
  /** Every value someone could copy: the old compose defaults, the embedded roles, the examples. */
  const publicValues = [
    'atrium-development-secret-change-me-0123456789',
    'insecure-dev-only-secret-CHANGE-ME-0123456789',
    'atrium-app-dev-CHANGE-ME',
    'atrium_app',
    'changeme',
    'please-CHANGE_ME-to-something-long-and-random-0123456789',
    ...readFileSync(path.join(root, 'deploy/.env.example'), 'utf8')
      .split(/\r?\n/)
      .map((line) => /^#?\s*[A-Z][A-Z0-9_]*=(.+)$/.exec(line)?.[1]?.trim())
      .filter((value): value is string => Boolean(value) && /secret|password|change/i.test(value!)),
  ];
  const withSecret = (variable: string, value: string | undefined): NodeJS.ProcessEnv => {
    if (variable.endsWith('_URL')) return { ...production, [variable]: value === undefined ? 'postgres://atrium_app@db.internal/atrium' : `postgres://atrium_app:${encodeURIComponent(value)}@db.internal/atrium` };
    const env: NodeJS.ProcessEnv = { ...production };
    if (value === undefined) delete env[variable];
    else env[variable] = value;
    return env;
  };

  it.each(Object.keys(starts))('%s starts with strong secrets', (name) => {
    expect(() => starts[name]!(production)).not.toThrow();
  });

  for (const name of Object.keys(starts)) {
    it.each(contract[name]!.secrets)(`${name} refuses to start without %s, or with a public value of it`, (variable) => {
      expect(() => starts[name]!(withSecret(variable, undefined))).toThrow(/Refusing to start in production: .*(not set)/);
      expect(() => starts[name]!(withSecret(variable, ''))).toThrow(/Refusing to start in production/);
      for (const value of publicValues) {
        expect(() => starts[name]!(withSecret(variable, value)), value).toThrow(/development or example value/);
      }
    });
  }

  it('the API refuses a session secret under 32 bytes, and says how to make one', () => {
    expect(() => apiConfigFromEnv({ ...production, BETTER_AUTH_SECRET: 'only-31-bytes-long-0123456789ab' })).toThrow(
      /BETTER_AUTH_SECRET is shorter than 32 bytes.*openssl rand/,
    );
    expect(() => apiConfigFromEnv({ ...production, BETTER_AUTH_SECRET: 'exactly-32-bytes-long-0123456789' })).not.toThrow();
  });

  it('the API refuses an operator secret under 32 bytes, or the development one', () => {
    expect(() => apiConfigFromEnv({ ...production, ATRIUM_OPERATOR_SECRET: 'only-31-bytes-long-0123456789ab' })).toThrow(/ATRIUM_OPERATOR_SECRET is shorter than 32 bytes/);
    expect(() => apiConfigFromEnv({ ...production, ATRIUM_OPERATOR_SECRET: 'atrium-operator-development-secret-change-me-0123456789' })).toThrow(/ATRIUM_OPERATOR_SECRET is a development or example value/);
  });

  it('outside production the API and the worker start with the development defaults', () => {
    const development = { DATABASE_URL: 'postgres://atrium_app:atrium_app@127.0.0.1:54329/atrium' };
    expect(apiConfigFromEnv(development).authSecret).toBe('atrium-development-secret-change-me-0123456789');
    expect(apiConfigFromEnv(development).operator.secret).toBe('atrium-operator-development-secret-change-me-0123456789');
    expect(databaseUrlFromEnv(development)).toBe(development.DATABASE_URL);
  });
});
