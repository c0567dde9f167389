import { describe, expect, test } from 'vitest';
import { findings, options, publicText } from '../support/false-positive-body.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * Round 58 of false positives and wrong stand-ins (docs/redaction.md): a report's id opening a
 * public title, more of a Kubernetes Secret's readings with a listed "… Secret", and what three
 * collections never measured before showed: a product's service account read as a person, an
 * agent noun opening a wrapped line read as a handle, a config file under `/etc/` read as a host.
 * Every line is our own; beside each relaxation, a near miss written the same way.
 */

/** A public post whose public title and summary are given, then the fixes `npm run redact` writes. */
const redactedFrontmatter = (title: string, summary = 'The ledger workers stopped for an hour.') => {
  const source = `---\ntitle: "${title}"\nvisibility: public\npublic:\n  title: "${title}"\n  summary: "${summary}"\n---\n\nThe ledger workers stopped for an hour.\n`;
  const fixed = applyRedactionFixes(source, scanPublicText('post.mdx', source, options()).findings, { isMdx: true }).source;
  return { title: /^ {2}title: (.*)$/m.exec(fixed)![1], summary: /^ {2}summary: (.*)$/m.exec(fixed)![1] };
};

describe("a report's id opening a public title is taken off, not replaced", () => {
  test.each([
    ['KB-014: Quorret Cache Directory Permission Denied', '"Quorret Cache Directory Permission Denied"'],
    ['PM-2026-042: ステージングの配信が止まった', '"ステージングの配信が止まった"'],
    ['INC-1234 - ledger workers stalled', '"Ledger workers stalled"'],
    ['TASK-2026-0204-001: Rebuild the kiln image', '"Rebuild the kiln image"'],
    ['LL-003 | Friction must be automated', '"Friction must be automated"'],
    // A file's or a model's name keeps its letters; a name after the id takes its own fix, capitalised where it opens the title.
    ['INC-77 - Ines Varga restarted the ledger', '"An engineer restarted the ledger"'],
    ['KB-006: kiln.sh Bash Syntax Error in Regex', '"kiln.sh Bash Syntax Error in Regex"'],
    ['KB-016: qwen3:30b context fills the RAM', '"qwen3:30b context fills the RAM"'],
  ])('%s', (title, shown) => {
    expect(redactedFrontmatter(title).title).toBe(shown);
  });
  test('a second run finds nothing left in the title (the stand-in no longer reads as a system the post names)', () => {
    const once = redactedFrontmatter('KB-005: Script Execute Permission Missing').title;
    expect(once).toBe('"Script Execute Permission Missing"');
    expect(scanPublicText('post.mdx', `---\ntitle: x\npublic:\n  title: ${once}\n  summary: "The ledger stopped."\n---\n\nBody.\n`, options()).findings).toEqual([]);
  });
  test.each([
    // An id alone: no title after it to keep.
    ['KB-014', undefined, '"An internal system"'],
    // Inside the title, and in the summary: not a label.
    ['Cache denied, see KB-014: details', undefined, '"Cache denied, see an internal system: details"'],
    ['Ledger outage', 'See KB-014 for the record.', '"See an internal system for the record."'],
    // Not an id's shape (capitals, then digits in dashed groups): a host's name stays replaced.
    ['kiln-worker-03: ledger outage', undefined, '"An internal system: ledger outage"'],
  ])('near miss, the stand-in stays: %s', (title, summary, shown) => {
    const fixed = redactedFrontmatter(title, summary);
    expect(summary ? fixed.summary : fixed.title).toBe(shown);
  });
});

describe('a listed part that is a Kubernetes kind: more of its places', () => {
  const listed = ['Orrin secret'];
  test.each([
    '| 4 | Audit the charts for `Secret` templates rendered from values | Todo |',
    '`Environment Variables from: kiln-env Secret` is an envFrom reference.',
    'It says nothing about cluster-level Secret overrides sitting on top of it.',
    '| 2 | If a default fix does not hold, check `envFrom`/Secret overrides first |',
    '4. **Single-operator setup with manual Secret management.**',
    'The operator first used Secret age (`AGE 35h`) as evidence.',
    'The pattern: an imperative, git-invisible Secret silently overriding the config.',
    '| 20:31 | The chart template renders Secret from the values file. |',
    '| 09:18 | The operator repopulates Secret manually with kubectl. |',
  ])('%s', (body) => {
    expect(findings(body, listed).filter((f) => f.startsWith('redact/person'))).toEqual([]);
  });
  test.each([
    'We asked Secret to rotate the token.',
    'Later Secret restarted the pods.',
    'After the outage, Secret restarted the pods.',
    'The change was escalated to on-call Secret.',
    'Later Secret audits the charts every week.',
    'Then Secret overrides the default and ships it.',
  ])('near miss, still found: %s', (body) => {
    expect(findings(body, listed)).toContain('redact/person:Secret');
  });
});

describe("a product's daemon account is no one's", () => {
  test.each([
    'The script then ran `chown -R qorvel:qorvel /srv` and `chown -R ollama:ollama /srv/models`, so Ollama could not start.',
    'Ollama service (`User=ollama`) could not write to the models folder.',
    'Always ensure the `ollama` user has write access; Ollama restarted fine after that.',
    'Run `sudo -u grafana grafana-cli plugins ls` to check.',
  ])('%s', (body) => {
    expect(findings(body).filter((f) => /person:(?:ollama|Ollama|grafana)$/.test(f))).toEqual([]);
  });
  test.each([
    // A login no product list knows stays a person's, and a home folder is someone's.
    ['The script then ran `chown -R qorvel:qorvel /srv`.', 'qorvel'],
    ['Ollama service (`User=hbrekke`) could not write.', 'hbrekke'],
    ['The cache sat in `/home/ollama/.cache`.', 'ollama'],
  ])('near miss, still found: %s', (body, login) => {
    expect(findings(body)).toContain(`redact/person:${login}`);
  });
});

describe('an agent noun of a known verb opening a wrapped line is no handle', () => {
  test('"validator agreed" on a wrapped line', () => {
    const body = 'At the epoch boundary the chain stopped finalizing. Every\nvalidator agreed on the state root of the last block, yet each began\nproposing its own. One validator diverged.';
    expect(findings(body)).toEqual([]);
    expect(publicText(body)).toBe(body);
  });
  test.each([
    ['tovrin agreed to write the minutes.', 'tovrin'],
    ['quessel proposed a rollback.', 'quessel'],
  ])('near miss, still found: %s', (body, handle) => {
    expect(findings(body)).toContain(`redact/person:${handle}`);
  });
});

describe('a configuration file under /etc/ is no host', () => {
  test.each([
    'Add a systemd drop-in or `/etc/rc.local` on each worker.',
    'The ban time is set in /etc/fail2ban/jail.local on the gateway.',
  ])('%s', (body) => {
    expect(findings(body)).toEqual([]);
  });
  test.each([
    ['The share is mounted at /mnt/nas.local/backups.', 'nas.local'],
    ['Copy it to /srv/etc/vault.local first.', 'vault.local'],
    ['We moved db7.local to the new rack.', 'db7.local'],
  ])('near miss, still found: %s', (body, host) => {
    expect(findings(body)).toContain(`redact/internal-host:${host}`);
  });
});
