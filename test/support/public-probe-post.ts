import { expect } from 'vitest';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * The source of a valid public postmortem of the fixture vocabulary (test/fixtures/vocabulary),
 * for the redaction probes: its title, internal summary, the frontmatter lines just before
 * `public:` (an allow marker) and its body vary; the body starts two lines after the frontmatter.
 */
export function publicProbePost({ title = 'Probe', summary = 'Checkout failed for some customers.', beforePublic = '', body = '' } = {}): string {
  return `---
title: ${title}
summary: ${summary}
severity: SEV-3
status: published
visibility: public
services: [checkout-api]
teams: [checkout]
tags: [config]
trigger: configuration
times:
  started: 2025-03-01T10:00:00Z
  detected: 2025-03-01T10:05:00Z
  mitigated: 2025-03-01T10:20:00Z
  resolved: 2025-03-01T10:30:00Z
impact:
  description: Some customers could not check out.
  start: 2025-03-01T10:00:00Z
  end: 2025-03-01T10:20:00Z
drafted: 2025-03-01
published: 2025-03-01
timeline: []
actionItems: []
related: []
${beforePublic}public:
  title: Checkout errors
  summary: Checkout failed for some customers.
---

${body}`;
}

/**
 * {@link publicProbePost} with `text` in one public frontmatter field: the public title or
 * summary, the impact's description, the title of a public action item, or the event of a public
 * timeline entry (since probe round 43b) (the probe rounds' frontmatter probes).
 */
export function publicProbePostWithField(field: 'title' | 'summary' | 'impact' | 'action' | 'timeline', text: string): string {
  const source = publicProbePost();
  if (field === 'timeline') return source.replace('timeline: []', `timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: ${text}\n    kind: detection\n    public: true`);
  if (field === 'impact') return source.replace('  description: Some customers could not check out.', `  description: ${text}`);
  if (field === 'action') {
    return source.replace('actionItems: []', `actionItems:\n  - id: AI-1\n    title: ${text}\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: open\n    verification: The key is in the vault.\n    public: true`);
  }
  return field === 'title' ? source.replace('  title: Checkout errors', `  title: ${text}`) : source.replace('  summary: Checkout failed for some customers.\n---', `  summary: ${text}\n---`);
}

/** A minimal public `.mdx` source (`x.mdx`) of `body`, for the public cut alone. */
export const minimalPublicSource = (body: string) => `---\ntitle: x\nvisibility: public\n---\n${body}`;

/** The message the public cut refuses {@link minimalPublicSource} of `body` with (`x.mdx`, or `x.md`), or undefined when it cuts it. */
export function publicCutRefusal(body: string, ext: '.mdx' | '.md' = '.mdx'): string | undefined {
  try {
    stripInternalFromSource(minimalPublicSource(body), { isMdx: ext === '.mdx', variant: 'public', file: `x${ext}` });
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
  return undefined;
}
