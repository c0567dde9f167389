import type { Finding } from './findings.ts';

/**
 * The public site's own title and address are on every public page, in the feed and the sitemap,
 * so the redaction guard of `npm run build:public` reads them there like any published text. An
 * adopting team named its public site after its own team ("Cloud Platform incident history" at
 * status.cloud-platform.example, with a team `cloud-platform` named "Cloud Platform" in
 * teams.yaml): the public build, with no public post at all, stopped with 22 errors on 404.html,
 * index.html, feed.xml and the sitemaps, each saying to wrap the name in `<Internal>`, which no
 * page of theirs holds. `npm run check` says it once, at its setting, with the fix that works.
 */
export interface PublicSiteSettings {
  title: string;
  url: string;
}

/**
 * A warning per public-site setting the guard would stop on, naming the setting and the name.
 * `scan` is the redaction guard's scan of a public text (`scanPublicText` with the repository's
 * options): the rules are the guard's own, so what is said here is what the build will find.
 */
export function publicSiteSettingFindings(settings: PublicSiteSettings, scan: (text: string) => readonly Finding[], configSource = ''): Finding[] {
  const findings: Finding[] = [];
  const lines = configSource.split('\n');
  for (const [option, value] of [['sites.public.title', settings.title], ['sites.public.url', settings.url]] as const) {
    const names = [...new Set(scan(value).filter((f) => f.severity === 'error').map((f) => /"([^"]+)"/.exec(f.message)?.[1] ?? f.message))];
    for (const name of names) {
      findings.push({
        file: 'site.config.ts',
        // At the setting's line in site.config.ts when the value is written there as it is.
        line: Math.max(1, lines.findIndex((line) => line.includes(value)) + 1),
        column: Math.max(1, (lines.find((line) => line.includes(value))?.indexOf(value) ?? 0) + 1),
        rule: 'config/public-site-name',
        severity: 'warning',
        field: option,
        message: `${option} is "${value}", which names "${name}", a name the redaction guard keeps off the public site (an internal name from the vocabularies or redaction settings): every public page, the feed and the sitemap show it, so npm run build:public will stop on each of them.`,
        fix: `if customers may see "${name}", add it to redaction.publicNames in site.config.ts; otherwise change ${option}.`,
      });
    }
  }
  return findings;
}
