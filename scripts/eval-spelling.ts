#!/usr/bin/env node
// node scripts/eval-spelling.ts [--content dir]
// Measures the search page's "Did you mean" for a word pagefind found pages for through a prefix
// (src/lib/spelling-suggestion.ts querySpellingSuggestions, the word not missing): how often a
// misspelt word of the reports gets its right spelling, and how often an English word that the
// reports do not use gets a suggestion it should not. See docs/findability.md.
import { parseCommandLine } from './lib/command-line.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import wordListPath from 'word-list';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { buildSearchDocuments } from './lib/search-documents.ts';
import { SearchWordCounts, maxSearchWords } from '../src/lib/search-words.ts';
import { knownWords, querySpellingSuggestions } from '../src/lib/spelling-suggestion.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();

const { values } = parseCommandLine({ options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, { options: ['content'] });
if (values.help) {
  console.log(`Usage: node scripts/eval-spelling.ts [--content dir]

Builds the word list the internal build writes (kb-words.txt) from the content folder's published
postmortems, then prints: of the 500 most frequent words of 7+ letters, each with two letters in
its middle swapped, how many get their own spelling back; and of 5,000 English words of 5-12
letters (word-list, evenly spread) that the reports do not use, how many get a suggestion.`);
  process.exit(0);
}
const contentDir = resolve(values.content ?? resolveContentDir());
const validation = validateCorpus(contentDir, { frontmatterOnly: true });
if (!validation.vocabulary) {
  console.error(`${contentDir}: no vocabularies; give --content the folder that holds them and postmortems/.`);
  process.exit(1);
}
const counts = new SearchWordCounts();
for (const document of buildSearchDocuments(validation.postmortems, validation.vocabulary)) counts.addDocument(document.html);
const list = counts.list();
const known = knownWords(list, maxSearchWords);

let misspelt = 0;
let right = 0;
let wrong = 0;
for (const word of list.filter((w) => /^[a-z]{7,}$/.test(w)).slice(0, 500)) {
  const i = Math.floor(word.length / 2);
  const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (typo === word || known.has(typo)) continue;
  misspelt++;
  const suggestion = querySpellingSuggestions(typo, [], known).get(typo);
  if (suggestion === word) right++;
  else if (suggestion) wrong++;
}
const english = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{5,12}$/.test(w) && !known.has(w));
const step = Math.max(1, Math.floor(english.length / 5000));
let tried = 0;
const alarms: string[] = [];
for (let i = 0; i < english.length; i += step) {
  tried++;
  const suggestion = querySpellingSuggestions(english[i], [], known).get(english[i]);
  if (suggestion) alarms.push(`${english[i]} → ${suggestion}`);
}
console.log(`${list.length} words in ${contentDir}`);
console.log(`misspelt words of the reports: ${right} of ${misspelt} get their spelling back, ${wrong} another word`);
console.log(`English words the reports do not use: ${alarms.length} of ${tried} (${((100 * alarms.length) / tried).toFixed(1)}%) get a suggestion, e.g. ${alarms.slice(0, 8).join(', ')}`);
