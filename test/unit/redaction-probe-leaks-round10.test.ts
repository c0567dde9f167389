import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { describeProbeRound, foundInProbe as found, publicTextAfterRedact as publicText, scanProbe as scan } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound10, leakProbesRound10, stillPublishedRound10 } from '../support/redaction-probes-round10.ts';

/**
 * The tenth probe round (docs/redaction.md, "Tenth probe round"): people and internal systems
 * written as other teams' postmortems write them, in the places and notations the documented
 * limits and the brief named. Every probe and negative is text of our own writing; no list knows
 * any name, and only the default domains are configured.
 */
describeProbeRound({ probes: leakProbesRound10, foundBefore: foundBeforeRound10, stillPublished: stillPublishedRound10, atLeast: { gotThroughBefore: 150 } });

describe('not findings: public text written the same way', () => {
  test.each([
    ['Java properties ending in .home', 'System.getProperty("user.home") returned null; so did java.home.'],
    ['files named with a private suffix', 'Put it in `.env.local` or settings.local.json.'],
    ['directives, colours, issues and languages after #', '`#include <stdio.h>`, colour #fff, issue #123, C# and F#.'],
    ['issues and colours on a line about Slack', 'See issue #1234 and the colour #fafafa of the Slack theme.'],
    ['a heading and a link to a heading', '## Timeline\n\nSee [the timeline](#timeline).'],
    ['companies and groups hosting things', 'The site is hosted by Hetzner; the docs are hosted by GitHub; the mirror is hosted by the university.'],
    ['a quotation of a company', '"Move fast and break things" — Facebook'],
    ['placeholder and system mailboxes', 'Write to support@ or use `git@` URLs; the email@ field was empty.'],
    ['a query that names no one', 'https://example.com/list?by=date&uid=1234&q=is%3Aopen'],
    ["a researcher's page and teams' pages", 'https://research.example.com/um/people/mbj/paper.pdf, https://example.com/team/sre/ and https://example.com/authors/engineering-team'],
    ['system accounts given to commands', '```\npsql -U postgres\nmysql -u root -p\ncrontab -u root -l\nssh -l ubuntu host\nexport USER=$(whoami)\nchown www-data:www-data /var/www\ngit remote add upstream https://github.com/acme/ledger.git\n```'],
    ["organisations' repositories", 'See github.com/kubernetes/kubernetes, github.com/bitnami/charts and github.com/openfoodfacts/openfoodfacts-server.'],
    ['lower-case tools acting', 'kube proxy restarted; ruby gems failed; hugo server started; pgbouncer pooler restarted; the nginx ingress restarted.'],
    ['places with particles', 'Flights from São Paulo to Rio de Janeiro; the Costa del Sol office.'],
    ['dates, public ranges and versions', 'On 10-12-2025 and 1-2-3-4; the 192.0.2.x range of documentation; version 10.1.2.x.'],
    ["Grafana's public demo", 'https://play.grafana.org/d/000000012/grafana-play-home'],
    ['machines pinged and tools sending messages', 'We had a message from zpool at startup.\n\n```\n$ ping ftp.fr.debian.org\n```\n\nThen pinging osm45 worked.'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test('a file mode given to chown names no one', () => {
    // Found as an identifier in code, as before; not as an account.
    expect(found('and made it private `chown -R go-rwx /etc/stunnel/psk/`').filter((f) => /person/.test(f))).toEqual([]);
  });

  test('a mentioned handle is not looked for inside a host or a path', () => {
    // A homelab's owner mentions himself and names his domain and organisation after his handle.
    expect(found('Ask @pgmac.\n\nThe links live at links.pgmac.net.au and github.com/pgmac-net/incidents.')).toEqual(['redact/handle:@pgmac']);
  });
});

describe('npm run redact keeps them off the public page', () => {
  test.each([
    ['a name with particles', 'Omar al-Farsi paged the database team.\n', 'Farsi'],
    ['a one-word channel', '#ledger got the first alert at 10:02.\n', '#ledger'],
    ['a private range with a wildcard', 'Hosts in 10.40.2.x were unreachable.\n', '10.40.2.x'],
    ['a host under .intra', 'The primary is db1.acme.intra today.\n', 'db1.acme.intra'],
    ['a handle mentioned and written bare', 'Paged @dchen.\n\n- 10:07 dchen confirms the replica caught up\n', 'dchen'],
    ['a Discord mention', 'Pinged <@183746529104857362> in the channel.\n', '183746529104857362'],
    ['a quotation\'s speaker after a dash', '> "I\'m restarting the pool now" — Hallvard\n', 'Hallvard'],
    ['a ticket after a hash', 'Follow-up in #OPS-4521.\n', 'OPS-4521'],
  ])('%s', (_, source, leak) => {
    const result = publicText(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });

  test('a ticket after a hash takes the mark with it, in a .md body too', () => {
    const source = 'Follow-up in #OPS-4521.\n';
    expect(applyRedactionFixes(source, scan(source), { isMdx: false }).source).toBe('Follow-up in a tracked issue.\n');
    expect(applyRedactionFixes(source, scan(source), { isMdx: true }).source).toBe('Follow-up in <Internal>#OPS-4521</Internal>.\n');
  });
});
