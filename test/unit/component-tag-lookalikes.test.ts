import { describe, expect, test } from 'vitest';
import { findLookalikeInternalTag, prefixedComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { join } from 'node:path';
import { publicProbePost } from '../support/public-probe-post.ts';

describe('tags that look like <Internal> but are not the component (canary round 32)', () => {
  test('a namespace or member prefix names the component it imitates', () => {
    expect(prefixedComponentName('x:Internal')).toBe('Internal');
    expect(prefixedComponentName('ns.internal')).toBe('Internal');
    expect(prefixedComponentName('a:PublicOnly')).toBe('PublicOnly');
    expect(prefixedComponentName('Internal')).toBeUndefined();
    expect(prefixedComponentName('svg:rect')).toBeUndefined();
  });

  test('lookalike brackets and prefixed tags are found; ordinary text and hosts are not', () => {
    expect(findLookalikeInternalTag('a \uFF1CInternal\uFF1Esecret')?.written).toBe('\uFF1CInternal');
    expect(findLookalikeInternalTag('\u2039/internal\u203A')).toBeDefined();
    expect(findLookalikeInternalTag('<x:Internal>secret</x:Internal>')?.index).toBe(0);
    expect(findLookalikeInternalTag('</ns.internal>')).toBeDefined();
    expect(findLookalikeInternalTag('the Internal component, see <https://status.example.com/internal>')).toBeUndefined();
    expect(findLookalikeInternalTag('internal traffic ‹quoted› here')).toBeUndefined();
  });

  test('the public cut refuses them, naming the line', () => {
    expect(publicCutRefusal('Recovered.\n\n\uFF1CInternal\uFF1Ethe runbook\uFF1C/Internal\uFF1E\n')).toMatch(/x\.mdx:7: "\uFF1CInternal" looks like an <Internal> tag but is none/);
    expect(publicCutRefusal('<x:Internal>the runbook</x:Internal>\n')).toMatch(/x\.mdx:5: "<x:Internal" looks like an <Internal> tag/);
    expect(publicCutRefusal('<Internal>the runbook</Internal>\n')).toBeUndefined();
  });

  test('npm run check names the prefixed element as not the component', () => {
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const source = publicProbePost({ body: '<x:Internal>the runbook</x:Internal>\n' });
    const result = validatePostmortemSource('content/2025-03-01-probe.mdx', '2025-03-01-probe', source, { vocabulary, knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' });
    const finding = result.findings.find((f) => f.rule === 'mdx/unknown-component');
    expect(finding?.message).toBe('<x:Internal> is not the <Internal> component: with a prefix before the name it is an HTML element, and its text is shown on every site.');
    expect(finding?.line).toBe(source.split('\n').length - 1);
  });
});
