import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScript } from '../support/run-script.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

const root = resolve(import.meta.dirname, '../..');
// One case after the other, although each fills a folder of its own: a case runs two to four commands
// in turn, and five started together all passed their 60 s timeout at load 22 (one at a time: 85 s
// for the six). Each case takes the cli project's timeout (vitest.config.ts, 120 s): at load 22-25 five
// of them passed 60 s (session 29's clean-clone run beside eight helpers).
const newFolder = temporaryFolders('kb-fill-');

/** A content folder with the fixture vocabularies and these postmortems (file name → text). */
function contentWith(postmortems: Record<string, string>): string {
  const content = newFolder();
  mkdirSync(join(content, 'postmortems'));
  for (const kind of ['teams', 'services', 'tags', 'triggers']) copyFileSync(join(root, 'test/fixtures/vocabulary', `${kind}.yaml`), join(content, `${kind}.yaml`));
  for (const [name, text] of Object.entries(postmortems)) writeFileSync(join(content, 'postmortems', name), text);
  return content;
}

const run = (script: string, content: string, ...args: string[]) =>
  runScript(script, args, { cwd: root, env: { ...process.env, KB_CONTENT_DIR: content, KB_AS_OF: '2026-12-02' } });

/**
 * A draft as `npm run import` writes one from an old report: historical, no severity or drafted
 * day, action items without a status, and `imported:` after the action items (the place a
 * hand-written script broke: it appended the last item's status under `imported:`).
 */
function importedDraft(title: string, { severity, withEnd = true }: { severity?: string; withEnd?: boolean } = {}): string {
  return `---
title: ${title}
summary: Checkout returned errors for twenty minutes after a configuration change.
${severity ? `severity: ${severity}\n` : ''}status: draft
visibility: internal
historical: true
services:
  - checkout-api
trigger: configuration
# Times without a zone of their own were read in Europe/London from --timezone.
times:
  started: 2023-11-01T10:15:00Z
${withEnd ? '  resolved: 2023-11-01T10:35:00Z\n' : ''}impact:
  description: "Customers could not pay: checkout returned errors."
actionItems:
  - id: AI-1
    title: Alert on the checkout error rate
  - id: AI-2
    title: Review configuration changes before rollout
    # the team's own note, kept
imported:
  source: old/2023-11-01-checkout.md
  format: markdown
  on: 2026-12-01
---

Checkout failed for twenty minutes.
`;
}

