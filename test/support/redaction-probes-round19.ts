/**
 * The nineteenth probe round's leaks (docs/redaction.md, "Nineteenth probe round"): the five
 * leaks the eighteenth round left (a full name of everyday words, a surname alone paged, a code
 * name with no sign of ownership, a possessive in a heading, a footnote label), and the places
 * the brief of this round named that no earlier table held: names in tables, alt text, link
 * titles, code fences, HTML comments, URLs with usernames, chat channels, host names, text in
 * other languages, names split by markup, look-alike letters and zero-width characters, names in
 * image file names. Text of our own writing; no list knows any name. Probes marked `org` are
 * judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound19: readonly LeakProbeWithOrganisation[] = [
  // What the eighteenth round left.
  p('a full name of everyday words acting', 'Will Price restarted the primary at 10:04.', 'Will Price'),
  p('a full name of everyday words paging a team', 'Rich Green paged the database team at 10:06.', 'Rich Green'),
  p('a full name of everyday words as incident commander', 'May Long was the incident commander.', 'May Long'),
  p('a full name of everyday words thanked with another', 'Thanks to Grant Hill and Rich Green for the quick rollback.', 'Rich Green'),
  p('a full name of everyday words beside a role', 'Grant Hill (SRE) failed over the database.', 'Grant Hill'),
  p('a full name of everyday words in apposition to a role', 'Bill Ward, our DBA, restored the backup at 11:10.', 'Bill Ward'),
  p('a surname alone paged after the full name', 'Thanks to Eric Case for the fix.\n\nCase was paged again at 10:05.', 'Case'),
  p('a code name before a system noun with no sign of ownership', 'The Zarnith service timed out at 10:02.', 'Zarnith'),
  p('a code name before a cluster', 'Writes to the Quorvane cluster stalled for twelve minutes.', 'Quorvane'),
  p('a possessive of a given name in a heading', "### Eirik's investigation\n\nThe replica was behind.", 'Eirik'),
  p('a possessive of a given name in a heading before notes', "## Solveig's notes from the bridge", 'Solveig'),
  p('a footnote label of a given name', 'The failover was manual.[^jorunn]\n\n[^jorunn]: From the bridge notes.', 'jorunn'),

  // Tables.
  p('a table cell saying who did it with "done by"', '| Time | Step |\n| --- | --- |\n| 10:04 | failover done by Sigrun |', 'Sigrun'),
  p('a table headed Contributor with a full name', '| Contributor | Area |\n| --- | --- |\n| Aslaug Brenne | database |', 'Aslaug Brenne'),
  p('a table headed "Handled by" with a handle', '| Alert | Handled by |\n| --- | --- |\n| disk full | vebjornh |', 'vebjornh'),
  p('a table headed Driver with a first name', '| Workstream | Driver |\n| --- | --- |\n| Comms | Haldor |', 'Haldor'),

  // Alt text.
  p("an image's alt text naming whose panel it is", "![Screenshot of Sigrun's Grafana panel](/img/panel.png)", 'Sigrun'),
  p("an image's alt text with two people at a whiteboard", '![Haldor and Aslaug at the whiteboard](/img/wb.png)', 'Haldor'),
  p("an image's alt text with a mention", '![Slack message from @vebjornh](/img/slack.png)', 'vebjornh'),

  // Link titles.
  p('a link title naming who wrote it up', 'See [the doc](https://docs.example.com/ledger "Written up by Sigrun Brenne").', 'Sigrun Brenne'),
  p('a link title of a full name and a date', 'See [the notes](https://docs.example.com/n "Haldor Brenne, 2 Dec").', 'Haldor Brenne'),

  // Code fences.
  p('whoami output in code', '```\n$ whoami\nsigrun.brenne\n```', 'sigrun.brenne'),
  p("a shell prompt's user in code", '```console\nvebjornh@ledger-db-01:~$ sudo systemctl restart ledger\n```', 'vebjornh'),
  p('an IRC line in code', '```\n[10:02] <haldorb> restarting the writer now\n```', 'haldorb'),
  p('a commit author line in code', '```\ncommit 3f2a9c1d\nAuthor: Aslaug Brenne <ab@example.com>\n```', 'Aslaug Brenne'),

  // HTML comments.
  p('an HTML comment asking someone', 'The failover was done by hand.\n<!-- ask Sigrun about the replica -->', 'Sigrun'),
  p('an HTML comment naming an owner handle', 'Rotate the keys.\n<!-- owner: vebjornh -->', 'vebjornh'),

  // URLs with usernames.
  p('a self-hosted GitLab profile', 'See [his branch](https://gitlab.example.com/haldor.brenne).', 'haldor.brenne'),
  p('an e-mail in a mailto link', 'Mail [the on-call](mailto:sigrun.brenne@example.com) with questions.', 'sigrun.brenne@example.com'),
  p('a Mastodon profile link', 'Posted at https://mastodon.social/@vebjornh earlier.', 'vebjornh'),
  p('a fediverse handle in prose', 'Reported by @vebjornh@fosstodon.org at 10:01.', 'vebjornh@fosstodon.org'),
  p('a Bluesky profile link', 'See https://bsky.app/profile/haldorb.bsky.social for the thread.', 'haldorb'),
  p('a Keybase profile link', 'Verified at https://keybase.io/haldorb before the rotation.', 'haldorb'),

  // Chat channels.
  p('a direct-message channel with a name', 'The first report came in #dm-sigrun at 10:01.', 'dm-sigrun'),
  p("a Slack channel of someone's team", 'Posted in #team-haldor-ledger for context.', 'team-haldor-ledger'),

  // Host names.
  p("a laptop's host name with the owner's name", 'The build ran on Haldors-MacBook-Pro at 10:12.', 'Haldors-MacBook-Pro'),
  p('a personal dev box under .local', 'It was reproduced on sigrun-devbox.local first.', 'sigrun-devbox.local'),
  p('an internal host on a public-looking domain in a URL', 'The dashboard is at https://grafana.ops.acme.io/d/lag.', 'grafana.ops.acme.io'),

  // Other languages.
  p('a name in German prose', 'Sigrun hat den Primärserver um 10:04 neu gestartet.', 'Sigrun'),
  p('a name thanked in French', 'Merci à Haldor Brenne pour le retour en arrière.', 'Haldor Brenne'),
  p('a name thanked in Spanish', 'Gracias a Aslaug por revertir el cambio.', 'Aslaug'),
  p('a name in Norwegian prose', 'Vebjørn startet databasen på nytt klokka 10:04.', 'Vebjørn'),

  // Split by markup.
  p('a name split by emphasis', 'Thanks to **Ei**rik for the rollback.', 'Ei**rik'),
  p('a name split by a span', 'Thanks to Si<span>grun</span> for the rollback.', 'Si<span>grun</span>'),
  p('a name split by a soft hyphen entity', 'Thanks to Hal&shy;dor Brenne for the rollback.', 'Hal&shy;dor Brenne'),

  // Look-alikes and zero-width characters.
  p('a name with a zero-width space', 'Thanks to Sig\u200Brun Brenne for the rollback.', 'Sig\u200Brun Brenne'),
  p('a name with a Cyrillic look-alike letter', 'Thanks to \u0405igrun Brenne for the rollback.', '\u0405igrun Brenne'),
  p('a name in full-width letters', 'Thanks to \uFF28\uFF41\uFF4C\uFF44\uFF4F\uFF52 for the rollback.', '\uFF28\uFF41\uFF4C\uFF44\uFF4F\uFF52'),
  p('a name with a word joiner', 'Thanks to Aslaug\u2060 Brenne for the rollback.', 'Aslaug\u2060 Brenne'),

  // Image file names.
  p("an image file named after a full name", '![lag graph](/img/sigrun-brenne-lag.png)', 'sigrun-brenne'),
  p("an image file named after someone's terminal", '![terminal](./screenshots/haldor_terminal.png)', 'haldor'),
  p('an image file "from" a handle', '<img src="/img/from-vebjornh.png" alt="lag graph" />', 'vebjornh'),

  // Headings, quotes, footnotes.
  p('a heading of notes from a first name', '## Notes from Sigrun\n\nThe replica lagged.', 'Sigrun'),
  p('a quotation signed with a dash in a blockquote', '> The replica is fine now.\n> — Aslaug', 'Aslaug'),
  p('a footnote naming who pointed it out', 'The lag began earlier.[^1]\n\n[^1]: As Haldor pointed out on the bridge.', 'Haldor'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound19: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound19: ReadonlySet<string> = new Set<string>([
  "a full name of everyday words beside a role",
  "a surname alone paged after the full name",
  "a possessive of a given name in a heading before notes",
  "a table headed Driver with a first name",
  "an image's alt text with two people at a whiteboard",
  "an image's alt text with a mention",
  "a shell prompt's user in code",
  "an IRC line in code",
  "a commit author line in code",
  "an HTML comment asking someone",
  "an HTML comment naming an owner handle",
  "an e-mail in a mailto link",
  "a Mastodon profile link",
  "a fediverse handle in prose",
  "a Bluesky profile link",
  "a Keybase profile link",
  "a direct-message channel with a name",
  "a Slack channel of someone's team",
  "a laptop's host name with the owner's name",
  "a personal dev box under .local",
  "an internal host on a public-looking domain in a URL",
  "a name split by emphasis",
  "a name split by a span",
  "a name split by a soft hyphen entity",
  "a name with a zero-width space",
  "a name with a Cyrillic look-alike letter",
  "a name in full-width letters",
  "a name with a word joiner",
  "an image file named after someone's terminal",
  "a heading of notes from a first name",
  "a quotation signed with a dash in a blockquote",
  "a footnote naming who pointed it out",
]);
