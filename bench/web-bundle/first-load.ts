import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser fetches on a first visit of one dashboard route, read from the
 * adapter-node build: SvelteKit's entry (the manifest's `client.imports`) and, for each node
 * of the route (its layouts and its page), that node's `imports`: exactly the modulepreload
 * links SvelteKit writes into the page's HTML. Sizes are gzipped as adapter-node serves them
 * (its precompressed `.gz` files; gzip -9 where a file has none).
 */
export interface RouteWeight {
  route: string;
  files: Array<{ file: string; bytes: number; gzipped: number }>;
  bytes: number;
  gzipped: number;
}

export interface DashboardBuild {
  routes(): string[];
  firstLoad(route: string): RouteWeight;
}

export function readDashboardBuild(buildDir: string): DashboardBuild {
  const server = path.join(buildDir, 'server');
  const client = path.join(buildDir, 'client');
  const manifest = readFileSync(path.join(server, 'manifest.js'), 'utf8');

  const entry = /client:\s*\{[^}]*?imports:(\[[^\]]*\])/.exec(manifest);
  if (!entry) throw new Error(`no client.imports in ${server}/manifest.js: has SvelteKit's output changed?`);
  const entryImports = JSON.parse(entry[1]!) as string[];

  const pages = new Map<string, number[]>();
  for (const match of manifest.matchAll(/id:\s*"([^"]+)",[\s\S]*?page:\s*(null|\{\s*layouts:\s*\[([^\]]*)\][^}]*?leaf:\s*(\d+)\s*\})/g)) {
    if (match[2] === 'null') continue;
    const layouts = match[3]!.split(',').map((index) => index.trim()).filter(Boolean).map(Number);
    pages.set(match[1]!, [...layouts, Number(match[4])]);
  }

  const nodeImports = (index: number): string[] => {
    const text = readFileSync(path.join(server, 'nodes', `${index}.js`), 'utf8');
    const imports = /export const imports = (\[[^\]]*\])/.exec(text);
    return imports ? (JSON.parse(imports[1]!) as string[]) : [];
  };

  const weigh = (file: string) => {
    const full = path.join(client, file);
    const raw = readFileSync(full);
    const gzipped = existsSync(`${full}.gz`) ? readFileSync(`${full}.gz`).length : gzipSync(raw, { level: 9 }).length;
    return { file, bytes: raw.length, gzipped };
  };

  return {
    routes: () => [...pages.keys()],
    firstLoad(route) {
      const nodes = pages.get(route);
      if (!nodes) throw new Error(`the build has no page ${route}`);
      const files = [...new Set([...entryImports, ...nodes.flatMap(nodeImports)])].map(weigh);
      return {
        route,
        files,
        bytes: files.reduce((sum, file) => sum + file.bytes, 0),
        gzipped: files.reduce((sum, file) => sum + file.gzipped, 0),
      };
    },
  };
}
