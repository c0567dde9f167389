// Bad input, round 56 (docs/rules.md, "Bad input round 56"): round 55's leftovers (a part of a cell or a sentence
// inside <Internal> leaving "()" on the public site, a follow-up's owner given in a footnote, `proseSaysDone` in
// English alone) and what the round's 205 inputs found: follow-ups and timelines written in German, French, Spanish
// and Japanese, 12-hour and French clocks, `T+5m` offsets, reversed spans, seconds; statuses, visibilities and
// owners in other languages and scripts; `SEV-3 → SEV-2`; the date command's order; two addresses in a link; a
// wiki link with a colon; full-width <Internal> tags; <Internal> in a link's address.
import { describe, expect, test } from 'vitest';
import { proseSaysDone } from '../../src/lib/body-follow-ups.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { dayInOtherNotation } from '../../src/lib/instant-advice.ts';
import { followUps, said, checked, adding, replacing, both, publicPost } from '../support/good-input-changed.ts';

const turningBack = (body: string) => findTimelineTurningBack(`## Timeline\n\n${body}`).map(({ mistake }) => `${mistake.message} | ${mistake.fix}`);
const placement = (found: string[]) => found.filter((line) => line.includes('mdx/variant-placement'));

describe('round 55\'s leftovers', () => {
  test('an <Internal> holding all the words between parentheses, brackets or dashes is said in a public post: the public site shows "()"', () => {
    const cell = placement(checked(both(publicPost, adding('| Time | Event |\n| --- | --- |\n| 17:49 | The on-call (<Internal>Ana Lopez</Internal>) acknowledged |'))));
    expect(cell).toHaveLength(1);
    expect(cell[0]).toContain('warning mdx/variant-placement');
    expect(cell[0]).toContain('<Internal> holds all the words between ( and ): the public site shows "()" with nothing between');
    expect(cell[0]).toContain('(<Internal>Ana Lopez</Internal><PublicOnly>an engineer</PublicOnly>)');
    expect(placement(checked(both(publicPost, adding('The on-call (<Internal>Ana Lopez</Internal>) acknowledged the page.'))))[0]).toContain('"()"');
    expect(placement(checked(both(publicPost, adding('Paged [<Internal>Ana Lopez</Internal>] at 17:49.'))))[0]).toContain('"[]"');
    expect(placement(checked(both(publicPost, adding('The on-call — <Internal>Ana Lopez</Internal> — acknowledged the page.'))))[0]).toContain('"— —"');
  });
  test('control: marks inside the element, a pair filled for each site, and an internal post are left', () => {
    expect(placement(checked(both(publicPost, adding('The on-call acknowledged<Internal> (Ana Lopez)</Internal> the page.'))))).toEqual([]);
    expect(placement(checked(both(publicPost, adding('The on-call (<Internal>Ana Lopez</Internal><PublicOnly>an engineer</PublicOnly>) acknowledged.'))))).toEqual([]);
    expect(placement(checked(adding('The on-call (<Internal>Ana Lopez</Internal>) acknowledged the page.')))).toEqual([]);
  });
  test('a follow-up\'s owner and due day given in a footnote\'s definition are read', () => {
    const found = followUps('## Action items\n\n- [ ] Add a canary stage[^o]\n\n[^o]: Owner: checkout, due 2025-09-01.');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('a follow-up with its owner (checkout) and its due day (2025-09-01)');
    expect(found[0]).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-09-01"');
    expect(followUps('## Action items\n\n| Action | Notes |\n| --- | --- |\n| Add a canary stage[^a] | 5% of traffic |\n\n[^a]: Owner: checkout')[0]).toContain('its owner (checkout)');
  });
  test('control: a footnote about the work gives no owner', () => {
    expect(followUps('## Action items\n\n- [ ] Add a canary stage[^1]\n\n[^1]: The stage takes 5% of traffic.')[0]).toContain('no owner');
  });
  test('work told as done in German, French, Spanish, Japanese, or in a later sentence, is no follow-up', () => {
    expect(followUps('## Next Steps\n\n### Datenbank umziehen\n\nWir haben die Datenbank am Freitag umgezogen.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Migrer la base\n\nNous avons migré la base vendredi ; tout s\'est bien passé.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Migrar la base de datos\n\nMigramos la base de datos el viernes y funcionó bien.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Pooler aktualisieren\n\nErledigt am 10.07.2025.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Move the database\n\nOn Friday the move began; it is done.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Migrate the pooler\n\nMigrated on 2025-07-10.')).toEqual([]);
    expect(proseSaysDone(['金曜日にデータベースを移行しました。'])).toBe(true);
  });
  test('control: work told as ahead in those languages stays a follow-up', () => {
    expect(followUps('## Next Steps\n\n### Canary-Stufe einführen\n\nWir werden eine Stufe mit 5 % des Verkehrs einführen.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Ajouter un canary\n\nNous allons ajouter une étape qui reçoit 5 % du trafic.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Añadir un canary\n\nVamos a añadir una etapa con el 5 % del tráfico.')).toHaveLength(1);
    expect(proseSaysDone(['来四半期にカナリア段階を導入する予定です。'])).toBe(false);
  });
});

