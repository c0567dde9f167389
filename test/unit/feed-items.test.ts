import { describe, expect, it } from 'vitest';
import { feedItem } from '../../src/lib/feed-items.ts';

const post = { id: '2019-07-20-queue-outage', title: 'Queue outage', summary: 'Jobs waited up to an hour.', date: '2019-07-20' };

describe('feedItem', () => {
  it('dates the item by its publication, and says the incident day when it is another', () => {
    const item = feedItem({ ...post, published: '2026-12-03' });
    expect(item.pubDate.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(item.description).toBe('Incident of 20 Jul 2019. Jobs waited up to an hour.');
    expect(item.link).toBe('/incidents/2019-07-20-queue-outage/');
  });

  it('says no day twice when the post was published on the day of the incident', () => {
    const item = feedItem({ ...post, published: '2019-07-20' });
    expect(item.description).toBe('Jobs waited up to an hour.');
  });

  it('dates a post with no publication day by its incident', () => {
    const item = feedItem(post);
    expect(item.pubDate.toISOString()).toBe('2019-07-20T00:00:00.000Z');
    expect(item.description).toBe('Jobs waited up to an hour.');
  });
});
