import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root, found from a module's own URL: the first folder up that holds the
 * lockfile. These scripts run from their sources (tsx) and bundled into build/scripts, at
 * different depths, so a fixed '../..' would point elsewhere in one of them.
 */
export function repoRootFrom(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package-lock.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package-lock.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
  return dir;
}