describe('follow-ups in other languages', () => {
  test('German, Spanish and Japanese tables of follow-ups are read, with their owners and due days', () => {
    expect(followUps('## Maßnahmen\n\n| Maßnahme | Verantwortlich | Fällig |\n| --- | --- | --- |\n| Canary-Stufe einführen | checkout | 01.09.2025 |')[0]).toContain('its owner (checkout) and its due day (2025-09-01)');
    expect(followUps('## Acciones correctivas\n\n| Acción | Responsable | Fecha límite |\n| --- | --- | --- |\n| Añadir una etapa canary | checkout | 2025-09-01 |')[0]).toContain('its owner (checkout) and its due day (2025-09-01)');
    expect(followUps('## 再発防止策\n\n| 対策 | 担当 | 期限 |\n| --- | --- | --- |\n| カナリア段階の導入 | checkout | 2025年9月1日 |')[0]).toContain('its owner (checkout) and its due day (2025-09-01)');
    expect(followUps('## Actions correctives\n\n| Action | Responsable | Échéance |\n| --- | --- | --- |\n| Ajouter une étape canary | checkout | 1er septembre 2025 |')[0]).toContain('its due day (2025-09-01)');
  });
  test('items under German, French, Spanish and Japanese headings give their owner and due day in their own words', () => {
    expect(followUps('## Nächste Schritte\n\n- [ ] Canary-Stufe einführen (Verantwortlich: checkout, bis 01.09.2025)')[0]).toContain('"title: Canary-Stufe einführen", "owner: checkout", "due: 2025-09-01"');
    expect(followUps('## Prochaines étapes\n\n- [ ] Ajouter une étape canary (checkout, d\'ici le 1er septembre 2025)')[0]).toContain('"due: 2025-09-01"');
    expect(followUps('## Próximos pasos\n\n- [ ] Añadir una etapa canary (checkout, antes del 1 de septiembre de 2025)')[0]).toContain('"due: 2025-09-01"');
    expect(followUps('## 今後の対応\n\n- [ ] カナリア段階を導入する（担当: checkout、期限: 2025-09-01）')[0]).toContain('"title: カナリア段階を導入する", "owner: checkout", "due: 2025-09-01"');
  });
  test('days written in French, Japanese, with "le" or dashes are read', () => {
    expect(dayInOtherNotation('2025年9月1日')).toMatchObject({ day: '2025-09-01' });
    expect(dayInOtherNotation('le 9 juillet 2025')).toMatchObject({ day: '2025-07-09' });
    expect(dayInOtherNotation('9-Jul-2025')).toMatchObject({ day: '2025-07-09' });
    expect(dayInOtherNotation('1er septembre 2025')).toMatchObject({ day: '2025-09-01' });
  });
});

describe('timelines in other notations', () => {
  test('French, Spanish, Japanese and full-width clocks are read: past midnight and out of order are said', () => {
    expect(turningBack('- 17h49 : alerte\n- 17h55 : annulée\n- 17h52 : astreinte')[0]).toContain('the timeline\'s entry at 17:52 comes after one at 17:55');
    expect(turningBack('- 23 h 50 : alerte\n- 0 h 10 : annulée')[0]).toContain('if the clock passed midnight');
    expect(turningBack('| Hora | Evento |\n| --- | --- |\n| 11:50 p. m. | alerta |\n| 12:10 a. m. | revertida |')[0]).toContain('if the clock passed midnight');
    expect(turningBack('- 午後11時50分 アラート\n- 午前0時10分 切り戻し')[0]).toContain('the timeline\'s entry at 00:10 comes after one at 23:50'); // round 57: the Japanese clock is read on a 24-hour one
    expect(turningBack('| 時刻 | 内容 |\n| --- | --- |\n| ２３：５０ | アラート |\n| ００：１０ | 切り戻し |')[0]).toContain('if the clock passed midnight');
  });
  test('control: a duration and 3時間 are no clock; the French day in order is left', () => {
    expect(turningBack('- 2h 10m restart\n- 1h 05m drain')).toEqual([]);
    expect(turningBack('- 10h02–10h15 : erreurs\n- 10h20 : retour à la normale')).toEqual([]);
    expect(turningBack('- 3時間 停止')).toEqual([]);
  });
  test('T+ offsets out of order are said; in order, and T-, are left', () => {
    expect(turningBack('- T+0 Alert fired\n- T+5m Config reverted\n- T+3m On-call joined')).toEqual(['the timeline\'s entry at T+3m comes after one at T+5m (line 4), but is earlier after the start: the entries read out of order. | put the entries in the order they happened (move this one above T+5m).']);
    expect(turningBack('- T-4m Config pushed\n- T+0 Alert fired\n- T+3m On-call joined\n- T+1h05m Closed')).toEqual([]);
  });
  test('a span ending before it begins is said, and an entry after a span compared with its start', () => {
    expect(turningBack('- 10:15–10:02 Errors at checkout')[0]).toContain('the timeline\'s span 10:15–10:02 ends before it begins');
    expect(turningBack('- 10:15–10:02 Errors at checkout')[0]).toContain('write the earlier time first (10:02–10:15)');
    expect(turningBack('- 10:02 to 10:15 Errors\n- 10:01 Config pushed')[0]).toContain('the timeline\'s entry at 10:01 comes after one at 10:02');
    expect(turningBack('- 10:02–10:15 Errors\n- 10:05 Alert fired\n- 10:15 Config reverted')).toEqual([]);
    expect(turningBack('- 23:15-00:30 UTC Errors')).toEqual([]);
  });
  test('seconds are compared when both entries give them; a time to the minute beside one to the second is left', () => {
    expect(turningBack('| Time | Event |\n| --- | --- |\n| 17:49:30 | Alert |\n| 17:49:05 | Errors rose |')[0]).toContain('the timeline\'s entry at 17:49:05 comes after one at 17:49:30');
    expect(turningBack('- 17:55:08 UTC Service stopped\n- 17:55 UTC New process')).toEqual([]);
  });
});

