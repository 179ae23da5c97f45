import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * deploy/env-contract.json says what each process reads; docker-compose.yml is checked
 * against it by deploy/compose.test.ts. This side checks the contract against the code.
 */
const root = path.resolve(import.meta.dirname, '..');
const contract = JSON.parse(readFileSync(path.join(root, 'deploy/env-contract.json'), 'utf8')) as Record<
  string,
  { command: string; reads: string[]; required: string[] }
>;

/** The sources each process runs, and what its framework reads on its behalf. */
const processes: Record<string, { sources: string[]; frameworkReads: string[]; notYetRead: string[] }> = {
  migrate: { sources: ['db/src/migrate-main.ts', 'db/src/migrate.ts'], frameworkReads: [], notYetRead: [] },
  worker: { sources: ['workers/src'], frameworkReads: [], notYetRead: ['SMTP_URL', 'MAIL_FROM'] },
  api: { sources: ['api/src'], frameworkReads: [], notYetRead: [] },
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
