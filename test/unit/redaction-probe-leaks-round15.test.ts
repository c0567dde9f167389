import { describe, expect, test } from 'vitest';
import { publicRefusal } from '../support/public-refusal.ts';
import { describeProbeRound, foundInProbe, probeOptionsWithOrganisation, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound15, leakProbesRound15, stillPublishedRound15 } from '../support/redaction-probes-round15.ts';
import { publicPostClasses, unlistedClass } from '../../src/lib/public-classes.ts';

/**
 * The fifteenth probe round (docs/redaction.md, "Fifteenth probe round"): what the fourteenth
 * round's Limits said still got through (a name in a timeline's Actor column, "maintained by" in
 * a link's title, a hiding class outside the built-in list), and shapes no earlier table held
 * (CSV and TSV exports, reference definitions, `<abbr>` and `<span>` titles, diff hunks, crontab
 * lines, SQL, Terraform, Dockerfiles, paging payloads, GraphQL, ticket titles, a URL's user-info
 * and fragment, entities inside names, headings' custom ids, tools' configuration and logs).
 * Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound15, foundBefore: foundBeforeRound15, stillPublished: stillPublishedRound15, atLeast: { probes: 51, gotThroughBefore: 24 } });

const people = (text: string) => foundInProbe(text, probeOptionsWithOrganisation).filter((f) => /person/.test(f));

describe('not findings: public text written the same way', () => {
  test.each([
    // cosmos-incidents' timelines name the organisations that acted (round 14 took 37 such findings back).
    ['organisations, validators and handles of organisations in an Actor column', '| Date (UTC) | Actor | Event |\n| --- | --- | --- |\n| 18:07 | Quellnet | v23.0.0 is published |\n| 18:55 | Zorvane & QCL | upgrade scheduled |\n| 19:02 | Silk Nodes | upgraded |\n| 19:03 | Interchain Labs | halted |\n| 19:04 | BigLazyCat | upgraded |\n| 19:05 | kjnodes | upgraded |\n| 19:06 | N810h | upgraded |\n| 19:07 | Blockdaemon | upgraded |\n| 19:08 | Validators with hash ending in A1 | missed blocks |'],
    ['a company or a team maintaining a linked page', 'See [the images](https://images.example.com "maintained by the SRE team") and [the chart](https://charts.example.com "kept by Grafana"). Images are maintained by Quellguard.'],
    ['system roles in SQL', "```sql\nALTER TABLE payouts OWNER TO postgres;\nCREATE ROLE readonly;\nSELECT pid FROM pg_stat_activity WHERE usename = 'postgres';\nALTER TABLE payouts OWNER TO ledger_app;\n```"],
    ["a team as an image's author", '```dockerfile\nLABEL org.opencontainers.image.authors="The Ledger Team"\nMAINTAINER Docker Team\n```'],
    ['system accounts in Ansible and a token in .netrc', '```yaml\n- hosts: ledger\n  remote_user: ubuntu\n  become_user: postgres\n```\n\n```\nmachine upload.example.com login __token__ password x\n```'],
    ['a public repository in a GraphQL query', '```graphql\nquery { repository(owner: "kubernetes", name: "kubernetes") { stargazerCount } }\n```'],
    ["an escalation policy in a paging tool's payload", '```json\n{"assignee": {"summary": "Ledger Escalation Policy", "type": "escalation_policy_reference"}}\n```'],
    ['a bot starting a GitHub Actions run', '```\nTriggered via push by dependabot[bot]\nTriggered via schedule by renovate\n```'],
    ['tools named in code comments', '```\n# added by terraform, do not edit\n// changed by renovate\n0 3 * * * /opt/backup.sh\n```'],
    ['hosts in a TSV of a failover rota', '```\ncluster\tprimary\tsecondary\nledger\tpg-ledger-01\tpg-ledger-02\n```'],
    ['a company before ", who"', 'We asked Cloudflare, who confirmed it. Hetzner, who host the relay, answered.'],
    ["a ticket's title opening with a verb", 'Tracked in OPS-12 "Migrate to Postgres 16".'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['placeholders and words in a link parameter', 'See [a](https://dash.example.com/d/1#var-host=$__all), [b](https://dash.example.com/d/1?host=localhost), [c](https://dash.example.com/d/1?node=All&cluster=prod) and [d](https://dash.example.com/d/1?host=10.0.0.1).'],
    ['a public host in a link parameter', 'See [the check](https://check.example.com/?host=www.example.com).'],
  ])('%s', (_, text) => {
    expect(foundInProbe(text).filter((f) => f.startsWith('redact/internal-host'))).toEqual([]);
  });
});

describe('the rules point at the name, not the words around it', () => {
  test.each([
    ['a full name in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn Holm | restarted the primary |', ['redact/possible-person:Dagfinn Holm']],
    ['a column of people in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn | restarted the primary |\n| 10:05 | Sarah Qalandri | paged |', ['redact/possible-person:Dagfinn', 'redact/person:Sarah Qalandri']],
    ["a link's title", 'Follow [the runbook](https://docs.example.com/rb "maintained by Kasimir") step by step.', ['redact/possible-person:Kasimir']],
    ['a GraphQL argument', '```graphql\nquery { user(login: "kvestre") { id } }\n```', ['redact/person:kvestre']],
    ['an SQL owner', '```sql\nALTER TABLE payouts OWNER TO kvestre;\n```', ['redact/person:kvestre']],
    ["a host in a link's fragment", 'See [the panel](https://dash.example.com/d/1#var-host=pg-ledger-primary).', ['redact/internal-host:pg-ledger-primary']],
    ['a name before ", who"', 'The fix is by Dagfinn Holm, who found it.', ['redact/possible-person:Dagfinn Holm']],
  ])('%s', (_, text, findings) => {
    expect(foundInProbe(text)).toEqual(findings);
  });
});

describe('npm run redact keeps them off the public page', () => {
  test.each([
    ['an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn Holm | restarted the primary |\n', 'Dagfinn'],
    ["a link's title", 'Follow [the runbook](https://docs.example.com/rb "maintained by Kasimir") step by step.\n', 'Kasimir'],
    ['a TSV rota in code', '```\nweek\tprimary\tsecondary\n10\thbrekke\ttovem\n```\n', 'hbrekke'],
    ["a host in a link's fragment", 'See [the panel](https://dash.example.com/d/1#var-host=pg-ledger-primary).\n', 'pg-ledger-primary'],
    ['a name before ", who"', 'The fix is by Dagfinn Holm, who found it.\n', 'Dagfinn'],
    ["a ticket's title", 'Tracked in OPS-4521 "Kasimir to rotate the ledger keys".\n', 'Kasimir'],
  ])('%s', (_, source, leak) => {
    const result = publicTextAfterRedact(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });
});

describe('a class outside the short list stops a public post (it passed when not a known hiding class)', () => {
  test.each([
    ['Thanks to <span class="offscreen">Kasimir Vold</span> for the fix.', '<span class="offscreen">', 'offscreen'],
    ['<p class="sr-text">Dagfinn restarted it</p>', '<p class="sr-text">', 'sr-text'],
    ['<span class="note a11y-hidden">db-7</span> here', '<span class="note a11y-hidden">', 'a11y-hidden'],
    ['<span class="hidden-xs">db-7</span> on wide screens', '<span class="hidden-xs">', 'hidden-xs'],
    ['<a class="sr-only-focusable" href="#main">Skip</a> ok', '<a class="sr-only-focusable" href="#main">', 'sr-only-focusable'],
  ])('%s', (body, tag, name) => {
    for (const isMdx of [false, true]) {
      const message = publicRefusal(`${body}\n`, isMdx);
      expect(message).toContain(`x.${isMdx ? 'mdx' : 'md'}:5: ${tag} in a public post uses the class "${name}", which is not on the list of classes a public post may use`);
      expect(message).toContain(`Fix: remove the class "${name}" (or use a listed one)`);
      expect(message).toContain(isMdx ? 'wrap internal-only text in <Internal>' : 'move internal-only text into <Internal> (rename the file to .mdx');
    }
  });

  test('className in MDX, also as an expression the build cannot read', () => {
    expect(publicRefusal('<span className="offscreen">db-7</span> here\n', true)).toContain('uses the class "offscreen"');
    expect(publicRefusal('<span className={styles.quiet}>db-7</span> here\n', true)).toContain('uses the class "styles.quiet"');
  });

  test('what is listed passes, and a class in code or inside <Internal>', () => {
    for (const isMdx of [false, true]) {
      expect(publicRefusal('<span class="note warning">shown</span> and <span class="nowrap">10:02–10:40</span> ok\n', isMdx)).toBeUndefined();
      expect(publicRefusal('<pre><code class="language-sql">SELECT 1;</code></pre>\n', isMdx)).toBeUndefined();
      expect(publicRefusal('Write `<span class="offscreen">` in code.\n\n```html\n<span class="offscreen">x</span>\n```\n', isMdx)).toBeUndefined();
    }
    expect(publicRefusal('<Internal>\n<span class="offscreen">db-7</span>\n</Internal>\n\nShown.\n', true)).toBeUndefined();
  });

  test('the list is short and holds no hiding class', () => {
    expect(publicPostClasses.length).toBeLessThanOrEqual(12);
    for (const name of publicPostClasses) expect(name).not.toMatch(/hid|sr-|screen|off|invisible|none|collapse/i);
    expect(unlistedClass(['note', 'language-ts'])).toBeUndefined();
    expect(unlistedClass(['note', 'u-hide'])).toBe('u-hide');
  });
});
