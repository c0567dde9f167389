import { describe, expect, test } from 'vitest';
import { firstScansWithCarriedFindings } from '../../scripts/lib/redact-carried-hosts.ts';
import { cjkFoldedValues } from '../../src/lib/cjk-folded-scalars.ts';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { describePassedOver, notReportReason } from '../../src/lib/import/report-files.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { foundInProbe } from '../support/redaction-probe-harness.ts';

/**
 * Round 59's adoption walk (docs/adopting.md, "Walkthrough round 59"): a small team's
 * infrastructure wiki in French (service pages, decision records, a folder of templates), a
 * Korean engineer's write-ups of reproduced incidents and one incident response written in English
 * and French. The names, clients and systems here are invented, in the shapes the walk met.
 */

describe('two names alone between brackets are a list of people', () => {
  test('the second name beside a found first name is found too, in French as in English', () => {
    expect(foundInProbe('Les agents de Lisbonne (Alexandra, Quelvina) ont besoin de partager des fichiers.')).toEqual([
      'redact/possible-person:Alexandra',
      'redact/possible-person:Quelvina',
    ]);
    expect(foundInProbe('The support agents (Alexandra, Quelvina) needed a shared folder.')).toContain('redact/possible-person:Quelvina');
  });

  test('a pair joined by a comma outside brackets, and places between brackets, are no list', () => {
    expect(foundInProbe('Alexandra wrote it, Quelvina read the logs.')).not.toContain('redact/possible-person:Quelvina');
    expect(foundInProbe('The regions (Frankfurt, Dublin) were slow.')).toEqual([]);
  });
});

describe('a full name carried from another post, its first word written in lower case', () => {
  // The sign: a portal's users file whose display name opens with what the account is ("Client …");
  // the account's own name is also a domain and a folder, so only the display name is carried.
  const signed = postToRedact('2025-11-02-share-portal', [
    'The portal accounts:',
    '',
    '```yaml',
    'users:',
    '  brandolini:',
    '    displayname: "Client Brandolini"',
    '    email: contact@brandolini.example',
    '```',
    '',
    'Its folder is /srv/share/brandolini/ on the share.',
    '',
  ].join('\n'));
  const carried = (body: string) => {
    const bare = postToRedact('2025-11-09-share-decision', body);
    return firstScansWithCarriedFindings([signed, bare], carriedScanOptions).get(bare.file)!.carried.map((f) => redactionFindingText(f));
  };

  test('"client Brandolini" in another post is the same name', () => {
    expect(carried('We chose the simple share so that client Brandolini could upload at once.\n\nTests client Brandolini passed.\n')).toEqual([
      'client Brandolini',
      'client Brandolini',
    ]);
  });

  test('the lower-case word alone, and a name whose first word is a given name, are not', () => {
    expect(carried('Every client uploads through the portal.\n')).toEqual([]);
    const named = postToRedact('2025-11-03-rota', 'Thanks to Mark Ellison for the handover.\n');
    const bare = postToRedact('2025-11-10-rota', 'We mark Ellison as away this week.\n');
    const found = firstScansWithCarriedFindings([named, bare], carriedScanOptions).get(bare.file)!.carried.map((f) => redactionFindingText(f));
    expect(found).not.toContain('mark Ellison');
  });
});

describe('a wiki export: templates and decision records are not reports', () => {
  test('a page in a folder of templates, whatever it is named', () => {
    expect(notReportReason('templates/incident-report.md')).toBe('a template (in a folder of templates)');
    expect(notReportReason('wiki/_templates/nouveau-service.md')).toBe('a template (in a folder of templates)');
    expect(notReportReason('modèles/rapport-incident.md')).toBe('a template (in a folder of templates)');
  });

  test('a decision record named by its day, in a folder of decisions', () => {
    expect(notReportReason('decisions/2025-11-13-queue-vs-cron.md')).toMatch(/decision record/);
    expect(notReportReason('docs/adr/2024-02-01-choose-a-broker.md')).toMatch(/decision record/);
  });

  test('reports named by their day stay reports, beside such folders', () => {
    expect(notReportReason('postmortems/2025-11-13-queue-stalled.md')).toBeUndefined();
    expect(notReportReason('incidents/2025-11-13-template-engine-outage.md')).toBeUndefined();
  });
});

describe('a folder per incident, its report the folder\'s README', () => {
  const readmes = ['/r/lab/README.md', ...['A01-queue-stall', 'A02-cert-expiry', 'A03-disk-full'].map((session) => `/r/lab/sessions/${session}/README.md`)];
  const why = "the repository's own file (README, CONTRIBUTING, a template)";

  test('the files passed over are named by a shell pattern that imports them all', () => {
    const [line] = describePassedOver(readmes.map((file) => ({ file, why })));
    expect(line).toContain('import it by name: npm run import -- /r/lab/README.md');
    expect(line).toContain('if the 3 of /r/lab/sessions/*/README.md (one in each folder) are reports, a shell pattern names them all: npm run import -- /r/lab/sessions/*/README.md');
  });

  test('no pattern for one such file, or files of other names', () => {
    expect(describePassedOver([{ file: readmes[1], why }, { file: '/r/lab/sessions/A02-cert-expiry/LICENSE', why }])[0]).not.toContain('shell pattern');
  });
});

describe('Chinese and Japanese folded YAML text is joined by the body\'s rule', () => {
  test('spaces a line ends with before a break between two such characters go with the break', () => {
    const yaml = 'summary: >-\n  计划任务在部署后没有注册，报表停 \n  止生成。\n';
    expect(cjkFoldedValues(yaml).get('计划任务在部署后没有注册，报表停  止生成。')).toBe('计划任务在部署后没有注册，报表停止生成。');
    const parsed = parseFrontmatter(splitFrontmatter(`---\n${yaml}---\n\nBody.\n`));
    expect((parsed.data as { summary: string }).summary).toBe('计划任务在部署后没有注册，报表停止生成。');
  });

  test('a break beside a Latin word or Hangul stays one space, trailing spaces kept as YAML folds them', () => {
    const yaml = 'summary: >-\n  ユーザーは export \n  を見られなかった\nnotes: >-\n  서비스가\n  중단되었습니다\n';
    expect(cjkFoldedValues(yaml).size).toBe(0);
  });
});
