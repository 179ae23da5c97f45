import { readdirSync, readFileSync } from 'node:fs';

/** One process of a tree, as /proc describes it. */
export interface ProcessMemory {
  pid: number;
  ppid: number;
  /** The command line, shortened for a table. */
  command: string;
  /** VmRSS: resident memory, shared pages (PostgreSQL's shared buffers, libraries) counted in every process that maps them. */
  rssBytes: number;
  /** Pss (smaps_rollup): shared pages divided among the processes that share them, so a sum over processes counts each page once. */
  pssBytes: number | undefined;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
}

const kbField = (text: string | undefined, field: string): number | undefined => {
  const match = text && new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : undefined;
};

/** `root` and every process below it (children, their children…), each with its memory. */
export function processTree(root: number): ProcessMemory[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The command in field 2 may hold spaces and parentheses: fields resume after the last ')'.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields) parents.set(Number(entry), Number(fields[1]));
  }
  const tree = new Set<number>([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const processes: ProcessMemory[] = [];
  for (const pid of tree) {
    const status = read(`/proc/${pid}/status`);
    const rssBytes = kbField(status, 'VmRSS');
    if (rssBytes === undefined) continue; // exited, or a kernel thread
    const command = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
    processes.push({ pid, ppid: parents.get(pid) ?? 0, command, rssBytes, pssBytes: kbField(read(`/proc/${pid}/smaps_rollup`), 'Pss') });
  }
  return processes.sort((a, b) => a.pid - b.pid);
}

/** A name for the table: which Atrium process this is. */
export function roleOf(command: string): string {
  const rules: Array<[RegExp, string]> = [
    [/build\/server\/worker\.js|workers\/src\/main\.ts/, 'worker'],
    [/build\/server\/api\.js|api\/src\/main\.ts/, 'api'],
    [/build\/server\/support-mail\.js|support-mail-main\.ts/, 'support-mail'],
    [/web\/build\/index\.js|vite\.js dev/, 'dashboard'],
    [/temporal.* server start-dev/, 'temporal'],
    [/^postgres: |\/postgres -D|bin\/postgres\b/, 'postgresql'],
    [/scripts\/start\.(ts|js)|bootstrap\.mjs/, 'supervisor (start.ts)'],
    [/^npm |\/npm(-cli\.js)? /, 'npm'],
    [/^sh -c /, 'sh (npm run)'],
  ];
  for (const [pattern, role] of rules) if (pattern.test(command)) return role;
  return command.split(' ')[0]!.split('/').at(-1) ?? command;
}
