import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Leaks adversarial probes got past the guard (session 12): a full name after a capitalised
 * English word, a chat speaker in bold with the colon inside, an e-mail address whose local part
 * is spelt out too, the object stores other than S3 and Cloud Storage, Azure resource ids and
 * Google Cloud projects named by the tools, host names of private networks that no configuration
 * lists, machines named in short capitals, telephone numbers, and a user's page on any host. Every
 * probe and every public sentence here is of our own writing; the negatives are modelled on what
 * published provider reports write.
 */
const options: RedactionOptions = {
  internalDomains: ['.corp'],
  serviceIds: [],
  people: [],
  peopleIndex: buildPeopleIndex([]),
};

/** `rule:matched text` for every finding, in order. */
const found = (text: string, file = 'post.mdx') =>
  scanPublicText(file, text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe('full names after a capitalised word', () => {
  test.each([
    ['Ask Hallvard Brekke to stage pool changes', 'Hallvard Brekke'],
    ['Follow Up With Hallvard Brekke On Pool Sizes', 'Hallvard Brekke'],
    ['Page Tovenild Skarsgaard when the replica lags.', 'Tovenild Skarsgaard'],
    ['PAGE HENRIETTA LOCKSWORTH-PRYCE ON FAILOVER', 'HENRIETTA LOCKSWORTH-PRYCE'],
  ])('%s', (text, name) => {
    expect(found(text).some((f) => f.startsWith('redact/possible-person:') && f.includes(name)), JSON.stringify(found(text))).toBe(true);
  });

  test('English and public words in title case stay public', () => {
    expect(found('Ask The Database Team To Stage Pool Changes In Northern Virginia')).toEqual([]);
  });
});

describe('chat speakers in bold with the colon inside', () => {
  test.each([
    ['**Seerr:** restarting the pods now.', 'Seerr'],
    ['> **tovem:** looking at the replica', 'tovem'],
    ['[10:02] **Hallvard:** on it', 'Hallvard'],
    ['- **jdoe42:** rolling back', 'jdoe42'],
    [':wave: **Hallvard:** hi', 'Hallvard'],
    ['👋 **tovem:** looking', 'tovem'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(`redact/person:${name}`);
  });

  test('a list of bold labels names parts of a system, not speakers', () => {
    for (const text of ['- **Vaultwarden:** the secrets are mirrored there.', '**Note:** the pool is shared.', '- **Impact:** none.', '⚠️ **Warning:** read first.']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('e-mail addresses spelt out', () => {
  test('the local part spelt out is part of the address', () => {
    expect(found('Mail hallvard dot brekke at vintrix dot com for access.')).toEqual(['redact/email:hallvard dot brekke at vintrix dot com']);
  });
  test('an at sign in braces, in a .md post', () => {
    expect(found('Mail hallvard{at}vintrix{dot}com for access.', 'post.md')).toEqual(['redact/email:hallvard{at}vintrix{dot}com']);
  });
  test('prose with "dot" and "at" is no address', () => {
    expect(found('We peaked at the dot com boom, and the dot at the end of the line was lost.')).toEqual([]);
  });
});

describe('object stores other than S3 and Cloud Storage', () => {
  test.each([
    'https://4f1c2b9e.r2.cloudflarestorage.com/vintrix-backups/daily.tar',
    'https://pub-4f1c2b9a8e7d.r2.dev/logo.png',
    'https://vintrix-media.nyc3.digitaloceanspaces.com/avatars/x.png',
    'https://nyc3.digitaloceanspaces.com/vintrix-media/avatars/x.png',
    'https://f002.backblazeb2.com/file/vintrix-backups/db.tar',
    'https://vintrix-backups.s3.us-west-002.backblazeb2.com/db.tar',
    'https://s3.wasabisys.com/vintrix-archive/2025/',
    'https://vintrix-archive.s3.eu-central-1.wasabisys.com/x',
    'https://vintrix-logs.oss-cn-hangzhou.aliyuncs.com/app.log',
    // The whole link, as for S3: wrapping the Azure host alone published `https:///raw/`.
    'https://vintrixlogs.blob.core.windows.net/raw/',
  ])('%s', (link) => {
    expect(found(`The dump was at ${link} until noon.`)).toEqual([`redact/cloud-account:${link}`]);
  });

  test('the stores named in prose, their documentation and placeholders are not findings', () => {
    for (const text of [
      'We moved the backups from Backblaze B2 and Wasabi to Cloudflare R2.',
      'See https://developers.cloudflare.com/r2/ and https://www.backblaze.com/docs/cloud-storage.',
      'The endpoint is https://account-id.r2.cloudflarestorage.com for every account.',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('cloud accounts named by the tools', () => {
  test.each([
    // The whole resource id: the resource group's name was left on the page after the GUID's fix.
    ['/subscriptions/3f2c1b7a-9d4e-4e1a-8c3b-2a1f0e9d8c7b/resourceGroups/rg-ledger was locked.', '/subscriptions/3f2c1b7a-9d4e-4e1a-8c3b-2a1f0e9d8c7b/resourceGroups/rg-ledger'],
    ['Ran az vm list --resource-group rg-ledger-prod today.', '--resource-group rg-ledger-prod'],
    ['Ran gcloud --project=vintrix-ledger-prod compute instances list.', 'vintrix-ledger-prod'],
    ['Ran gcloud config set project vintrix-ledger-prod first.', 'vintrix-ledger-prod'],
    ['See https://console.cloud.google.com/logs?project=vintrix-ledger-prod for the errors.', 'vintrix-ledger-prod'],
    ['The module had project_id = "vintrix-ledger-prod" hard-coded.', 'vintrix-ledger-prod'],
  ])('%s', (text, id) => {
    expect(found(text)).toContain(`redact/cloud-account:${id}`);
  });

  test('placeholder projects and resource groups named as a kind are not findings', () => {
    expect(found('Run gcloud --project=my-project, or open ?project=your-project-id.')).toEqual([]);
    expect(found('Azure resourceGroups hold resources; pass --resource-group my-group.')).toEqual([]);
  });
});

describe('host names of private networks, configured or not', () => {
  test.each([
    ['We rebooted nas.home.arpa at noon.', 'nas.home.arpa'],
    ['We rebooted db7.localdomain at noon.', 'db7.localdomain'],
    ['Requests to ledger.payments.svc timed out.', 'ledger.payments.svc'],
    ['The printer at print3.vintrix.intranet jammed.', 'print3.vintrix.intranet'],
    ['The cache at cache.vintrix.internal filled up.', 'cache.vintrix.internal'],
  ])('%s', (text, host) => {
    expect(found(text)).toContain(`redact/internal-host:${host}`);
  });

  test('a configured suffix inside a longer name is the whole host, and a Tailscale machine is one', () => {
    expect(found('We restarted db7.corp.vintrix.com and nas.tail4f2c1.ts.net at noon.')).toEqual([
      'redact/internal-host:db7.corp.vintrix.com', 'redact/internal-host:nas.tail4f2c1.ts.net',
    ]);
  });

  test('a file whose name holds a suffix is no host', () => {
    expect(found('The hook read settings.corp.json and app.internal.yaml.')).toEqual([]);
  });

  test('the cluster API server and the reserved names themselves are public', () => {
    expect(found('Pods call kubernetes.default.svc; RFC 8375 reserves home.arpa for home networks.')).toEqual([]);
  });
});

describe('machines named in short capitals', () => {
  test.each([
    ['DB01 went read-only overnight.', 'DB01'],
    ['The backup ran on WEB-03 twice.', 'WEB-03'],
    ['NAS-PROD went read-only overnight.', 'NAS-PROD'],
    ['We failed over to PROD-DB at noon.', 'PROD-DB'],
    ['`SQL-STG` answered again.', 'SQL-STG'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(`redact/identifier:${name}`);
  });

  test('acronyms, codes and environments are not machines', () => {
    expect(found('PRE-PROD and NON-PROD, SEV-1, UTF-8, SQL state HY000, colour FFFF00, DB2, SHA256, ISO 8601.')).toEqual([]);
  });
});

describe('telephone numbers', () => {
  test.each([
    ['Join the bridge at +1 (415) 555-0199.', '+1 (415) 555-0199'],
    ['Hallvard is on +47 912 34 567 when paged.', '+47 912 34 567'],
    ['The vendor line 415-555-0142 was busy.', '415-555-0142'],
    ['Call him on 912 34 567 if the pager fails.', '912 34 567'],
  ])('%s', (text, number) => {
    expect(found(text)).toContain(`redact/phone:${number}`);
  });

  test('toll-free support lines, dates, times, versions and counts are not telephone numbers', () => {
    for (const text of [
      'Call 1-800-555-0100 or 0800-1234-5678 for support.',
      'From 2024-01-15 10:05:33 to 2024-02-15, version 1.22.333, 12,345,678 requests, +12% errors.',
      'Latency rose from 120 ms to 250 ms; p99 of 100-200 ms.',
      // A public address after an interface name, as a built page reads two code spans.
      'Two addresses sharing a virtual bridge with host: eth1 193.70.55.124 and the NAT one.',
    ]) expect(found(text).filter((f) => f.startsWith('redact/phone')), text).toEqual([]);
  });

  test('npm run redact writes a generic phrase', () => {
    const source = '---\ntitle: x\n---\n\nJoin the bridge at +1 (415) 555-0199.\n';
    const findings = scanPublicText('post.md', 'Join the bridge at +1 (415) 555-0199.', options, 5).findings;
    expect(applyRedactionFixes(source, findings, { isMdx: false }).source).toContain('Join the bridge at a phone number.');
  });
});

describe("a user's page on any host", () => {
  test.each([
    ['See https://forum.example.org/users/hbrekke/activity for the thread.', '/users/hbrekke'],
    ['The server at https://hub.example.org/user/tove-m/lab crashed.', '/user/tove-m'],
    ['His notes: https://www.example.edu/~hbrekke/notes.html', '/~hbrekke'],
  ])('%s', (text, path) => {
    expect(found(text)).toContain(`redact/possible-person:${path}`);
  });

  test('pages of accounts and placeholders name no one', () => {
    expect(found('See https://example.com/users/sign_in, https://example.com/users/me/settings and https://example.com/users/12345.')).toEqual([]);
  });
});

describe('names in footnote labels, which the page source shows', () => {
  test('a first name and nothing else, in lower case', () => {
    expect(found('The pool drained.[^marta]\n\n[^marta]: Reported by an engineer.')).toEqual(['redact/possible-person:marta', 'redact/possible-person:marta']);
  });
  test('a name the post gives someone, in any letter case', () => {
    expect(found('Hallvard Brekke fixed it.[^hallvard]')).toContain('redact/possible-person:hallvard');
  });
  test('labels of words and numbers are not names', () => {
    expect(found('Noted.[^note] Counted.[^1] Hosted.[^aws]')).toEqual([]);
  });
});

describe('text after an inline </Internal>', () => {
  test('is reported at its own column, and npm run redact fixes it there', () => {
    const id = '2025-03-01-probe';
    const file = `content/postmortems/${id}.mdx`;
    const source = publicProbePost({ body: '<Internal>Ops note on the pool.</Internal> Hallvard Brekke restarted it.\n' });
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    const { findings } = scanPostmortemForPublication(file, source, result.data!, options);
    const line = source.split('\n').findIndex((l) => l.includes('Hallvard')) + 1;
    expect(findings.map((f) => `${f.line}:${f.column}:${redactionFindingText(f)}`)).toEqual([`${line}:44:Hallvard Brekke`]);
    expect(applyRedactionFixes(source, findings, { isMdx: true }).source).toContain('</Internal> <Internal>Hallvard Brekke</Internal><PublicOnly>an engineer</PublicOnly> restarted it.');
  });
});

describe('accounts and handles where people are listed', () => {
  test.each([
    ['We ran ssh hbrekke@10.40.2.7 to look.', 'hbrekke'],
    ['Copied with scp dump.sql tovem@bastion:/tmp first.', 'tovem'],
    ['cc: hbrekke, tovem', 'tovem'],
    ['| Action | Owner |\n| --- | --- |\n| Stage pool changes | hbrekke |', 'hbrekke'],
    ['On call: Hallvard; Tovenild.', 'Tovenild'],
    ['Assigned to hbrekke for follow-up.', 'hbrekke'],
    ['We paged tove.m at 10:05.', 'tove.m'],
    ['The change was reviewed by hbrekke42.', 'hbrekke42'],
    ['Thanks to hbrekke for the fix.', 'hbrekke'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(`redact/person:${name}`);
  });

  test('system accounts, team ids, English words and tools are not people', () => {
    expect(found('ssh ubuntu@10.0.0.1; owners: checkout, payments, sre, k8s, data_platform').filter((f) => f.startsWith('redact/person'))).toEqual([]);
    expect(found('Escalated to oncall, assigned to ubuntu, reviewed by the team; restarted by systemd.').filter((f) => f.startsWith('redact/person'))).toEqual([]);
  });

  // Shapes of an SSH target that name no one, met in an infrastructure team's published reports.
  test.each([
    ['```\nzfs send -vwR rpool2@move | zfs recv tank -F\n```', 'rpool2'],
    ['Then `zpool upgrade rpool2` and `zfs snap -r rpool2@move`.', 'rpool2'],
    ['We pinned `zuvora@sha256:4f2a9c` in the manifest.', 'zuvora'],
    ['Upgrade with `npm install zuvora@latest`.', 'zuvora'],
    ['Watch it with `journalctl -f -u zuvora@off` on each server.', 'zuvora'],
    ['```\nsystemctl enable --now zuvora@gdrive\n```', 'zuvora'],
    ['The unit `zuvora@gdrive.service` failed twice.', 'zuvora'],
    ['Run it as `sudo -u stunnel` so the daemon keeps its own user.', 'stunnel'],
    ['Change my user uid and gid on the new host.', 'uid'],
  ])('not an account: %s', (text, word) => {
    expect(found(text)).not.toContain(`redact/person:${word}`);
  });

  test('a C function opening a line of pasted output is no chat speaker, a bold handle is', () => {
    expect(found('```\nlxc_init: 847 Failed to run lxc.hook.pre-start\n__lxc_start: 2008 Failed to initialize container "110"\n```').filter((f) => f.startsWith('redact/person'))).toEqual([]);
    expect(found('**hbrekke**: restarting the pool now')).toContain('redact/person:hbrekke');
  });

  test('an SSH target beside such shapes is still an account', () => {
    expect(found('Pinned `zuvora@sha256:4f2a9c`, then ssh hbrekke@bastion to check.')).toContain('redact/person:hbrekke');
  });
});

describe('emphasis around a name, which the page does not show', () => {
  test.each([
    ['It was fixed by **Tovenild**.', 'Tovenild'],
    ['Fixed by Tovenild.', 'Tovenild'],
    ['Thanks to **Tovenild**!', 'Tovenild'],
    ['We pinged *Tovenild* first.', 'Tovenild'],
    ['Fixed by **Hallvard** Brekke.', '**Hallvard** Brekke'],
    ['Fixed by ~~Hallvard~~ Brekke.', '~~Hallvard~~ Brekke'],
    ['**Hallvard** Brekke fixed it.', '**Hallvard** Brekke'],
  ])('%s', (text, name) => {
    expect(found(text).some((f) => /^redact\/(?:possible-)?person:/.test(f) && f.endsWith(`:${name}`)), JSON.stringify(found(text))).toBe(true);
  });

  test('npm run redact replaces the name with its markers, leaving none unbalanced', () => {
    const text = 'Fixed by **Hallvard** Brekke; thanks to **Tovenild**!';
    const source = `---\ntitle: x\n---\n\n${text}\n`;
    const findings = scanPublicText('post.md', text, options, 5).findings;
    expect(applyRedactionFixes(source, findings, { isMdx: false }).source).toContain('Fixed by an engineer; thanks to **an engineer**!');
  });
});

describe('a person named in a link query', () => {
  test('author, user, assignee values are people', () => {
    expect(found('See [the notes](https://wiki.example.org/notes?author=hbrekke).')).toContain('redact/person:hbrekke');
    expect(found('The board https://board.example.org/?assignee=tove.m was empty.')).toContain('redact/person:tove.m');
  });
  // Since adoption round 47 the link goes and its words stay (a person in a link's address, as an
  // internal link's): before, the name was left to the author, never "?author=an engineer".
  test('npm run redact withholds the link with the name in it and keeps its words, not "?author=an engineer"', () => {
    const text = 'See [the notes](https://wiki.example.org/notes?author=hbrekke).';
    const source = `---\ntitle: x\n---\n\n${text}\n`;
    const result = applyRedactionFixes(source, scanPublicText('post.md', text, options, 5).findings, { isMdx: false });
    expect(result.source).toBe(`---\ntitle: x\n---\n\nSee the notes.\n`);
    expect(result.skipped).toEqual([]);
  });
  test('functions, placeholders, system accounts and numbers are not', () => {
    expect(found('https://board.example.org/q?user=me&assignee=currentUser()&owner=nobody&login=admin&user_id=12345')).toEqual([]);
  });
});

describe('a first name in the file name, after npm run redact replaced it in the post', () => {
  const scanFile = (id: string, body: string) => {
    const file = `content/postmortems/${id}.mdx`;
    const source = publicProbePost({ body });
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    return scanPostmortemForPublication(file, source, result.data!, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}:${f.field}`);
  };
  test('a first name and nothing else stays an error in the address', () => {
    expect(scanFile('2025-03-01-claude-said-pool-was-safe', 'An engineer said the pool was safe.\n')).toEqual(['redact/possible-person:claude:(file name)']);
  });
  test('English words, public names and words of no one are not', () => {
    expect(scanFile('2025-03-01-mark-pool-grace-jenkins-seerr', 'The pool was marked full.\n')).toEqual([]);
  });
});
