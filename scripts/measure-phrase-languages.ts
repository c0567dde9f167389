#!/usr/bin/env node
// node scripts/measure-phrase-languages.ts FOLDER...
// How many of the phrases `npm run redact` would write into the reports of FOLDER that are not in
// English (report-language.ts, told by the title and the body's start) are English ("the
// responsible team", "an engineer") and how many a placeholder in the report's language
// ("[Kontakt entfernt]"); docs/redaction.md, "Phrases in the post's language". The scan runs with
// no lists (no people, no vocabulary), as on a first adoption.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanPublicText, type RedactionOptions } from '../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../src/lib/publication/apply-fixes.ts';
import { asOtherLanguage } from '../src/lib/publication/generic-phrase-languages.ts';
import { reportLanguage } from '../src/lib/report-language.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';

const usage = 'Usage: node scripts/measure-phrase-languages.ts FOLDER... (folders of Markdown reports)';
if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  console.log(usage);
  process.exit(0);
}
if (!process.argv[2]) {
  console.error(`${usage}: give at least one folder.`);
  process.exit(2);
}
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : /\.mdx?$/.test(name) ? [path] : [];
});
const counts = { otherLanguageReports: 0, fixes: 0, englishPhrases: 0, placeholdersInTheirLanguage: 0 };
const byRule = new Map<string, { english: number; placeholder: number }>();
for (const folder of process.argv.slice(2)) {
  for (const file of walk(folder)) {
    const source = readFileSync(file, 'utf8');
    const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(source)?.[1] ?? '';
    const language = reportLanguage({ title, summary: splitFrontmatter(source).body.slice(0, 400) });
    if (!language) continue;
    counts.otherLanguageReports++;
    const errors = scanPublicText(file, source, options).findings.filter((f) => f.severity === 'error');
    const { applied } = applyRedactionFixes(source, errors, { isMdx: false, language: asOtherLanguage(language) });
    for (const fix of applied) {
      counts.fixes++;
      const placeholder = fix.after.startsWith('[');
      if (placeholder) counts.placeholdersInTheirLanguage++;
      else counts.englishPhrases++;
      const row = byRule.get(fix.rule) ?? { english: 0, placeholder: 0 };
      row[placeholder ? 'placeholder' : 'english']++;
      byRule.set(fix.rule, row);
    }
  }
}
console.log(JSON.stringify({ ...counts, byRule: Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }, null, 1));