describe('npm run fill (batch facts into drafts already imported)', () => {
  test('fills each missing fact, keeps every fact written and every other byte, in drafts and in files already set to published', async () => {
    const published = importedDraft('Earlier outage', { severity: 'SEV-1' }).replace('status: draft', 'status: published');
    const content = contentWith({
      '2023-11-01-checkout.mdx': importedDraft('Checkout errors'),
      '2023-11-02-stated.mdx': importedDraft('Stated severity', { severity: 'SEV-1' }),
      '2023-10-01-earlier.mdx': published,
    });
    const result = await run('fill-drafts.ts', content, '--set', 'severity=SEV-3', '--set', 'drafted=2026-12-01', '--set', 'actionItems.status=open');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 file(s): 3 were changed (filled: severity in 1, drafted in 3, actionItems[].status in 6).');
    const filled = readFileSync(join(content, 'postmortems/2023-11-01-checkout.mdx'), 'utf8');
    expect(filled).toMatch(/^severity: SEV-3$/m);
    expect(filled).toMatch(/^drafted: 2026-12-01$/m);
    // Each item got its status inside the item, above `imported:` (which stays as it was).
    expect(filled).toContain('    title: Alert on the checkout error rate\n    status: open\n  - id: AI-2');
    expect(filled).toContain('    title: Review configuration changes before rollout\n    status: open\n    # the team\'s own note, kept\nimported:\n  source: old/2023-11-01-checkout.md');
    // Only lines were added: without them the file is the draft as it was.
    const added = ['severity: SEV-3', 'drafted: 2026-12-01', '    status: open'];
    expect(filled.split('\n').filter((line) => !added.includes(line)).join('\n')).toBe(importedDraft('Checkout errors'));
    // A report's own severity is never replaced.
    expect(readFileSync(join(content, 'postmortems/2023-11-02-stated.mdx'), 'utf8')).toMatch(/^severity: SEV-1$/m);
    expect(readFileSync(join(content, 'postmortems/2023-11-02-stated.mdx'), 'utf8')).not.toContain('SEV-3');
    // A file already set to published (as a team following the old steps did) gets the missing facts too, its own kept.
    const earlier = readFileSync(join(content, 'postmortems/2023-10-01-earlier.mdx'), 'utf8');
    expect(earlier).toMatch(/^status: published$/m);
    expect(earlier).toMatch(/^severity: SEV-1$/m);
    expect(earlier).toMatch(/^drafted: 2026-12-01$/m);
    // The filled drafts are still valid: check finds no error in them.
    const check = await run('check.ts', content, '--no-lint', join(content, 'postmortems/2023-11-01-checkout.mdx'), join(content, 'postmortems/2023-11-02-stated.mdx'));
    expect(check.stdout).toMatch(/2 files checked: 0 errors/);
  });

  test('--publish publishes the historical drafts that check then passes, and lists what the others lack', async () => {
    const content = contentWith({
      '2023-11-01-checkout.mdx': importedDraft('Checkout errors'),
      '2023-11-03-open-ended.mdx': importedDraft('No end recorded', { withEnd: false }),
      '2023-11-04-not-historical.mdx': importedDraft('Written here').replace('historical: true\n', ''),
      '2023-11-05-no-service.mdx': importedDraft('No service named').replace('services:\n  - checkout-api\n', ''),
    });
    const result = await run('fill-drafts.ts', content, '--set', 'severity=SEV-3', '--set', 'drafted=2026-12-01', '--set', 'actionItems.status=open', '--publish', '2026-12-02');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 historical draft(s) were published (status: published, published: 2026-12-02); 3 stay drafts');
    expect(result.stdout).toContain('a published postmortem needs times.resolved (or nearMiss: true when nothing had to be resolved).');
    expect(result.stdout).toMatch(/2023-11-04-not-historical\.mdx: 1 problem\(s\) keep it a draft: not historical: true, so published only after its own review/);
    // The draft left is said as it stands, not as the check reads it once published (adoption round 55).
    expect(result.stdout).toMatch(/2023-11-05-no-service\.mdx: 1 problem\(s\) keep it a draft: services is not filled in yet/);
    expect(result.stdout).not.toContain('status is published, but');
    // The content folder lies outside the checkout (the run's temporary folder): its files are named
    // whole, not as a run of ../ from the working folder (adoption round 48).
    expect(result.stdout).toContain(`  ${join(content, 'postmortems/2023-11-04-not-historical.mdx')}: 1 problem(s)`);
    expect(result.stdout).not.toContain('../');
    const publishedText = readFileSync(join(content, 'postmortems/2023-11-01-checkout.mdx'), 'utf8');
    expect(publishedText).toMatch(/^status: published$/m);
    expect(publishedText).toMatch(/^published: 2026-12-02$/m);
    // The one that would not pass stays a draft (with the facts filled), so check stays clean.
    const openEnded = readFileSync(join(content, 'postmortems/2023-11-03-open-ended.mdx'), 'utf8');
    expect(openEnded).toMatch(/^status: draft$/m);
    expect(openEnded).toMatch(/^severity: SEV-3$/m);
    expect(readFileSync(join(content, 'postmortems/2023-11-04-not-historical.mdx'), 'utf8')).toMatch(/^status: draft$/m);
    const check = await run('check.ts', content, '--no-lint');
    expect(check.stdout).toMatch(/4 files checked: 0 errors/);
  });

  test('--dry-run writes nothing; a wrong value is refused before any file is read, with the values to use', async () => {
    const draft = importedDraft('Checkout errors');
    const content = contentWith({ '2023-11-01-checkout.mdx': draft });
    const dry = await run('fill-drafts.ts', content, '--set', 'severity=SEV-3', '--publish', '2026-12-02', '--dry-run');
    expect(dry.stdout).toContain('1 file(s): 1 would be changed (filled: severity in 1).');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(readFileSync(join(content, 'postmortems/2023-11-01-checkout.mdx'), 'utf8')).toBe(draft);
    const refused = await run('fill-drafts.ts', content, '--set', 'actionItems.status=closed', '--set', 'services=checkout', '--set', 'status=published');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"closed" is not an action item status: use one of open, in-progress, done, wont-do');
    expect(refused.stderr).toContain('"checkout" is not a service id');
    expect(refused.stderr).toMatch(/"status" cannot be set for a batch: .*--set fills severity, services, teams, tags, trigger, drafted, actionItems\.status\./);
    expect(refused.stderr).toContain('Nothing was written.');
    const writeAlone = await run('fill-drafts.ts', content, '--write');
    expect(writeAlone.status).toBe(2);
    expect(writeAlone.stderr).toContain('--write appends the entries --vocabularies proposes: give both');
    expect(readFileSync(join(content, 'postmortems/2023-11-01-checkout.mdx'), 'utf8')).toBe(draft);
  });

  test('--vocabularies lists what the drafts point at that the vocabularies lack; --write appends the tags and triggers, which then read', async () => {
    const withMetadata = (title: string) => importedDraft(title).replace('trigger: configuration\n', '').replace('Checkout failed for twenty minutes.\n', 'A bad configuration change took checkout down.\n\n<Internal>\n\n## Imported metadata\n\nThe original report\'s own frontmatter, kept as written:\n\n```yaml\nkeywords:\n- edge routing\n```\n\n</Internal>\n');
    const content = contentWith({ '2023-11-01-a.mdx': withMetadata('First'), '2023-11-02-b.mdx': withMetadata('Second') });
    writeFileSync(join(content, 'triggers.yaml'), 'change:\n  name: A change we made\n');
    const listed = await run('fill-drafts.ts', content, '--vocabularies');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('2 file(s) read: 0 service(s), 1 tag(s) and 1 trigger(s) they point at are not in the vocabularies.');
    expect(listed.stdout).toContain('# proposed: 2 draft(s), from reports without a trigger that describe bad configuration change\nconfiguration:\n  name: "Configuration change"');
    expect(readFileSync(join(content, 'triggers.yaml'), 'utf8')).toBe('change:\n  name: A change we made\n');
    const written = await run('fill-drafts.ts', content, '--vocabularies', '--write');
    expect(written.stdout).toContain('Appended to');
    expect(readFileSync(join(content, 'triggers.yaml'), 'utf8')).toContain('configuration:\n  name: "Configuration change"\n');
    expect(readFileSync(join(content, 'tags.yaml'), 'utf8')).toContain('edge-routing:\n  aliases: ["edge routing"]\n');
    // The files still read, and the drafts can now be given the trigger.
    const filled = await run('fill-drafts.ts', content, '--set', 'trigger=configuration', '--set', 'tags=edge-routing');
    expect(filled.stdout).toContain('(filled: tags in 2, trigger in 2)');
    expect((await run('check.ts', content, '--no-lint')).stdout).toMatch(/2 files checked: 0 errors/);
  });

  test('--trigger-from-text gives each draft without a trigger the one its own words state, leaves one that names none or two, and keeps a trigger written', async () => {
    const withText = (title: string, summary: string, body = 'Nothing more was recorded.\n') =>
      importedDraft(title).replace('trigger: configuration\n', '').replace(/^summary: .*$/m, `summary: ${summary}`).replace('Checkout failed for twenty minutes.\n', body);
    const rootCauseCell = 'Customers saw errors.\n\n<Internal>\n\n## Imported metadata\n\n```yaml\nsheet:\n  u_root_cause: Expired TLS certificate on the payments ingress.\n```\n\n</Internal>\n';
    const content = contentWith({
      '2025-01-01-headline.mdx': withText('Checkout errors after a bad configuration change', 'Checkout failed.'),
      '2025-01-02-cell.mdx': withText('Payments errors', 'Payments failed for an hour.', rootCauseCell),
      '2025-01-03-none.mdx': withText('Payments slow', 'Payments were slow for an hour.'),
      '2025-01-04-two.mdx': withText('Outage', 'A bad configuration change was pushed while the TLS certificate expired.'),
      '2025-01-05-written.mdx': importedDraft('Certificate expired, trigger written').replace('summary: Checkout', 'summary: The TLS certificate expired. Checkout'),
    });
    const result = await run('fill-drafts.ts', content, '--trigger-from-text');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const trigger = (name: string) => /^trigger: (.*)$/m.exec(readFileSync(join(content, 'postmortems', name), 'utf8'))?.[1];
    expect(trigger('2025-01-01-headline.mdx')).toBe('configuration');
    // Read from the report's root-cause cell, kept in the body, when the title and summary say nothing.
    expect(trigger('2025-01-02-cell.mdx')).toBe('certificate');
    expect(trigger('2025-01-03-none.mdx')).toBeUndefined();
    expect(trigger('2025-01-04-two.mdx')).toBeUndefined();
    // A trigger written is never replaced, whatever the text says.
    expect(trigger('2025-01-05-written.mdx')).toBe('configuration');
    expect(result.stdout).toContain('2025-01-02-cell.mdx: trigger certificate, from its text: "Expired TLS"');
    expect(result.stdout).toMatch(/2 file\(s\) still without a trigger: 1 state no failure mode with a trigger of .*triggers\.yaml, 1 state several/);
    expect(result.stdout).toMatch(/2025-01-04-two\.mdx: (configuration or certificate|certificate or configuration)/);
    // With --set trigger=… too, that id fills only the drafts whose text names none.
    const fallback = await run('fill-drafts.ts', content, '--trigger-from-text', '--set', 'trigger=capacity');
    expect(fallback.status).toBe(0);
    expect(trigger('2025-01-03-none.mdx')).toBe('capacity');
    expect(trigger('2025-01-04-two.mdx')).toBe('capacity');
    expect((await run('check.ts', content, '--no-lint')).stdout).toMatch(/5 files checked: 0 errors/);
  });

  test('--public makes reports already published elsewhere public, their own title and summary the customers\' wording; a file with its own public block is left as it is', async () => {
    const own = importedDraft('Own wording').replace('visibility: internal', 'visibility: public\npublic:\n  title: Checkout was unavailable\n  summary: Some customers could not pay.');
    const content = contentWith({
      '2023-11-01-checkout.mdx': importedDraft(`'Checkout: errors "again" # not a comment'`),
      '2023-11-02-own.mdx': own,
    });
    const result = await run('fill-drafts.ts', content, '--public', '--set', 'severity=SEV-3', '--set', 'drafted=2026-12-01', '--set', 'actionItems.status=open', '--publish', '2026-12-02');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 file(s) were made public, with their own title and summary');
    // The file public already is said, not passed over in silence (adoption round 48: a second run read as doing nothing).
    expect(result.stdout).toContain('1 file(s) were public already: left as written, their own public wording kept.');
    const made = readFileSync(join(content, 'postmortems/2023-11-01-checkout.mdx'), 'utf8');
    expect(made).toContain('visibility: public\npublic:\n  title: "Checkout: errors \\"again\\" # not a comment"\n  summary: "Checkout returned errors for twenty minutes after a configuration change."\nhistorical: true');
    // Published with it: the check (with the redaction guard, since it is public) passes.
    expect(made).toMatch(/^status: published$/m);
    expect(readFileSync(join(content, 'postmortems/2023-11-02-own.mdx'), 'utf8')).toContain('public:\n  title: Checkout was unavailable\n  summary: Some customers could not pay.');
    const check = await run('check.ts', content);
    expect(check.stdout).toMatch(/2 files checked: 0 errors/);
  });
});
