/**
 * The probe round 40b's leaks (docs/redaction.md, "Probe round 40b"): people and internal machines
 * inside fenced code blocks and indented blocks, written the ways the collections of
 * `/work/corpora` paste logs into reports: an IRC or chat log, a shell session's prompts, `git log`
 * output, `who` and `last` output, `ssh user@host`, `kubectl` output naming nodes, journal lines
 * with their host, and machines named by coined words with only a sentence around them. Text of
 * our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });
/** A probe's lines inside a fenced block of the given language. */
const fenced = (lang: string, ...lines: string[]) => ['Here is the log:', '', '```' + lang, ...lines, '```'].join('\n');
/** A probe's lines as an indented block after a paragraph. */
const indented = (...lines: string[]) => ['Here is the log:', '', ...lines.map((l) => `    ${l}`)].join('\n');

export const leakProbesRound40b: readonly LeakProbeWithOrganisation[] = [
  // An IRC or chat log pasted in a fenced block.
  p('an IRC speaker in a text fence', fenced('text', '14:32 <vornakel> anyone seen the array go read-only?'), 'vornakel'),
  p('an IRC addressee in a text fence', fenced('text', '14:35 <vornakel> tz: is it mounted now?'), 'tz'),
  p('an IRC speaker in a plain fence', fenced('', '[14:36] <brannoch> mounted it again with mount -a'), 'brannoch'),
  p('an IRC speaker with seconds in a fence', fenced('text', '14:36:12 <hadrics> the raid is degraded'), 'hadrics'),
  p('an IRC speaker in an indented block', indented('14:32 <vornakel> anyone seen the array go read-only?'), 'vornakel'),
  p('a bracketed time and a speaker with a colon in a fence', fenced('text', '[14:32] ysolde: the pool is back'), 'ysolde'),
  p('an IRC join line in a fence', fenced('text', '14:30 -!- corvelm [~corvelm@ysgol.example.net] has joined #ops'), 'corvelm'),
  p('an IRC action line in a fence', fenced('text', '14:31 * tavishm restarts the bouncer'), 'tavishm'),
  p('a chat export speaker in a fence', fenced('text', 'oriana [9:14 AM]', 'the deploy is stuck'), 'oriana'),
  // A shell session's prompts.
  p('a shell prompt user in a fence', fenced('console', 'kestrelm@build3:~$ sudo systemctl restart runner'), 'kestrelm'),
  p('a shell prompt host in a fence', fenced('console', 'root@thunderlake:/var/lib/docker# docker ps'), 'thunderlake'),
  p('a shell prompt user in a bash fence', fenced('bash', 'tavishm@hadrix:~/src$ git pull'), 'tavishm'),
  p('a shell prompt host in an indented block', indented('root@paphor:~# zpool status'), 'paphor'),
  p('a shell prompt user in brackets in a fence', fenced('', '[ysolde@vornak-db1 ~]$ df -h'), 'ysolde'),
  // git log output.
  p('a git log author in a fence', fenced('', 'commit 3f1c2a9', 'Author: Oriana Velasquez <oriana@example.org>', 'Date:   Tue Mar 3 14:02:11 2026 +0100'), 'Oriana Velasquez'),
  p('a signed-off-by line in a fence', fenced('', '    Fix the pool import order', '', '    Signed-off-by: Tavish Morrow <tmorrow@example.org>'), 'Tavish Morrow'),
  p('a git log author in an indented block', indented('commit 3f1c2a9', 'Author: Brannoch Hale <bhale@example.org>'), 'Brannoch Hale'),
  p('a oneline git log author in a fence', fenced('', '3f1c2a9 2026-03-03 Ysolde Kerrigan  Fix the pool import order'), 'Ysolde Kerrigan'),
  p('a co-authored-by line in a fence', fenced('', 'Co-authored-by: Hadric Stone <hadric@example.org>'), 'Hadric Stone'),
  // who and last output.
  p('who output in a fence', fenced('', '$ who', 'vornakel pts/0        2026-03-03 14:02 (10.0.4.12)'), 'vornakel'),
  p('last output in a fence', fenced('', '$ last -n 2', 'brannoch pts/1        10.0.4.17        Tue Mar  3 14:02   still logged in'), 'brannoch'),
  // ssh user@host.
  p('an ssh login in a fence', fenced('sh', 'ssh tavishm@paphor'), 'paphor'),
  p('an ssh login user in a fence', fenced('sh', 'ssh corvelm@build3.example.net'), 'corvelm'),
  p('an ssh jump in a fence', fenced('sh', 'ssh -J admin@thunderlake root@10.0.4.12'), 'thunderlake'),
  // kubectl output naming nodes.
  p('kubectl get nodes output in a fence', fenced('', 'NAME          STATUS     ROLES    AGE   VERSION', 'thunderlake   NotReady   <none>   91d   v1.29.3'), 'thunderlake'),
  p('kubectl pods output with a node column in a fence', fenced('', 'NAME        READY   STATUS    NODE', 'api-7d9f    1/1     Running   hadrix'), 'hadrix'),
  p('a describe node line in a fence', fenced('', 'Node:         paphor/10.0.4.12'), 'paphor'),
  // journalctl lines with hostnames.
  p('a journal line host in a fence', fenced('', 'Mar 03 14:02:11 thunderlake kernel: ata3.00: failed command: READ FPDMA QUEUED'), 'thunderlake'),
  p('a syslog line host in an indented block', indented('Mar 03 14:02:11 paphor sshd[812]: Accepted publickey for root'), 'paphor'),
  p('a journal line user in a fence', fenced('', 'Mar 03 14:02:11 build3 sshd[812]: Accepted publickey for kestrelm from 10.0.4.12 port 51122'), 'kestrelm'),
  p('a journal line sudo user in a fence', fenced('', 'Mar 03 14:03:40 build3 sudo[901]:  brannoch : TTY=pts/0 ; PWD=/home/brannoch ; USER=root ; COMMAND=/usr/bin/zpool import'), 'brannoch'),
  // Machines named by coined words with only a sentence around them.
  p('a coined machine after "in question is"', 'The box in question is paphor, the older of the two.', 'paphor'),
  p('a coined machine after "a disk error on"', 'We saw a disk error on thunderlake at 03:10.', 'thunderlake'),
  p('a coined machine after "rebooted"', 'We rebooted hadrix twice before the array came back.', 'hadrix'),
];

