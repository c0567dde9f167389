import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { isPubliclyVisible, toPublicPostmortem } from '../../src/lib/public-projection.ts';
import { extractPublicBodyText, renderPublicPostText } from '../../src/lib/public-post-text.ts';
import { decodeEntities } from '../../src/lib/html-entities.ts';
import { projectRoot } from '../support/build-site.ts';
import { exampleSite } from '../support/example-site.ts';

// The public diff is only worth reading if its text is what customers read: compare it, word for
// word, with the article of every built public page of the example knowledge base.
const site = exampleSite('public');
const corpus = validateCorpus(resolve(projectRoot, 'content'), { frontmatterOnly: true, cwd: projectRoot });
const posts = corpus.postmortems.filter((pm) => pm.data && isPubliclyVisible(pm.data));

/** Words only: typography (curly quotes, dashes) and markup differ between the two. */
const words = (text: string) => text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function articleText(id: string): string {
  const html = readFileSync(join(site, 'incidents', id, 'index.html'), 'utf8');
  const article = /<article class="public-post"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
  return decodeEntities(article.replace(/<[^>]+>/g, ' '));
}

describe('the public diff text of each public post', () => {
  test('there are public posts to compare', () => {
    expect(posts.length).toBeGreaterThanOrEqual(5);
  });

  test.each(posts.map((pm) => [pm.id, pm] as const))('%s: the same words, in the same order, as its page', (id, pm) => {
    expect(existsSync(join(site, 'incidents', id, 'index.html'))).toBe(true);
    const rendered = words(renderPublicPostText(toPublicPostmortem(id, pm.data!, corpus.vocabulary!), extractPublicBodyText(pm.file, pm.source)));
    const page = words(articleText(id));
    expect(rendered.join(' ')).toBe(page.join(' '));
  });
});
