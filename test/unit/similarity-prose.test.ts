import { describe, expect, test } from 'vitest';
import { isSentenceCase, sentencesOfLine, boilerplateKeys, boilerplateThreshold, countCapitalisation, findBoilerplateLines, isNameLike, newCapitalisationCounts, prepareProse, shortBoilerplateThreshold, withLinksOutAndHostsJoined } from '../../src/lib/similarity-prose.ts';

const closing = 'We apologise for the impact on our customers and are taking steps to prevent a recurrence.';

describe('boilerplate', () => {
  test('a long line in enough reports is boilerplate; rarer lines are not', () => {
    const texts = [
      `The disk filled up.\n${closing}`,
      `The certificate expired.\n${closing}`,
      `DNS failed.\n  ${closing.toUpperCase()}  `,
      'Resolved.\nA unique line that is long enough to count as a paragraph of its own.',
      'Resolved.\nThe connection pool was exhausted by a leak in the retry path.',
      'The connection pool was exhausted by a leak in the retry path.',
    ];
    const boilerplate = findBoilerplateLines(texts);
    expect([...boilerplate]).toEqual([closing.toLowerCase()]);
    expect(prepareProse(texts[0], boilerplate).text).toBe('The disk filled up.');
  });

  test('a short line is boilerplate only in 5% of the reports: a status page\'s labels, not a short sentence', () => {
    // 100 status updates: "[Final message]" opens 40 of them, "The disk filled up." ends 4. A
    // line differing from others in its numbers only is the same line: the unique lines differ in a word.
    const word = (i: number) => `${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10)]}`;
    const texts = Array.from({ length: 100 }, (_, i) => [
      i < 40 ? '[Final message]' : `Update ${word(i)}`,
      `Unique report about the ${i % 2 ? 'replica' : 'gateway'} named ${word(i)}.`,
      i < 4 ? 'The disk filled up.' : '',
    ].join('\n'));
    const boilerplate = findBoilerplateLines(texts);
    expect(boilerplate.has('[final message]')).toBe(true);
    expect(boilerplate.has('the disk filled up.')).toBe(false);
    expect(prepareProse(texts[0], boilerplate).text).toBe('Unique report about the gateway named ak.\nThe disk filled up.');
    // One more report with the short sentence reaches 5%.
    expect(findBoilerplateLines(texts.map((text, i) => (i === 50 ? `${text}\nThe disk filled up.` : text))).has('the disk filled up.')).toBe(true);
    // "-" or "1." hold no word: never keys.
    expect(boilerplateKeys('-\n1.\nabc\nabcd')).toEqual([undefined, undefined, undefined, 'abcd']);
  });

  test('whitespace inside a line is collapsed for its key: tabs, runs of spaces, non-breaking spaces', () => {
    const texts = [
      `The disk filled up.\n${closing}`,
      `The certificate expired.\n${closing.replace(/ /g, '  ')}`,
      `DNS failed.\n\t${closing.replace(/ /g, '\u00a0')} `,
      `The pool ran dry.\n${closing.replace(' ', '\t')}`,
    ];
    expect([...findBoilerplateLines(texts)]).toEqual([closing.toLowerCase()]);
    expect(boilerplateKeys(texts[2])).toEqual(['dns failed.', closing.toLowerCase()]);
  });

  test('prose prepared with the keys the boilerplate was found with is the prose prepared without them', () => {
    const texts = [
      `The disk filled up because of logs.\n${closing}\nFixed by a cleanup job that runs nightly now.`,
      `${closing}\nThe certificate expired, see https://example.com/${'x'.repeat(40)} for the renewal.`,
      `DNS failed.\n${closing}\nhttps://status.example.com/incidents/${'y'.repeat(30)}\n${closing}`,
    ];
    const keys = texts.map(boilerplateKeys);
    const boilerplate = findBoilerplateLines(texts, keys);
    expect(boilerplate.size).toBe(1);
    texts.forEach((text, i) => expect(prepareProse(text, boilerplate, keys[i])).toEqual(prepareProse(text, boilerplate)));
    expect(prepareProse(texts[2], boilerplate, keys[2]).text).toBe('DNS failed.\n ');
  });

  test('lines differing only in their numbers or a link\'s path are one line: a status page\'s timeline stamps and incident links', () => {
    // "Resolved" lines of 4 updates, each with its own time and link; the cause lines differ in words.
    const texts = ['The disk filled up.', 'The certificate expired.', 'DNS failed.', 'The pool ran dry.'].map((cause, i) => [
      `Update of the Acme status page (https://stspg.example/a${i}b${i * 7}), impact: minor.`,
      `- 2021-03-0${i + 1} 1${i}:${10 + i} UTC *Resolved* - This incident has been resolved.`,
      cause,
    ].join('\n'));
    const boilerplate = findBoilerplateLines(texts);
    expect(boilerplate.has('- 0-0-0 0:0 utc *resolved* - this incident has been resolved.')).toBe(true);
    expect(boilerplate.has('update of the acme status page (stspg.example), impact: minor.')).toBe(true);
    expect(prepareProse(texts[1], boilerplate).text).toBe('The certificate expired.');
    // A link is read as its host: "Source:" lines naming other sites stay apart.
    const sources = ['https://a.example/x', 'https://b.example/y', 'https://c.example/z'].map((link) => `**Source:** ${link}\nThe disk filled up on ${link.slice(8, 9)}-nodes.`);
    expect(findBoilerplateLines(sources).size).toBe(0);
  });

  test('a template sentence inside a line of the report\'s own words is dropped; the line\'s other sentences stay', () => {
    const texts = ['The disk filled up.', 'The certificate expired.', 'DNS failed.', 'The pool ran dry.'].map((cause, i) =>
      `*Update* ${i} - ${cause} We are continuing to work on a fix for this issue.\nResolved - All systems are back to normal; ${cause.toLowerCase()}`);
    const boilerplate = findBoilerplateLines(texts);
    expect(boilerplate.has('we are continuing to work on a fix for this issue.')).toBe(true);
    expect(prepareProse(texts[1], boilerplate).text).toBe('*Update* 1 - The certificate expired.\nthe certificate expired.');
    expect(sentencesOfLine('One sentence, with a comma.')).toBeUndefined();
    expect(sentencesOfLine('Resolved; all good. Thanks!')).toEqual(['Resolved;', 'all good.', 'Thanks!']);
  });

  test('the threshold grows with the corpus', () => {
    expect(boilerplateThreshold(10)).toBe(3);
    expect(boilerplateThreshold(1000)).toBe(20);
    expect(shortBoilerplateThreshold(10)).toBe(3);
    expect(shortBoilerplateThreshold(1000)).toBe(50);
  });
});

