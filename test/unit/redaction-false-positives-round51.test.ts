import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 51 of false positives (docs/redaction.md): a chat room the post names on a public chat
 * network in another place (a list of rooms before the network, a sentence giving the network's
 * server, the same room named again), a project's command beside a sibling's manual page or a
 * release written in capitals; and two tightenings of round 50's own-account rule (a mailbox is
 * no fediverse account; a site's service label such as `security.` names no organisation). Every
 * line is our own; beside each relaxation, a near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (body: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${body}\n`;
const found = (body: string) => scanPublicText('post.md', post(body), options).findings.map((f) => `${f.rule} ${redactionFindingText(f)}`);
const holds = (body: string, text: string) => found(body).some((f) => f.endsWith(` ${text}`));

describe('a room the post names on a public chat network in another place', () => {
  test.each([
    ['If you are in #kestrel or #kestrel-dev on freenode, switch to #kestrel on OFTC.', '#kestrel'],
    ['Ask in `#qorvex`, `#qorvex-dev` or `#qorvex-doc` on Libera.', '#qorvex'],
    ['When joining `#kestrel` and `#kbps`, be sure to use\n`irc.libera.chat`! We hope it goes well.', '#kbps'],
    ['When joining `#kestrel` and `#kbps`, be sure to use\n`irc.libera.chat`! We hope it goes well.', '#kestrel'],
    ['* We have `#kestrel` and `#kbps` on freenode\n* `#kestrel` is for support\n* `#kbps` is for development', '#kbps'],
    ['The old `#qorvex` channel is closed.\n\nAsk in `#qorvex` on `irc.libera.chat` instead.', '#qorvex'],
  ])('%s (%s)', (body, room) => {
    expect(found(body).filter((f) => f.endsWith(` ${room}`))).toEqual([]);
  });
  test.each([
    ['Our bot posts on Libera. The incident was handled in #inc-4512.', '#inc-4512'],
    ['We moved from freenode. Join #zorvel-ops in our Slack channel.', '#zorvel-ops'],
    ['Join `#kbps` in our Slack channel. Our IRC server is irc.zorvel.org.', '#kbps'],
    ['Join #zorvel-ops or #zorvel-oncall on our Slack.', '#zorvel-ops'],
    ['If you are in #kestrel-war or #kestrel-dev on our IRC server, stay there.', '#kestrel-war'],
    ['Our bridge copies irc.libera.chat into #inc-4512 on our Slack.', '#inc-4512'],
  ])('a near miss is still found: %s', (body, room) => {
    expect(holds(body, room)).toBe(true);
  });
});

describe("a project's command beside its family's manual pages or its release in capitals", () => {
  test.each([
    ['A new XBPS stable version: 0.45. It brings a new utility (`xbps-qfold`); see `xbps-install(1)`.', 'xbps-qfold'],
    ['XBPS 0.33 is out.\n\n- xbps-qhelper now fetches to a file.\n\n```\n$ xbps-qhelper fetch "https://files.example/a.tar.gz>b.tar.gz"\n```', 'xbps-qhelper'],
  ])('%s', (body, tool) => {
    expect(found(body).filter((f) => f.includes(tool))).toEqual([]);
  });
  test.each([
    ['It brings a new utility (`xbps-qfold`), run as `xbps-qfold -a`.', 'xbps-qfold'],
    ['Run `zarnith-qxpkgdb`; see `zarnith-rindex(1)`.', 'zarnith-qxpkgdb'],
    ['KELPWORKS 2.0 is out. Run `kelpworks-qzv7` on the ledger.', 'kelpworks-qzv7'],
  ])('a near miss is still found: %s', (body, tool) => {
    expect(holds(body, tool)).toBe(true);
  });
});

describe("round 50's own account: a mailbox, and a site's service label, are no organisation's account", () => {
  const securitySite = 'See [security.zorvel.org](https://security.zorvel.org/) for advisories.';
  test.each([
    [`${securitySite} Mail securityteam@zorvel.org with reports.`, 'securityteam@zorvel.org'],
    [`${securitySite} Follow @securityteam for news.`, '@securityteam'],
    [`${securitySite} Ask in #security on our forum.`, '#security'],
    ['Download it from [zorvel.org](https://zorvel.org/). Mail zorvelteam@zorvel.org with reports.', 'zorvelteam@zorvel.org'],
  ])('found: %s', (body, text) => {
    expect(holds(body, text)).toBe(true);
  });
  test.each([
    ['Download it from [zor-vel.org](https://zor-vel.org/). Toot us at [@zorvelorg@toot.example](https://toot.example/@zorvelorg).', 'zorvelorg'],
    ['Download it from [www.zorvel.co.uk](https://www.zorvel.co.uk/). Follow @zorvelhq for news.', '@zorvelhq'],
    ['Download it from [zorvel.org](https://zorvel.org/). You can find us in #zorvel on our forum.', '#zorvel'],
  ])('still published: %s', (body, text) => {
    expect(found(body).filter((f) => f.includes(text))).toEqual([]);
  });
});
