import { expect, test, vi } from 'vitest';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';

// The public build's Astro thread loads what it runs after its pages while it waits for the
// worker's validation, and scans a few lines of its own once, so that the guard's first use is
// paid then (public-build-checks.ts). That warm-up must leave nothing behind that changes a finding.
const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: ['checkout-api', 'orders-db'], people: ['Dana Whitfield', 'Ekaterina Ivanova'] };
const texts = [
  // The warm-up's own words, in a real post.
  'On Monday the on-call engineer restarted the orders-db1 host after an alert from checkout-api.\nDana Whitfield saw 503 errors and paged the team.',
  'Ekaterina Ivanova and Priya Raman rolled back db2.acme.internal; see https://grafana.acme.internal/d/abc123/checkout.',
  'The deploy of checkout-api 4.2 failed on node-07 at 10.20.30.40.\n```\nkubectl --context prod-eu rollout undo deploy/checkout-api\n```',
];

async function findings(warm: boolean) {
  vi.resetModules();
  if (warm) (await import('../../src/integrations/public-build-checks.ts')).warmUpScan();
  const { scanPublicText } = await import('../../src/lib/redaction-guard.ts');
  return texts.map((text) => scanPublicText('post.md', text, options)).map(({ findings, allowed }) => ({ findings, allowed: [...allowed] }));
}

test('the warm-up scan changes no finding of a scan after it', async () => {
  const cold = await findings(false);
  expect(cold.flatMap((scan) => scan.findings).length).toBeGreaterThan(3);
  expect(await findings(true)).toEqual(cold);
});

test('only a public build loads the checks; a dev server and the internal build do not', async () => {
  const { KbSession } = await import('../../src/integrations/kb-session.ts');
  const session = (variant: 'public' | 'internal', server: 'build' | 'dev') => new KbSession({ variant, server, contentDir: 'content' });
  expect(session('internal', 'build').publicBuildChecks()).toBeUndefined();
  expect(session('public', 'dev').publicBuildChecks()).toBeUndefined();
  const publicBuild = session('public', 'build');
  const checks = await publicBuild.publicBuildChecks();
  expect(publicBuild.publicBuildChecks()).toBe(publicBuild.publicBuildChecks());
  expect(typeof checks?.scanBuiltPages).toBe('function');
  expect(typeof checks?.indexSiteForSearch).toBe('function');
});