test('links are not prose', () => {
  expect(prepareProse('See https://github.com/org/repo/issues/12#issuecomment-99 for the pool exhaustion.', new Set()).text).toBe('See   for the pool exhaustion.');
});

test('links in a title or summary go; a host name is also one word, without its ending: ".io" names no system', () => {
  expect(withLinksOutAndHostsJoined('Disruptions on ci.example.io, see https://github.com/org/helpdesk/issues/2733 for details.')).toBe('Disruptions on ci.example ciexample, see   for details.');
  expect(withLinksOutAndHostsJoined('get.example.org and repo.example-ci.co.uk')).toBe('get.example getexample and repo.example-ci repoexampleci');
  // Not a host name's ending: a file's extension, a version, "I/O", a word after a full stop.
  expect(withLinksOutAndHostsJoined('config.yaml, v1.2.3, disk io. Io was slow. node.js')).toBe('config.yaml, v1.2.3, disk io. Io was slow. node.js');
  expect(withLinksOutAndHostsJoined('The .io domain and example.com-style names')).toBe('The .io domain and example.com-style names');
});

test('template tags of static site generators are not prose', () => {
  const update = '***Resolved*** \\{\\{\\< track "2022-03-28T19:52:00+01:00" >\\}\\}\nThe pool was exhausted. {{% notice %}} {% include footer.html %}';
  const prose = prepareProse(update, new Set()).text;
  expect(prose).not.toMatch(/track|notice|include|2022/);
  expect(prose).toContain('The pool was exhausted.');
  // Braces of JSON or code stay.
  expect(prepareProse('{"pool": "exhausted"}', new Set()).text).toBe('{"pool": "exhausted"}');
});

describe('cause sentences', () => {
  test('picks the sentences that say why or how it was fixed', () => {
    const { cause } = prepareProse('Checkout was slow. The root cause was a missing index. We added it.\nTraffic was normal.\nIt was resolved by a restart.', new Set());
    expect(cause).toBe('The root cause was a missing index.\nIt was resolved by a restart.');
  });

  test('a sentence longer than 400 characters is not a cause sentence, alone on its line or not', () => {
    const long = `It failed because ${'the queue grew and '.repeat(25)}nobody noticed`;
    expect(long.length).toBeGreaterThan(400);
    expect(prepareProse(`${long}\nShort. ${long}. The fix was a restart.`, new Set()).cause).toBe('The fix was a restart.');
  });
});

describe('names', () => {
  test('words capitalised inside sentences name things; acronyms and sentence starts do not', () => {
    const counts = newCapitalisationCounts();
    countCapitalisation('Priya paged the team. Then Priya saw that Kafka lagged. Lag grew on the Kafka brokers and DNS was fine.', counts);
    countCapitalisation('The lag in kafka was caused by a rebalance. Lag was high. Tomasz restarted it.', counts);
    expect(isNameLike('priya', counts)).toBe(true);
    expect(isNameLike('kafka', counts)).toBe(true);
    expect(isNameLike('lag', counts)).toBe(false);
    expect(isNameLike('dns', counts)).toBe(false);
    // Only ever at a sentence start, never in lower case: a name too.
    expect(isNameLike('tomasz', counts)).toBe(true);
    expect(isNameLike('the', counts)).toBe(false);
  });
});

test('titles in sentence case show names; Title Case ones do not', () => {
  expect(isSentenceCase('Checkout unavailable for Acme Retail')).toBe(true);
  expect(isSentenceCase('Checkout Unavailable For Acme Retail Customers')).toBe(false);
});
