import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Writes test/file-durations.json, the seconds each site and command file took in a whole run, which
 * test/support/lock-aware-sequencer.ts orders the files by (a clean clone has no vitest cache to order
 * by). Give it vitest's results cache of a whole run
 * (node_modules/.vite/vitest/<hash>/results.json) or a JSON report (`--reporter=json`):
 *
 *   node test/support/record-file-durations.ts /tmp/report.json
 *
 * Only the site and cli projects are recorded: the unit files run as one block after them
 * (see the sequencer) in vitest's own order.
 */
const recordedProjects = ['site', 'cli'];
const source = process.argv[2];
if (!source) throw new Error('usage: node test/support/record-file-durations.ts <results.json or vitest JSON report>');
const root = resolve(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(source, 'utf8'));
const seconds = new Map<string, number>();
if (data.projects) {
  // The results cache: { projects: { name: { files: { path: { duration (ms) } } } } }.
  for (const project of recordedProjects) {
    for (const [file, result] of Object.entries<{ duration: number }>(data.projects[project]?.files ?? {})) seconds.set(file, result.duration / 1000);
  }
} else {
  // A JSON report: { testResults: [{ name (absolute), startTime, endTime }] }.
  for (const result of data.testResults as { name: string; startTime: number; endTime: number }[]) {
    const file = result.name.startsWith(root) ? result.name.slice(root.length + 1) : result.name;
    if (recordedProjects.some((project) => file.startsWith(`test/${project}/`))) seconds.set(file, (result.endTime - result.startTime) / 1000);
  }
}
const sorted = Object.fromEntries([...seconds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, s]) => [file, Math.round(s * 10) / 10]));
writeFileSync(resolve(root, 'test/file-durations.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`test/file-durations.json: ${seconds.size} files`);
