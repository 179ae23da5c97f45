/**
 * `npm run bench -- web [route…]`: the dashboard's JavaScript on a first load, gzipped, from
 * its adapter-node build (built first when its sources changed). The target is the company
 * overview, `/(app)/[company]`, at ≤ 100 kB with every module built; the heaviest routes are
 * listed beside it so that a page that pulls a chart or an editor into its first load shows.
 */
import path from 'node:path';
import { buildDir, ensureDashboardBuilt } from '../../scripts/build/dashboard';
import { readDashboardBuild } from './first-load';

const target = { route: '/(app)/[company]', gzippedBytes: 100 * 1024 };
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

await ensureDashboardBuilt();
const build = readDashboardBuild(buildDir);
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const overview = build.firstLoad(target.route);

console.log(`\nDashboard JavaScript on first load (${path.relative(process.cwd(), buildDir)}, gzipped as served)\n`);
console.log(`  ${target.route}: ${kB(overview.gzipped)} gzipped (${kB(overview.bytes)} raw) in ${overview.files.length} files — target ≤ ${kB(target.gzippedBytes)}: ${overview.gzipped <= target.gzippedBytes ? 'met' : 'NOT met'}`);
for (const file of [...overview.files].sort((a, b) => b.gzipped - a.gzipped).slice(0, 5)) {
  console.log(`      ${kB(file.gzipped).padStart(9)}  ${file.file}`);
}

const weights = (asked.length ? asked : build.routes()).map((route) => build.firstLoad(route));
const heaviest = [...weights].sort((a, b) => b.gzipped - a.gzipped).slice(0, asked.length || 10);
console.log(`\n  ${asked.length ? 'asked routes' : 'the 10 heaviest pages'}:`);
for (const weight of heaviest) console.log(`    ${kB(weight.gzipped).padStart(9)}  ${weight.route}`);
console.log('');
