// The bad-input rounds' way to check a change of one good postmortem (rounds 54 to 56 wrote these lines
// three times): the good-input fixture changed by a function, checked as `npm run check` checks it, each
// finding one line; and the body's follow-ups outside actionItems.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

/** A change of a postmortem's text. */
export type TextChange = (text: string) => string;

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
export const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
/** Each finding as one line: severity, rule, line, message and fix. */
export const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
/** The good-input postmortem's text, unchanged. */
export const goodPostmortem = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
/** The findings of the good-input postmortem after `change`, saved as `id`, its lint rules run (as `npm run check` runs them). */
export const checked = (change: TextChange, id = '2025-07-08-checkout-config'): string[] => said(validatePostmortemSource(`content/postmortems/${id}.mdx`, id, change(goodPostmortem), {
  vocabulary: loadVocabulary(resolve(fixtures, 'vocabulary')), knownIds: new Set([id]), contentDir: 'content',
  lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
/** Adds Markdown at the end of the text. */
export const adding = (md: string): TextChange => (text) => `${text}\n${md}\n`;
/** Replaces the first `from` (which the text must hold) by `to`. */
export const replacing = (from: string, to: string): TextChange => (text) => { expect(text).toContain(from); return text.replace(from, to); };
/** The changes one after the other. */
export const both = (...changes: TextChange[]): TextChange => (text) => changes.reduce((acc, change) => change(acc), text);
/** The post made public, with a public title and summary. */
export const publicPost = replacing('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors for ten minutes\n  summary: Some checkout attempts failed for ten minutes after a configuration change. Reverting it fixed them.');