/** The probes the guard found before the round (measured on the commit before it). */
export const foundBeforeRound40b: ReadonlySet<string> = new Set<string>([
  'an IRC speaker in a text fence',
  'an IRC speaker in a plain fence',
  'an IRC speaker with seconds in a fence',
  'an IRC speaker in an indented block',
  'a bracketed time and a speaker with a colon in a fence',
  'a chat export speaker in a fence',
  'a shell prompt user in a fence',
  'a shell prompt user in a bash fence',
  'a shell prompt user in brackets in a fence',
  'a git log author in a fence',
  'a signed-off-by line in a fence',
  'a git log author in an indented block',
  'a co-authored-by line in a fence',
  'who output in a fence',
  'last output in a fence',
  'an ssh login in a fence',
  'an ssh login user in a fence',
  'a journal line user in a fence',
  'a journal line sudo user in a fence',
]);

/** The probes still published after the round (docs/redaction.md, "Limits"); the one-line `git log` and the `NODE` column are found since probe round 41, the machine in question and the machine rebooted since probe round 42. */
export const stillPublishedRound40b: ReadonlySet<string> = new Set<string>([
  'a coined machine after "a disk error on"',
]);

/** Public text in the same shapes: placeholders, defaults, domains, public products and words. */
export const notLeaksRound40b: readonly (readonly [string, string])[] = [
  ["a placeholder prompt", fenced('console', 'user@host:~$ ls -la')],
  ['a prompt on localhost', fenced('console', 'root@localhost:~# uptime')],
  ["a cloud's default machine name in a prompt", fenced('console', 'ubuntu@ip-172-31-0-12:~$ df -h')],
  ["a container's id in a prompt", fenced('console', 'root@3f2a1b9c4d5e:/app# ls')],
  ['a placeholder server in a bracketed prompt', fenced('', '[admin@server ~]$ sudo reboot')],
  ['a public distribution in a prompt', indented('pi@raspberrypi:~ $ vcgencmd measure_temp')],
  ['a syslog line on localhost', fenced('', 'Mar 03 14:02:11 localhost kernel: eth0: link is up')],
  ['an ISO journal line of a placeholder host', fenced('', '2026-03-03T14:02:11+00:00 myhost systemd[1]: Started Daily apt upgrade.')],
  ['a login to a placeholder', fenced('sh', 'scp backup.tar.gz user@server:/tmp/')],
  ['a login to a placeholder host', fenced('sh', 'ssh -i key.pem admin@host')],
  ["minikube's node", fenced('', 'NAME       STATUS   ROLES           AGE   VERSION', 'minikube   Ready    control-plane   3d    v1.29.3')],
  ["kind's node", fenced('', 'kind-control-plane   Ready    control-plane   5m    v1.30.0')],
  ["kubectl's header alone", fenced('', 'NAME   STATUS   ROLES   AGE   VERSION')],
  ['a timed chat action of a word', fenced('text', '14:31 * the deploy finished')],
  ['a word joining a chat', fenced('text', '14:30 *** server has quit')],
  ['a prompt in prose, a placeholder', 'Run it as `user@host:~$ make`.'],
  ["a tutorial's numbered node", fenced('', 'worker2   NotReady   <none>   180d   v1.25.0')],
  ['a prompt with no host', fenced('console', '$ sudo systemctl restart nginx')],
  ['a log line of a public program', fenced('', 'Mar 03 14:02:11 nginx nginx[812]: worker process exited')],
];