describe('front matter in other languages and schemes', () => {
  test('a status and a visibility in German, French, Japanese are said with the value meant', () => {
    expect(checked(replacing('status: published', 'status: erledigt')).join('\n')).toContain('write status: published, the value here for what "erledigt" says');
    expect(checked(replacing('status: published', 'status: Résolu')).join('\n')).toContain('a state of the incident');
    expect(checked(replacing('status: published', 'status: 解決済み')).join('\n')).toContain('a state of the incident');
    const intern = checked(replacing('visibility: internal', 'visibility: intern')).join('\n');
    expect(intern).toContain('write visibility: internal');
    expect(intern).not.toContain('placeholder');
  });
  test('a severity raised during the incident names its worst level', () => {
    expect(checked(replacing('severity: SEV-2', 'severity: "SEV-3 → SEV-2"')).join('\n')).toContain('which names 2 values (SEV-3, SEV-2), but severity holds one');
  });
  test('the date command\'s order (the year last) is read, not "no year"', () => {
    const found = checked(replacing('  started: 2025-07-08T17:45:00Z', '  started: Tue Jul 08 17:45:00 UTC 2025')).join('\n');
    expect(found).not.toContain('has no year');
    expect(found).toContain('2025-07-08T17:45:00Z');
  });
  test('an owner in another script is a name, two addresses are people, Équipe is a team\'s word', () => {
    const japanese = checked(replacing('    owner: checkout', '    owner: 決済チーム')).join('\n');
    expect(japanese).toContain('it is a name written in another script than the a-z, 0-9 and hyphens ids');
    expect(japanese).not.toContain('U+6C7A');
    expect(checked(replacing('    owner: checkout', '    owner: "ana@acme.example, ben@acme.example"')).join('\n')).toContain('is 2 e-mail addresses, people and not a team');
    expect(checked(replacing('    owner: checkout', '    owner: "Équipe Paiements"')).join('\n')).not.toContain('looks like a person\'s name');
  });
  test('a link field holding two addresses, or a ticket\'s key in brackets, says so', () => {
    const link = (value: string) => replacing('    verification: CI rejects a pool of 8.', `    verification: CI rejects a pool of 8.\n    link: ${value}`);
    expect(checked(link('"https://jira.acme.example/browse/OPS-12, https://jira.acme.example/browse/OPS-13"')).join('\n')).toContain('holds 2 addresses, but the field holds one link: write the first, "https://jira.acme.example/browse/OPS-12"');
    expect(checked(link('"[OPS-12]"')).join('\n')).toContain('"[OPS-12]" is a ticket\'s key in brackets, not its address');
  });
});

describe('bodies', () => {
  test('full-width <Internal> tags are said, an error in a public post', () => {
    const body = '＜Internal＞Ana Lopez was paged.＜/Internal＞';
    expect(checked(adding(body)).join('\n')).toContain('is written with full-width angle brackets (＜ U+FF1C and ＞ U+FF1E');
    expect(checked(both(publicPost, adding(body))).some((line) => line.startsWith('error body/foreign-markup'))).toBe(true);
  });
  test('<Internal> in a link\'s address is said on either site; a wiki link with a colon is said', () => {
    const found = placement(checked(adding('See [the runbook](<Internal>https://wiki.corp.acme.example/pool</Internal>).')));
    expect(found[0]).toContain('<Internal> holds a link\'s address ([the runbook](…)): Markdown takes no tag there, so no link is made');
    expect(found[0]).toContain('<Internal>[the runbook](https://wiki.corp.acme.example/pool)</Internal>');
    expect(checked(adding('See [[Runbook: pool sizes]] for the steps.')).join('\n')).toContain('[[Runbook: pool sizes]] is a wiki link');
  });
});
