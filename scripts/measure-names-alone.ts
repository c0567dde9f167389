/**
 * How many occurrences of given names each report publishes when it is scanned alone, as the
 * only public post (probe round 58, docs/redaction.md): `node scripts/measure-names-alone.ts
 * NAMES FOLDER` reads NAMES (one name a line) and every `.md`, `.mdx`, `.markdown` and `.txt`
 * file under FOLDER, scans each file by itself with the guard's default settings, and prints
 * per name the occurrences no finding covers and those a finding covers. `npm run
 * measure:redaction` scans a folder as one scan, so a name one post marks as a host is carried to
 * every other post (carried-hosts.ts); a team that holds or deletes that post loses it (import
 * round 57, docs/adopting.md). Scanned alone, a post shows what it publishes by its own words.
 * With `--list` (probe round 59) each published occurrence is printed too, as `file:line: name`
 * and the line, to read what is left.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../src/lib/compare-text.ts';
import { redactionFindingText, scanPublicText } from '../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../src/lib/publication/people.ts';

const usage = 'Usage: node scripts/measure-names-alone.ts NAMES FOLDER [--list]\n\nScans each report under FOLDER alone and prints, per name of NAMES (one a line), the occurrences no finding covers and those a finding covers; with --list, each published occurrence first (file:line: name, then the line).';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const list = args.includes('--list');
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--list');
const [namesFile, folder] = args.filter((arg) => arg !== '--list');
if (unknown.length || !namesFile || !folder) {
  if (unknown.length) console.error(`Unknown option ${unknown[0]}: the only option is --list.`);
  console.error(usage);
  process.exit(2);
}
const names = readFileSync(namesFile, 'utf8').split('\n').map((n) => n.trim()).filter(Boolean);
const options = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

function* reports(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* reports(path);
    else if (/\.(?:md|mdx|markdown|txt)$/i.test(entry.name) && !/^(?:README|LICENSE)/i.test(entry.name) && statSync(path).size < 1_000_000) yield path;
  }
}

const published = new Map(names.map((n) => [n, 0]));
const found = new Map(names.map((n) => [n, 0]));
for (const file of reports(folder)) {
  const text = readFileSync(file, 'utf8');
  const findings = scanPublicText(file.endsWith('.mdx') ? 'post.mdx' : 'post.md', text, options).findings.map((f) => ({ line: f.line, column: f.column, text: redactionFindingText(f) }));
  text.split('\n').forEach((line, i) => {
    for (const name of names) {
      // Whole words only: `alt-backend` inside `alt-backend-db` is another name.
      const word = new RegExp(String.raw`(?<![\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w-])`, 'g');
      for (const m of line.matchAll(word)) {
        const column = m.index + 1;
        const covered = findings.some((f) => f.line === i + 1 && f.column <= column && f.column + f.text.length >= column + name.length);
        (covered ? found : published).set(name, (covered ? found : published).get(name)! + 1);
        if (list && !covered) console.log(`${file}:${i + 1}: ${name}\t${line.trim().slice(0, 200)}`);
      }
    }
  });
}
for (const name of names) console.log(`${name}\tpublished ${published.get(name)}\tfound ${found.get(name)}`);
console.log(`all\tpublished ${[...published.values()].reduce((a, b) => a + b, 0)}\tfound ${[...found.values()].reduce((a, b) => a + b, 0)}`);
