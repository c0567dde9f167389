// A copy of the good-input knowledge base changed by a test, and what validateCorpus finds in it
// (bad input rounds 41 and 42: links between posts, odd file names and links of the file system).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from './content-fixture.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import type { Finding } from '../../src/lib/findings.ts';

/** The findings of validateCorpus over a copy of the good-input knowledge base after `setup` (its postmortems folder, and the good postmortem's text), the folder's path written `<kb>`. */
export function findingsInGoodInputFolder(setup: (postmortems: string, good: string) => void): Finding[] {
  const dir = makeContentFromFixture('good-input');
  try {
    const postmortems = join(dir, 'postmortems');
    setup(postmortems, readFileSync(join(dir, goodInputPostmortem), 'utf8'));
    return validateCorpus(dir).findings.map((f) => ({ ...f, file: f.file?.replace(dir, '<kb>'), message: f.message.replaceAll(dir, '<kb>'), ...(f.fix ? { fix: f.fix.replaceAll(dir, '<kb>') } : {}) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The good postmortem as a second one, a day later and titled otherwise. */
export const secondPostmortem = (good: string) => good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again');
