/**
 * The twenty-eighth probe round's leaks (docs/redaction.md, "Twenty-eighth probe round"): what
 * round 27 left in its "Limits" (an unknown word waited on or acting with no object, a handle in
 * an image's file name, apps and functions on shared platforms) and forms no earlier round tried:
 * YAML lists in a fence, `<details>`, Mermaid diagrams, badges, quoted commit messages, `git blame`
 * output, CODEOWNERS lines, escalation exports, crontab and SQL comments, stack traces through
 * home folders, quoted e-mail headers. Text of our own writing; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound28: readonly LeakProbeWithOrganisation[] = [
  // What round 27 left: waited on, acting with no object, an image's file name.
  p('an unknown word waited on to confirm', 'We were waiting on Quenby to confirm the failover.', 'Quenby'),
  p("an unknown word's approval waited for", "The deploy sat waiting for Ardwen's approval.", 'Ardwen'),
  p('an unknown word waited on to reply', 'Still waiting for Quenby to reply on the thread.', 'Quenby'),
  p("a handle in an image's file name at the console", '![](./ardwen-at-the-console.png)', 'ardwen'),
  p("a handle in an image's file name at the whiteboard", '![the plan](./img/qmarrow-at-whiteboard.jpg)', 'qmarrow'),

  // Apps and functions on shared platforms.
  p('a Cloud Functions host naming a region and a project', 'The webhook posts to https://europe-west1-quillan-ledger.cloudfunctions.net/settle.', 'europe-west1-quillan-ledger'),
  p('a Cloud Functions host of one label', 'Calls to quillan-hooks.cloudfunctions.net timed out.', 'quillan-hooks'),
  p("a Cloud Run service's direct URL", 'The relay at https://ledger-relay-x3k9q2mzfa-ew.a.run.app/health went red.', 'ledger-relay-x3k9q2mzfa-ew'),
  p("a Cloud Run service's URL by project number", 'We curled ledger-relay-482915736401.europe-west1.run.app by hand.', 'ledger-relay-482915736401'),
  p('a Lambda function URL', 'The sweeper is https://k3v9x2m4q8w7e6r5t1y0u2i3o4p5a6s7.lambda-url.eu-west-1.on.aws/ and it stalled.', 'k3v9x2m4q8w7e6r5t1y0u2i3o4p5a6s7'),
  p('an API Gateway stage', 'Calls to https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/settle failed.', 'a1b2c3d4e5'),
  p("a Vercel deployment's own address", 'Roll back to quillan-web-7fk2m9xq1-quillan.vercel.app if it fails.', 'quillan-web-7fk2m9xq1-quillan'),
  p("an Azure app's Kudu console", 'Open quillan-ledger.scm.azurewebsites.net and restart the site.', 'quillan-ledger'),
  p('a Vercel preview naming a branch and a scope', 'The preview at quillan-web-git-fix-cache-qmarrow.vercel.app showed the bug.', 'quillan-web-git-fix-cache-qmarrow'),
  p('a staging site on Netlify', 'Compare with https://quillan-staging.netlify.app/ first.', 'quillan-staging'),
  p('an admin app on Fly', 'The queue UI at quillan-admin.fly.dev was down too.', 'quillan-admin'),
  p("a Fly app's private address", 'The worker dialled ledger-writer.flycast:8080 and hung.', 'ledger-writer.flycast'),

  // Forms no earlier round tried.
  p('a YAML list of responders in a fence', '```yaml\nresponders:\n  - name: Quenby Marrick\n    role: incident commander\n```', 'Quenby Marrick'),
  p("a nested YAML owner's handle in a fence", '```yaml\nservice: ledger\nowner:\n  primary: qmarrow\n```', 'qmarrow'),
  p("a details element's summary naming who acted", '<details>\n<summary>What Quenby Marrick ran</summary>\n\nThe restart.\n\n</details>', 'Quenby Marrick'),
  p('a Mermaid sequence participant', '```mermaid\nsequenceDiagram\n  participant Quenby\n  Quenby->>Ledger: restart writer\n```', 'Quenby'),
  p('a Mermaid participant with an alias', '```mermaid\nsequenceDiagram\n  participant QM as Quenby Marrick\n  QM->>DB: failover\n```', 'Quenby Marrick'),
  p("a linked badge's alt text", '[![on call: qmarrow](https://img.shields.io/badge/on--call-qmarrow-red)](https://example.com/rota)', 'qmarrow'),
  p('a quoted revert message', 'The change was "Reverted by qmarrow in #4521".', 'qmarrow'),
  p('a quoted revert message with a full name', '> Revert "tune pool" — reverted by Quenby Marrick', 'Quenby Marrick'),
  p('git blame output in a fence', '```\n3f9c2a1d (Quenby Marrick 2025-03-01 10:02:11 +0000 42)   pool_size = 4\n```', 'Quenby Marrick'),
  p('a CODEOWNERS line with a team and a person', '```\n/ledger/ @quillan/ledger-team @qmarrow\n```', 'qmarrow'),
  p('an escalation export in CSV', '```csv\nlevel,target,delay\n1,Quenby Marrick,5\n2,Ardwen Tollisk,15\n```', 'Quenby Marrick'),
  p('an Opsgenie escalation rule in a list', '- Escalate to Ardwen Tollisk after 10 minutes', 'Ardwen Tollisk'),
  p('a crontab comment naming its owner', '```\n# owner: qmarrow -- ping before changing\n*/5 * * * * /opt/ledger/sweep.sh\n```', 'qmarrow'),
  p('a SQL comment naming who ran it', '```sql\n-- run by Quenby Marrick at 10:12\nUPDATE ledger SET frozen = false;\n```', 'Quenby Marrick'),
  p('a Linux home folder in a stack trace', '```\n  File "/home/qmarrow/ledger/sweep.py", line 40, in run\n```', 'qmarrow'),
  p('a Windows user folder in a stack trace', '```\n   at Ledger.Sweep() in C:\\Users\\qmarrow\\src\\Ledger\\Sweep.cs:line 40\n```', 'qmarrow'),
  p('a macOS home folder in a log line', 'The panic pointed at /Users/ardwen.tollisk/go/src/ledger/main.go:88.', 'ardwen.tollisk'),
  p("a quoted e-mail's From header", '> From: Quenby Marrick\n> Subject: ledger is frozen', 'Quenby Marrick'),
  p("a quoted e-mail's To header with a handle", '```\nTo: qmarrow@quillan.io\nSubject: Re: writer stuck\n```', 'qmarrow'),
  p('a Jira-style transition in a timeline', '- 10:14 qmarrow changed the status to In Progress', 'qmarrow'),
  p("a reviewer in a merge request's approval line", 'Approved by Ardwen Tollisk, merged at 10:20.', 'Ardwen Tollisk'),

  p('an escalation export in JSON', '```json\n{"escalation_rules": [{"targets": [{"type": "user_reference", "summary": "Quenby Marrick"}]}]}\n```', 'Quenby Marrick'),
  p('an ls -l listing with a personal owner', '```\n-rw-r--r-- 1 qmarrow staff 4096 Mar  1 10:02 sweep.py\n```', 'qmarrow'),
  p('a ps listing with a personal user', '```\nUSER       PID %CPU COMMAND\nqmarrow   4123  9.5 python sweep.py\n```', 'qmarrow'),
  p("sudo's log line naming who ran it", '```\nsudo: qmarrow : TTY=pts/0 ; PWD=/opt/ledger ; USER=root ; COMMAND=/bin/systemctl restart ledger\n```', 'qmarrow'),
  p("sshd's accepted login", '```\nAccepted publickey for qmarrow from 10.0.4.7 port 51234 ssh2\n```', 'qmarrow'),
  p("last's login record", '```\nqmarrow  pts/0        10.0.4.7         Sat Mar  1 10:02   still logged in\n```', 'qmarrow'),
  p('a SQL grant to a personal role', '```sql\nGRANT SELECT ON ledger TO qmarrow;\n```', 'qmarrow'),
  p("a crontab's mail address", '```\nMAILTO=qmarrow\n*/5 * * * * /opt/ledger/sweep.sh\n```', 'qmarrow'),
  p("a workflow's actor condition", "```yaml\nif: github.actor == 'qmarrow'\n```", 'qmarrow'),
  p("id's output for a person", '```\nuid=1001(qmarrow) gid=1001(qmarrow) groups=1001(qmarrow),27(sudo)\n```', 'qmarrow'),
  p('a Mermaid participant with a one-word alias', '```mermaid\nsequenceDiagram\n  participant Q as Quenby\n  Q->>DB: failover\n```', 'Quenby'),
  p("an e-mail's Cc header with a given name", '> Cc: Ardwen <a@quillan.io>\n> Subject: writer stuck', 'Ardwen'),

  p("an SQL comment addressed to a name", '```sql\n-- Quenby: rerun after the restore\nUPDATE ledger SET frozen = false;\n```', 'Quenby'),
  p("a crontab comment signed with a handle and a date", '```\n# qmarrow 2025-03-01: disabled until the migration\n# */5 * * * * /opt/ledger/sweep.sh\n```', 'qmarrow'),

  // Lines a cue missed, found by bringing every cue guard under the cue-implication test.
  p('a code name we refer to as so', 'The ledger, which we refer to as Quellspire, stalled at 10:02.', 'Quellspire'),
  p("Ansible's remote user in an environment variable", '```\nREMOTE_USER=qmarrow ansible-playbook site.yml\n```', 'qmarrow'),
  p("Ansible's user in capitals", '```yaml\nANSIBLE_USER: qmarrow\n```', 'qmarrow'),
  p("a reference definition's title of a full name and a role", "[graph]: https://example.com/g.png 'Zorvik Quellane, SRE'", 'Zorvik Quellane'),

  // Still published (docs/redaction.md, "Limits").
  p('an unknown word with no object in the perfect', 'By then Quenby has restarted.', 'Quenby'),
  p('an unknown word investigating with no object', 'Ardwen is investigating.', 'Ardwen'),
  p('an unknown word waited on alone', 'We are waiting on Quenby.', 'Quenby'),
  p("a table's header cell above what people did", '| Quenby | Ledger |\n|---|---|\n| paged | restarted |', 'Quenby'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound28: ReadonlySet<string> = new Set<string>([
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound28: ReadonlySet<string> = new Set<string>([
  'a YAML list of responders in a fence',
  "a nested YAML owner's handle in a fence",
  "a details element's summary naming who acted",
  'a Mermaid sequence participant',
  'a Mermaid participant with an alias',
  "a linked badge's alt text",
  'a quoted revert message',
  'a quoted revert message with a full name',
  'git blame output in a fence',
  'a CODEOWNERS line with a team and a person',
  'an Opsgenie escalation rule in a list',
  'a crontab comment naming its owner',
  'a SQL comment naming who ran it',
  'a Linux home folder in a stack trace',
  'a Windows user folder in a stack trace',
  'a macOS home folder in a log line',
  "a quoted e-mail's From header",
  "a quoted e-mail's To header with a handle",
  "a reviewer in a merge request's approval line",
  'an ls -l listing with a personal owner',
  "sudo's log line naming who ran it",
  "sshd's accepted login",
  "last's login record",
  'a SQL grant to a personal role',
  "id's output for a person",
  'a Mermaid participant with a one-word alias',
  "an e-mail's Cc header with a given name",
]);

/**
 * Ordinary public sentences written the same way: systems waited on, public sites on shared
 * platforms, public images, products in diagrams and badges, crontab and SQL comments of things.
 */
export const notPeopleRound28: readonly (readonly [string, string])[] = [
  ['a system waited on to recover', 'We were waiting on Postgres to recover.'],
  ['a vendor waited on to confirm', "We were waiting on AWS to confirm the root cause."],
  ["a release's approval waited for", "The deploy sat waiting for the release manager's approval."],
  ['a public site on Netlify', 'The docs at https://quillan-docs.netlify.app/ stayed up.'],
  ['a public site on Vercel', 'The status page at quillan-status.vercel.app stayed up.'],
  ['a public app on Fly', 'The demo at https://ledger-demo.fly.dev/ was unaffected.'],
  ['a public app on Heroku by its new address', 'The page at https://quillan-notices-4f7a9c2e1b3d.herokuapp.com/ stayed up.'],
  ['a public production site on Vercel with a hyphen', 'The shop at quillan-web-shop.vercel.app stayed up.'],
  ['a public site on Cloudflare Pages', 'See https://quillan.pages.dev/ for the notice.'],
  ['an image of a console screen', '![](./console-at-peak.png)'],
  ['an image of a dashboard at a time', '![the graph](./img/latency-at-whiteboard-scale.png)'],
  ['a Mermaid flow of systems', '```mermaid\nsequenceDiagram\n  participant Ledger\n  Ledger->>Postgres: write\n```'],
  ['a build badge', '[![build](https://img.shields.io/badge/build-passing-green)](https://example.com/ci)'],
  ['a quoted revert message of a bot', 'The change was "Reverted by dependabot in #4521".'],
  ['code comments opening with a word', '```\n# Note: rerun after the restore\n# Redis: flush first\n// Warning: slow\n```'],
  ['a crontab comment signed by a system account', '```\n# root 2025-03-01: rotated the logs\n0 3 * * * /opt/ledger/rotate.sh\n```'],
  ['a crontab comment of a job', '```\n# rotate the ledger logs nightly\n0 3 * * * /opt/ledger/rotate.sh\n```'],
  ['a SQL comment of a step', '```sql\n-- unfreeze the ledger after the restore\nUPDATE ledger SET frozen = false;\n```'],
  ['a home folder of a service account', '```\n  File "/home/ubuntu/ledger/sweep.py", line 40, in run\n```'],
  ['an e-mail header of a list', '> From: Ledger Alerts\n> Subject: ledger is frozen'],
  ['a status change by a bot in a timeline', '- 10:14 the bot changed the status to In Progress'],
  ['a service we refer to by its public name', 'The ledger, which we refer to as Postgres, stalled.'],
  ['an escalation to a team', '- Escalate to the database team after 10 minutes'],
  ['a details element of a step', '<details>\n<summary>What we ran</summary>\n\nThe restart.\n\n</details>'],
];
