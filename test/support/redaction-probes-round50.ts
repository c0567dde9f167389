/**
 * The probe round 50's leaks (docs/redaction.md, "Probe round 50"): what round 49 left published
 * (a bold speaker before a bracketed time, someone's dashboard in alt text, a katakana @-mention, a
 * German task item's surname, `acknowledged_by` in a one-line payload, an on-call line with a role in
 * brackets, the account a job runs as, "[Diff by …]", a person's own site) and home folders named
 * by a word, in new sentences, and the shapes of retros of collections no round read before (a
 * template's Owner column of lower-case given names, a Portuguese "Campo | Descrição" table, HTML
 * headings and alt text, a Jekyll front matter's author, a blog credit linking the author's own
 * site, a numbered bold timeline), in English, Spanish, Portuguese, French, German, Italian, Dutch,
 * Polish, Russian, Japanese, Korean and Chinese. Text of our own writing, with coined names; no list
 * knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound50: readonly LeakProbeWithOrganisation[] = [
  // Round 49's leftovers in new sentences.
  p('a bold handle before a time in square brackets', '**kovarik** [14:02]: restarting the pods', 'kovarik'),
  p('a bold name before a time in brackets in a quote', '> **Drummoth** (02:41): failing over to the replica', 'Drummoth'),
  p('a handle after "dashboard of" in alt text', '![Grafana dashboard of mbelcourt](img/grafana.png)', 'mbelcourt'),
  p("a name's possessive board in alt text", "![Quillane's latency board at 03:00](img/lat.png)", 'Quillane'),
  p('a handle after "screenshot from" in prose', 'The screenshot from tvarnedge shows the spike.', 'tvarnedge'),
  p('ja: a katakana mention before さん', '@ドルヴァン さんが再起動しました', 'ドルヴァン'),
  p('ko: a Hangul mention', '@김도윤 님이 롤백했습니다', '김도윤'),
  p('ru: a Cyrillic mention in a list', '- Ответственный: @вельмаров', 'вельмаров'),
  p('de: a task item of a surname before an infinitive', '- [ ] Brandtmeier: Zertifikat erneuern', 'Brandtmeier'),
  p('de: a checked task item of a surname', '- [x] Kollmanner: Dashboard anpassen', 'Kollmanner'),
  p('an acknowledging handle of words in a JSON line', '```json\n{"alert": "DiskFull", "acknowledged_by": "hartwood"}\n```', 'hartwood'),
  p('a resolving handle in a YAML payload', '```yaml\nresolved_by: stonequist\n```', 'stonequist'),
  p('an on-call line with a role in brackets', '```\nOn-call: quendrik (primary), vaskelund (secondary)\n```', 'vaskelund'),
  p('an on-call line in prose with a role', 'On call this week: quendrik (primary)', 'quendrik'),
  p('the account a service runs as, in a code span', 'The exporter runs as `velmark` on every node.', 'velmark'),
  p('the account a cron job ran as, quoted', 'The cron job ran as "bellgrove" until the fix.', 'bellgrove'),
  p('a handle after "by" in a link text', 'See [Diff by holvrin](https://github.com/acme/ledger/pull/3).', 'holvrin'),
  p('a name after "by" in a link text', 'See [Notes by Tarvenne](https://wiki.example.com/n/12).', 'Tarvenne'),
  p("a repository and a site named after the post's author", 'Written by Dan Quellby.\n\nSource: https://github.com/danquellby/post-mortems and https://danquellby.com/', 'danquellby'),
  p('the site of a speaker named after them', '> **orlanquist**: the lag is back\n\nHis notes: https://orlanquist.net/queues/', 'orlanquist'),
  p('a home folder of a given name that is a word (Linux)', 'Copied to /home/ana/backup.tar before the upgrade.', 'ana'),
  p('a home folder of a given name that is a word (Windows)', 'The key was in `C:\\Users\\mark\\.ssh\\id_rsa`.', 'mark'),
  p('a home folder of a given name that is a word (macOS)', 'The script at `/Users/grant/bin/deploy.sh` ran twice.', 'grant'),
  p('a home folder of a service account named by a word', '```\n-rw-r--r-- 1 4096 /home/dashboard/.env\n```', 'dashboard'),
  // New shapes, English.
  p('a template Owner column of a lower-case given name', '| Action Item | Type | Owner |\n| --- | --- | --- |\n| Update the playbook | mitigate | orwenna |', 'orwenna'),
  p('an HTML heading of a byline', '<h2>Notes by Dravelin Kosk</h2>', 'Dravelin Kosk'),
  p('an HTML image alt of a name', '<img src="img/a.png" alt="Pellinor Vask at the rack"/>', 'Pellinor Vask'),
  p('a pasted Jekyll front matter author', '---\nlayout: post\nauthor: "Fernwick Calloway"\n---', 'Fernwick Calloway'),
  p("a theme credit linking the author's site", 'A fork of a theme by [Tovar Quillan](https://tovarquillan.com/).', 'Tovar Quillan'),
  p('a numbered bold timeline step of a name acting', '**3. Korvath found the duplicate profiles.**', 'Korvath'),
  p('a footnote of a name', 'The lag returned.[^1]\n\n[^1]: Spotted by Ulvenna on the dashboard.', 'Ulvenna'),
  p('a signature of an initial and a surname', 'Regards,\nT. Brackwell', 'Brackwell'),
  p('a Reviewed-by trailer in code', '```\nReviewed-by: Osric Felldane <osric@example.org>\n```', 'Osric Felldane'),
  p('a Signed-off-by trailer in code', '```\nSigned-off-by: Maelis Trevorrow <mt@example.org>\n```', 'Maelis Trevorrow'),
  p('a Co-authored-by trailer of a handle', '```\nCo-authored-by: quarnby <quarnby@users.noreply.github.com>\n```', 'quarnby'),
  p('a rota line of a handle', '- Week 19: @drelvane (primary), @kostabel (backup)', 'kostabel'),
  p('a PagerDuty payload in code', '```json\n{"incident": {"assignee": {"summary": "Hennika Vosk"}}}\n```', 'Hennika Vosk'),
  p('an alert annotation of a runbook owner', '```yaml\nannotations:\n  runbook_owner: trevelyanq\n```', 'trevelyanq'),
  p('an image file name of a name and a dashboard', '![Lag](img/orsolya-vantreck-dashboard.png)', 'orsolya-vantreck'),
  p('a heading of a call with a name', '## Call with Brannagh at 03:10', 'Brannagh'),
  p('a code span of a handle in a chat quote', '> `varnholt`: rolling back now', 'varnholt'),
  p('a link text of a full name to a profile', 'Thanks to [Ilvane Morsk](https://github.com/imorsk) for the patch.', 'Ilvane Morsk'),
  p('a table of responders with a handle column', '| Responder | Handle |\n| --- | --- |\n| SRE | @tolvanik |', 'tolvanik'),
  p('an SQL grant to a user named by a word', '```sql\nGRANT SELECT ON ledger TO maria;\n```', 'maria'),
  // Other languages.
  p('pt: a Campo | Descrição table of a responsible', '| Campo | Descrição |\n| --- | --- |\n| Responsável | Joaquina Trevas |', 'Joaquina Trevas'),
  p('pt: an emoji heading and a name acting', '## 🛠️ Correção\n\nReinhilda reiniciou o deployment às 03:12.', 'Reinhilda'),
  p('pt: thanks', 'Obrigado ao Tavarnel pela análise dos logs.', 'Tavarnel'),
  p('es: an action item of a name with "va a"', '- Velarmo va a añadir una alerta de disco.', 'Velarmo'),
  p('es: a chat speaker', '> **Ulloquin:** reinicio el balanceador', 'Ulloquin'),
  p('fr: a responsible label in a table', '| Action | Responsable |\n| --- | --- |\n| Ajouter une alerte | Gwenolé Kervarec |', 'Gwenolé Kervarec'),
  p('fr: a name acting in the past', 'Kervarec a redémarré la base à 03:12.', 'Kervarec'),
  p('de: a name acting in the perfect', 'Brandtmeier hat den Dienst neu gestartet.', 'Brandtmeier'),
  p('de: a responsible label in bold', '**Verantwortlich:** Kollmanner', 'Kollmanner'),
  p('it: an action item with "deve"', '- Brambillo deve aggiornare il runbook.', 'Brambillo'),
  p('it: a name acting in the past', 'Ferrandino ha riavviato il nodo alle 03:12.', 'Ferrandino'),
  p('nl: thanks', 'Dank aan Hendrikszoon voor de analyse.', 'Hendrikszoon'),
  p('pl: a name acting in the past', 'Wojtaszczyk zrestartował klaster o 03:12.', 'Wojtaszczyk'),
  p('ja: a name before さん in prose', 'ケルヴァンさんがロールバックしました。', 'ケルヴァン'),
  p('zh: a responsible label', '负责人：王志远', '王志远'),
  p('ru: a name acting in a timeline', '- 03:12 — Вельмаров перезапустил кластер', 'Вельмаров'),
];

/** The kinds of the probes found before the round's rules (measured on `7d25bf88`). */
export const foundBeforeRound50: ReadonlySet<string> = new Set<string>([
  'a handle after "screenshot from" in prose',
  'ko: a Hangul mention',
  'ru: a Cyrillic mention in a list',
  'de: a checked task item of a surname',
  'de: a task item of a surname before an infinitive',
  'a name after "by" in a link text',
  'the site of a speaker named after them',
  "a repository and a site named after the post's author",
  'a template Owner column of a lower-case given name',
  'an HTML heading of a byline',
  'an HTML image alt of a name',
  'a pasted Jekyll front matter author',
  "a theme credit linking the author's site",
  'a numbered bold timeline step of a name acting',
  'a footnote of a name',
  'a signature of an initial and a surname',
  'a Reviewed-by trailer in code',
  'a Signed-off-by trailer in code',
  'a Co-authored-by trailer of a handle',
  'a rota line of a handle',
  'a PagerDuty payload in code',
  'an image file name of a name and a dashboard',
  'a heading of a call with a name',
  'a link text of a full name to a profile',
  'a table of responders with a handle column',
  'pt: a Campo | Descrição table of a responsible',
  'pt: an emoji heading and a name acting',
  'pt: thanks',
  'es: an action item of a name with "va a"',
  'es: a chat speaker',
  'fr: a responsible label in a table',
  'fr: a name acting in the past',
  'de: a responsible label in bold',
  'it: an action item with "deve"',
  'it: a name acting in the past',
  'nl: thanks',
  'pl: a name acting in the past',
  'ja: a name before さん in prose',
  'zh: a responsible label',
  'ru: a name acting in a timeline',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound50: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak (each published on `7d25bf88`). */
export const fieldProbesRound50: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'The exporter runs as `velmark` on every node', 'velmark'],
  ['summary', 'The exporter runs as `velmark` and filled the disk of /home/ana/.', 'ana'],
  ['timeline', 'The dashboard of mbelcourt shows the lag', 'mbelcourt'],
  ['action', 'Rotate the key in /Users/grant/.ssh/', 'grant'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound50: readonly (readonly [string, string])[] = [
  ['a home folder of a system account', 'Copied to /home/ubuntu/backup.tar.'],
  ['a placeholder home folder', 'Put it in `/home/your_username/.config`.'],
  ['a Windows home folder placeholder', 'The file is in `C:\\Users\\<user>\\AppData`.'],
  ['the shared macOS folder', 'The installer writes to /Users/Shared/app.'],
  ['a service running as root', 'The exporter runs as `root` on every node.'],
  ['a process running as expected', 'The job runs as expected after the fix.'],
  ['a dashboard of a public product', '![Grafana dashboard of Kafka lag](img/kafka.png)'],
  ['a dashboard of English words', '![Dashboard of queue depth](img/q.png)'],
  ['a link text by a public product', 'See [Charts by Grafana](https://grafana.com/docs/).'],
  ['an on-call line of a team', 'On-call: the payments team (primary)'],
  ['a payload key of a bot', '```json\n{"acknowledged_by": "dependabot"}\n```'],
  ['a payload key of an English word', '```json\n{"resolved_by": "automation"}\n```'],
  ['an @-mention of a Latin word is no other script', 'Ping @here when done.'],
  ['a site of a public product', 'See https://grafana.com/docs/ for the panels.'],
  ['a database role named by a word', '```sql\nGRANT ALL ON ledger TO readonly;\n```'],
];
