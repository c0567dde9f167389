/**
 * Which probes of a probe round's table the guard publishes (docs/redaction.md, "Probe round
 * 61"): `node scripts/measure-probe-table.ts MODULE EXPORT` imports the table EXPORT of MODULE (a
 * `test/support/redaction-probes-roundNN.ts`), scans each probe's text alone as a public post with
 * the harness's default settings (the organisation `acme` for probes marked `org`), and prints
 * each probe whose leak has an occurrence no finding covers, then the count. Run on two trees (the
 * commit before a round and its branch), the two listings are the round's before and after.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { redactionFindingText, scanPublicText } from '../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../src/lib/publication/people.ts';

const usage = 'Usage: node scripts/measure-probe-table.ts MODULE EXPORT\n\nScans each probe of the table EXPORT of MODULE alone and prints the probes whose leak is published (an occurrence no finding covers), then how many of how many.';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const unknown = args.filter((arg) => arg.startsWith('-'));
if (unknown.length || args.length !== 2) {
  if (unknown.length) console.error(`Unknown option ${unknown[0]}: the script takes no option but --help.`);
  console.error(usage);
  process.exit(2);
}
const [modulePath, exportName] = args as [string, string];
interface Probe { kind: string; text: string; leak: string; org?: boolean }
const table = (await import(pathToFileURL(resolve(modulePath)).href))[exportName] as readonly Probe[] | undefined;
if (!Array.isArray(table)) {
  console.error(`${modulePath} exports no table named ${exportName}: name an array of probes ({ kind, text, leak }).`);
  process.exit(2);
}
const options = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
let published = 0;
for (const probe of table) {
  const findings = scanPublicText('post.mdx', probe.text, probe.org ? { ...options, orgScopes: ['acme'] } : options).findings;
  const uncovered: string[] = [];
  probe.text.split('\n').forEach((line: string, index: number) => {
    for (let at = line.indexOf(probe.leak); at !== -1; at = line.indexOf(probe.leak, at + 1)) {
      const column = at + 1;
      const covered = findings.some((f) => f.line === index + 1 && f.column <= column && f.column + redactionFindingText(f).length >= column + probe.leak.length);
      if (!covered) uncovered.push(`${index + 1}:${column}`);
    }
  });
  if (uncovered.length) {
    published++;
    console.log(`published\t${probe.kind}\t${uncovered.join(' ')}`);
  }
}
console.log(`${published} of ${table.length} published`);
