/**
 * `npx tsx bench/api/top-functions.ts PROFILE.cpuprofile [how many] [skip seconds]`: the
 * functions with the most self time in a V8 CPU profile (the API's, from
 * `BENCH_API_CPU_PROF=DIR npm run bench -- api …`), and the packages and files that time
 * falls in, so a slow path shows without a profiler UI. `skip seconds` leaves out the
 * profile's beginning: the bench's fill, which the log times, so only the measured reads count.
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, howMany = '30', skipSeconds = '0'] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/api/top-functions.ts PROFILE.cpuprofile [how many] [skip seconds]');
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
let elapsedUs = 0;
profile.samples.forEach((id, index) => {
  elapsedUs += profile.timeDeltas[index] ?? 0;
  if (elapsedUs >= Number(skipSeconds) * 1e6) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);

const tally = (keyOf: (node: ProfileNode) => string) => {
  const sums = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const key = keyOf(byId.get(id)!);
    sums.set(key, (sums.get(key) ?? 0) + us);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(howMany));
};
const where = (url: string) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'node_modules/').replace(process.cwd() + '/', '');
const packageOf = (url: string) => {
  if (!url) return '(native / idle / gc)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return match ? match[1]! : url.startsWith('node:') ? 'node core' : where(url).split('/').slice(0, 3).join('/');
};
const print = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [key, us] of rows) console.log(`${((us / total) * 100).toFixed(1).padStart(6)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print('by package', tally((node) => packageOf(node.callFrame.url)));
print('by function (self time)', tally((node) => `${node.callFrame.functionName || '(anonymous)'}  ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`));
