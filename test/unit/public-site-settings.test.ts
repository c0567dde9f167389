import { describe, expect, test } from 'vitest';
import { publicSiteSettingFindings } from '../../src/lib/public-site-settings.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/** The guard's own scan, as npm run check passes it: a team "Cloud Platform" (id cloud-platform) is internal. */
const scanWith = (options: RedactionOptions) => (text: string) => scanPublicText('site.config.ts', text, options).findings;
const teamIsInternal: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], internalNames: ['cloud-platform', 'Cloud Platform'], publicNames: [] };
const config = `const settings = {
  sites: {
    public: { title: 'Cloud Platform incident history', url: 'https://status.cloud-platform.example' },
  },
};`;

describe('the public site\'s own title and address against the redaction guard', () => {
  test('a team name in the public title and address is said at its setting, with the publicNames fix', () => {
    const findings = publicSiteSettingFindings({ title: 'Cloud Platform incident history', url: 'https://status.cloud-platform.example' }, scanWith(teamIsInternal), config);
    expect(findings.map((f) => [f.field, f.line, f.column, f.severity])).toEqual([
      ['sites.public.title', 3, 23, 'warning'],
      ['sites.public.url', 3, 63, 'warning'],
    ]);
    expect(findings[0].message).toContain('names "Cloud Platform"');
    expect(findings[0].message).toContain('npm run build:public will stop on each of them');
    expect(findings[0].fix).toBe('if customers may see "Cloud Platform", add it to redaction.publicNames in site.config.ts; otherwise change sites.public.title.');
    expect(findings[1].message).toContain('names "cloud-platform"');
  });

  test('nothing is said when the names are public, or not in the settings', () => {
    expect(publicSiteSettingFindings({ title: 'Cloud Platform incident history', url: 'https://status.cloud-platform.example' }, scanWith({ ...teamIsInternal, publicNames: ['Cloud Platform', 'cloud-platform'] }))).toEqual([]);
    expect(publicSiteSettingFindings({ title: 'Acme incident history', url: 'https://status.acme.example' }, scanWith(teamIsInternal))).toEqual([]);
  });
});
