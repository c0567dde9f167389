#!/usr/bin/env node
// npm run schema: writes schema/postmortem.schema.json from the zod schema (what authors write),
// so editors can complete and validate frontmatter. `--check` exits 1 when the file is out of date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPostmortemJsonSchema } from '../src/lib/json-schema.ts';
import { parseCommandLine } from './lib/command-line.ts';

const { values } = parseCommandLine({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Usage: npm run schema [-- --check]\n\nWrites schema/postmortem.schema.json from the zod schema; --check only says whether it is up to date (exit 1 when not).');
  process.exit(0);
}
const path = resolve(import.meta.dirname, '../schema/postmortem.schema.json');
const text = JSON.stringify(buildPostmortemJsonSchema(), null, 2) + '\n';
if (values.check) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    console.error('schema/postmortem.schema.json is out of date: run `npm run schema`.');
    process.exit(1);
  }
  console.log('schema/postmortem.schema.json is up to date.');
} else {
  writeFileSync(path, text);
  console.log('Wrote schema/postmortem.schema.json');
}
