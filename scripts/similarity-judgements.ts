#!/usr/bin/env node
// node scripts/similarity-judgements.ts <file.jsonl> [--per-tag N]
// Writes similar-incident judgements (`eval:similarity --judgements`) from the tags a status page's
// authors gave each notice: each line of the file is {"id", "tags": [...]} (other fields, such as
// a pool's title, text and label, are read past). Anchors: notices naming exactly one tag, at most
// N a tag (default 6), first by the SHA-1 of the id; each is similar to every other notice sharing
// its tag, notices of several tags included (src/lib/similarity-evaluation.ts judgementsBySharedTags).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { judgementsBySharedTags, type TaggedReport } from '../src/lib/similarity-evaluation.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    'per-tag': { type: 'string', default: '6' },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: npm run judge:similarity -- <file.jsonl> [--per-tag N] > judgements.json

Each line of the file: {"id": "...", "tags": ["component", ...]} (a pool's other fields are read past).
Anchors are the notices naming exactly one tag, at most N a tag (default 6, the first by the SHA-1 of
the id); each is judged similar to every other notice sharing its tag. Prints {"<anchor>": ["<id>", ...]},
as npm run eval:similarity -- <folder> --judgements <file> reads it.`);
  process.exit(values.help ? 0 : 2);
}
const perTag = wholeNumberOption('per-tag', values['per-tag'], 1, 1000);
const file = positionals[0];
exitOnBlockingFile(file, file, 'Give a *.jsonl file, one {"id","tags"} a line.');
let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give a *.jsonl file, one {"id","tags"} a line.`);
  process.exit(2);
}
const reports: TaggedReport[] = [];
const seen = new Set<string>();
content.split('\n').forEach((line, at) => {
  if (!line.trim()) return;
  let record: { id?: unknown; tags?: unknown };
  try {
    record = JSON.parse(line) ?? {};
  } catch (error) {
    console.error(`${file}:${at + 1}: not a JSON object (${(error as Error).message}); every line must be {"id","tags"}.`);
    process.exit(2);
  }
  if (typeof record.id !== 'string' || !record.id.trim()) {
    console.error(`${file}:${at + 1}: the field "id" is missing, empty or not a string; give every notice its id.`);
    process.exit(2);
  }
  if (!Array.isArray(record.tags) || record.tags.some((tag) => typeof tag !== 'string')) {
    console.error(`${file}:${at + 1}: the field "tags" is missing or not a list of strings; give the components the notice names ([] for none).`);
    process.exit(2);
  }
  if (seen.has(record.id)) {
    console.error(`${file}:${at + 1}: the id "${record.id}" is used twice; give every notice its own id.`);
    process.exit(2);
  }
  seen.add(record.id);
  reports.push({ id: record.id, tags: record.tags as string[] });
});
const sha1 = (id: string) => createHash('sha1').update(id).digest('hex');
console.log(JSON.stringify(Object.fromEntries(judgementsBySharedTags(reports, perTag, sha1)), null, 1));
