import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';

/**
 * Round 49 of false positives (docs/redaction.md): adverbs of other languages closing a clause
 * after a machine's noun ("reinicio el balanceador ahora"), HTML elements as nicks (`<svg>`, `- svg`
 * in a people list), an account named after the organisation its post writes of (`/home/zorvel/`
 * beside "the zorvel team"), an organisation's code-host group carried as a person's profile
 * (`gitlab.com/zorvel`), and a public project's commands (`xbps-rindex(1)`, `xbps-src`). Every line
 * is our own; beside each relaxation, a near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (body: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${body}\n`;
const findings = (body: string) => scanPublicText('post.md', post(body), options).findings;
const found = (body: string) => findings(body).map((f) => redactionFindingText(f));
const holds = (body: string, text: string) => found(body).includes(text);

describe("an adverb of the line's language after a machine's noun", () => {
  test.each([
    ['ana: reinicio el balanceador ahora', 'ahora'],
    ['joão: reiniciei o servidor agora', 'agora'],
    ['bruna: o servidor ainda', 'ainda'],
    ['marco: riavvio il server adesso', 'adesso'],
    ['El servidor aquí se cayó dos veces.', 'aquí'],
    ['Reinicio el servidor también.', 'también'],
  ])('%s', (line, word) => {
    expect(holds(line, word)).toBe(false);
  });
  test.each([
    ['ana: reinicio el balanceador zumaiako', 'zumaiako'],
    ['O servidor tambaqui ficou sem memória.', 'tambaqui'],
    ['ana: paré el servidor zurbelo', 'zurbelo'],
  ])('a near miss is still found: %s', (line, word) => {
    expect(holds(line, word)).toBe(true);
  });
});

describe('an HTML element is no nick', () => {
  test('`<svg>` opening a line, `- svg` and `- center` in a people list', () => {
    expect(holds('<svg> restarting the render', 'svg')).toBe(false);
    const list = found('## Responders\n\n- svg\n- center\n- tovem');
    expect(list).not.toContain('svg');
    expect(list).not.toContain('center');
    expect(list).toContain('tovem');
  });
  test('a near miss is still found: a nick in angle brackets', () => {
    expect(holds('<tovem> restarting the pool', 'tovem')).toBe(true);
  });
});

describe("an account named after the post's organisation", () => {
  const account = 'The node runs as `/home/zorvel/.zorvelnode`.';
  test('"the zorvel team" and a linked status.zorvel.net: the account alone is found', () => {
    const body = `${account}\n\nThe zorvel team upgraded the network; see [status](https://status.zorvel.net/) for zorvel updates.`;
    const zorvel = findings(body).filter((f) => redactionFindingText(f) === 'zorvel');
    expect(zorvel).toHaveLength(1);
  });
  test('a near miss is still found everywhere: no site of its name is linked', () => {
    const body = `${account}\n\nThe zorvel team upgraded the network; see the status page for zorvel updates.`;
    expect(findings(body).filter((f) => redactionFindingText(f) === 'zorvel').length).toBeGreaterThan(1);
  });
  test("a near miss is still found everywhere: a person's own domain, no team of the name", () => {
    const body = 'The node runs as `/home/hbrekke/.node`.\n\nSee [notes](https://hbrekke.dev/) for the steps; hbrekke restarted it.';
    expect(findings(body).filter((f) => redactionFindingText(f) === 'hbrekke').length).toBeGreaterThan(1);
  });
});

describe("an organisation's code-host group is not carried as a person", () => {
  const scanned = (bodies: string[]) =>
    bodies.map((body, i) => {
      const text = post(body);
      const lines = text.split('\n');
      return { file: `post-${i}.md`, publicLines: lines, sourceLines: lines, findings: scanPublicText(`post-${i}.md`, text, options).findings };
    });
  const sign = '**Issue Trackers:** [gitlab.com/zorvel](https://gitlab.com/zorvel)';
  const repositories = 'Fixed in [the client](https://gitlab.com/zorvel/zorvelclient/-/issues/12) and [the data](https://gitlab.com/zorvel/zorveldata/-/merge_requests/3).';
  const carried = (bodies: string[]) => carriedPeopleFindings(scanned(bodies)).findings.flat().map((f) => redactionFindingText(f));
  test('two repositories named after it and a site of its name: not carried', () => {
    expect(scanned([sign])[0].findings.map((f) => redactionFindingText(f))).toContain('https://gitlab.com/zorvel');
    expect(carried([sign, repositories, 'Ask on [the forum](https://forum.zor-vel.org/).'])).not.toContain('zorvel');
  });
  test('a near miss is still carried: no site of its name', () => {
    expect(carried([sign, repositories])).toContain('zorvel');
  });
  test("a near miss is still carried: a person's profile repository and pages", () => {
    const personal = 'See [dotfiles](https://gitlab.com/hbrekke/hbrekke/-/issues/1) and [pages](https://gitlab.com/hbrekke/hbrekke.gitlab.io/-/issues/2); [blog](https://hbrekke.dev/).';
    expect(carried(['**Issue Trackers:** [gitlab.com/hbrekke](https://gitlab.com/hbrekke)', personal])).toContain('hbrekke');
  });
});

describe("a public project's commands", () => {
  test('a command the post cites with its manual page: `xbps-rindex(1)`', () => {
    expect(holds('Sign it with `xbps-rindex -s /repo`.\n\nSee xbps-rindex(1).', 'xbps-rindex')).toBe(false);
  });
  test('a near miss is still found: the same command without a manual page', () => {
    expect(holds('Sign it with `xbps-rindex -s /repo`.', 'xbps-rindex')).toBe(true);
  });
  test('a near miss is still found: a coined project with a manual page', () => {
    expect(holds('Sign it with `zarnith-rindex -s /repo`.\n\nSee zarnith-rindex(1).', 'zarnith-rindex')).toBe(true);
  });
  test("a public project's source-build tool `xbps-src`; `zarnith-src` is still found", () => {
    expect(holds('Run `xbps-src pkg foo` to build it.', 'xbps-src')).toBe(false);
    expect(holds('Run `zarnith-src pkg foo` to build it.', 'zarnith-src')).toBe(true);
  });
});

describe('a term and its index in a superscript', () => {
  test('`Claim<sup>LOG_Rekor</sup>` of a model\'s notation', () => {
    expect(found('<dl>\n<dt>Claim<sup>LOG_Quill</sup></dt>\n<dd>The log holds the entry.</dd>\n</dl>').some((t) => t.includes('<sup>'))).toBe(false);
  });
  test('a near miss is still found: an index that is no acronym', () => {
    expect(holds('The Deploy<sub>Bot_Runner</sub> job failed.', 'Deploy<sub>Bot_Runner</sub>')).toBe(true);
  });
});

describe('accounts of a system and a prompt of a folder', () => {
  test("the dbus and avahi accounts and their /etc/passwd lines", () => {
    const body = 'The dbus and avahi system accounts are added:\n\n    dbus:x:22:22:dbus unprivileged user:/:/sbin/nologin\n    avahi:x:23:23:avahi unprivileged user:/:/sbin/nologin\n\nReconfigure the `dbus` package.';
    expect(found(body).filter((t) => /dbus|avahi/.test(t))).toEqual([]);
  });
  test('a near miss is still found: a coined account with a name in its comment field', () => {
    expect(found('    zorvex:x:1001:1001:Zorvex Quillmar,,,:/home/zorvex:/bin/bash')).toContain('Zorvex Quillmar');
  });
  test("a prompt showing a site's folder before the host (`voidlinux.github.com@pi$`)", () => {
    expect(holds('```\nquillsite.github.com@pi$ git format-patch HEAD~1\n```', 'quillsite.github.com')).toBe(false);
  });
  test('a near miss is still found: a dotted login before the host', () => {
    expect(holds('```\nhallvard.brekke@bastion$ git pull\n```', 'hallvard.brekke')).toBe(true);
  });
});
