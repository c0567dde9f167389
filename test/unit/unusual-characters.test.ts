import { describe, expect, it } from 'vitest';
import { mayHoldUnusualCharacter } from '../../src/lib/unusual-characters.ts';
import { findHiddenCharacter, findInvisibleCharacter, findMeaninglessCharacter } from '../../src/lib/invisible-characters.ts';
import { findInvisibleInBody } from '../../src/lib/invisible-in-body.ts';
import { findMojibake } from '../../src/lib/mojibake.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// The validation skips its character checks for a text without an unusual character (session 41):
// each check must find nothing in such a text, whatever other character it holds.

/** Every UTF-16 code unit the cue lets through. */
function charactersLetThrough(): string[] {
  const characters: string[] = [];
  for (let unit = 0; unit <= 0xffff; unit++) {
    const character = String.fromCharCode(unit);
    if (!mayHoldUnusualCharacter(character)) characters.push(character);
  }
  return characters;
}

const source = (character: string) => `---\ntitle: "a${character}b"\n---\n\nText${character}here, [link](https://x.example/a${character}b).\n${character}\n`;

describe('mayHoldUnusualCharacter', () => {
  const through = charactersLetThrough();

  it('lets through the characters of ordinary text', () => {
    for (const text of ['Checkout errors — 12 % of requests (p99 > 2 s); café, Straße, 東京, Ελλάδα, Привет', '\t\n', 'ä, ö, ü and é before letters']) {
      expect(mayHoldUnusualCharacter(text)).toBe(false);
    }
    expect(through.length).toBeGreaterThan(50_000);
  });

  // No surrogate is let through, so the characters can be joined into one text without making pairs.
  it('lets through no character an invisible-character check finds', () => {
    const body = `Text ${through.join(' ')}, [link](https://x.example/a${through.join('')}b).\n\`${through.join('')}\`\n`;
    const text = `---\ntitle: "a${through.join('')}b"\n---\n\n${body}`;
    expect(mayHoldUnusualCharacter(text)).toBe(false);
    expect(findInvisibleCharacter(text, 4)).toBeUndefined();
    expect(findInvisibleInBody(body)).toEqual([]);
    expect(findMeaninglessCharacter(text)).toBeUndefined();
    // The values' check is skipped on the same cue when the frontmatter holds no escape.
    expect(findHiddenCharacter(through.join(''))).toBeUndefined();
  });

  it('lets through no start of a garbled UTF-8 run', () => {
    // Each lead character of a garbled run, followed by each character let through that Windows-1252
    // shows for a byte (all below U+2200): what the cue lets through holds no run.
    const pieces: string[] = [];
    for (let lead = 0xc2; lead <= 0xef; lead++) {
      for (const next of through.filter((character) => character.charCodeAt(0) < 0x2200)) {
        const piece = `${String.fromCharCode(lead)}${next}${next}`;
        if (!mayHoldUnusualCharacter(piece)) pieces.push(piece);
      }
    }
    const text = pieces.join(' ');
    expect(pieces.length).toBeGreaterThan(100_000);
    expect(mayHoldUnusualCharacter(text)).toBe(false);
    expect(findMojibake(text)).toBeUndefined();
    expect(mayHoldUnusualCharacter('cafÃ©')).toBe(true);
    expect(findMojibake('cafÃ©')?.meant).toBe('é');
  });

  // The checks written inline in validatePostmortemSource: each finds its character, and the cue takes it.
  const vocabulary = loadVocabulary('content');
  const validate = (text: string) => validatePostmortemSource('x.mdx', 'x', text, { vocabulary, knownIds: new Set(), contentDir: 'content', frontmatterOnly: true });
  it.each([
    ['U+0000', '\u0000'], ['U+0007', '\u0007'], ['U+000B', '\u000B'], ['U+001B', '\u001B'], ['U+007F', '\u007F'], ['U+FFFD', '\uFFFD'],
    ['a carriage return alone', '\r'], ['U+0080', '\u0080'], ['U+0092', '\u0092'], ['U+009F', '\u009F'],
    ['U+200B', '\u200B'], ['U+202E', '\u202E'], ['U+00AD', '\u00AD'], ['U+F8FF', '\uF8FF'], ['U+FFFE', '\uFFFE'],
    ['a tag character', '\u{E0041}'], ['a plane-15 private-use character', '\u{F0001}'], ['U+1FFFE', '\u{1FFFE}'],
  ])('is true for %s, which a check finds', (_name, character) => {
    expect(mayHoldUnusualCharacter(character)).toBe(true);
    expect(validate(source(character)).findings.some((finding) => finding.rule === 'file/encoding')).toBe(true);
  });

  it('leaves a file without one to the other checks', () => {
    expect(validate(source('x')).findings.some((finding) => finding.rule === 'file/encoding')).toBe(false);
  });
});
