import { readWrittenTime, type WrittenTime } from './written-time.ts';
import { readDayFirstSpan, withSpanYear } from './day-span.ts';

/**
 * The first day a line of text writes, read word by word ("Checkout down on 12.1.2023", "Frontend
 * incident report - 05/07/2013"), for a report's title, file name, "Date:" line and metadata. A
 * number that only looks like a day is passed over: a version ("Update BBB 2.6.14 auf 2.6.16",
 * read as 2014-06-02 before import round 19; "PHP 8.1.12"; "v2.6.14"; "Node 1.12.22"), an IP address
 * ("10.1.12.15"), a ticket number ("INC-2021-05-17", "#2021-05-17").
 */
export function firstWrittenDay(text: string, year: number, options: { within?: number; accept?: (written: WrittenTime) => boolean } = {}): WrittenTime | undefined {
  const within = Math.min(text.length, options.within ?? text.length);
  for (let i = 0; i < within; i++) {
    if (i > 0 && /\w/.test(text[i - 1]) && /\w/.test(text[i])) continue;
    // "7–8 September 2026": a span inside one month opens on its first day, not on the day after "7–".
    const read = readDayFirstSpan(text.slice(i), year) ?? readWrittenTime(text.slice(i), { year });
    // "September 30 - October 2, 2026": the first day takes the year its span writes at its end.
    const written = withSpanYear(read, text.slice(i + read.consumed));
    if (!written.date || (options.accept && !options.accept(written))) continue;
    const start = i + (/^\s*/.exec(text.slice(i))?.[0].length ?? 0);
    if (numberNotDay(text.slice(0, start), text.slice(start, i + written.consumed), text.slice(i + written.consumed))) continue;
    return written;
  }
  return undefined;
}

/** Words a version follows: "Update BBB 2.6.14", "version 2.6.14", "Release 1.2.3". */
const versionWord = /(?:^|[^\p{L}])(?:v|ver|version|versions|release|releases|update|updates|upgrade|upgrades|patch|build|hotfix|rollback|downgrade)(?:\s+(?:to|auf|nach|from|von))?\s*$/iu;
/** The second of two versions: "2.6.14 auf 2.6.16", "1.2 → 1.3.4". */
const afterVersion = /\d+\.\d+(?:\.\d+)*\s*(?:auf|to|nach|→|->|=>|–|-)\s*v?$/i;
/** A ticket's key ("INC-", "OPS-"), not a document's kind ("RCA-2021-05-17.md"), or a number sign. */
const ticketKey = /(?:(?<![\p{L}\d])(?!(?:RCA|PIR|PM|IR|POSTMORTEM|INCIDENT|OUTAGE|REPORT)-)\p{Lu}[\p{Lu}\d]+-|#)$/u;
/** A product's name in capitals or with a digit right before the number: "BBB 2.6.14", "PHP 8.1.12", "K8s 1.2.24". */
const productName = /(?:^|\s)(?:\p{Lu}{2,}|\p{L}+\d[\p{L}\d]*)\s+$/u;
/**
 * Software written as a word, whose number is its version: "Node 1.12.22" (read as 2022-12-01
 * before import round 20), "Python 3.11.4", "Moodle 4.1.12". A word for what happened ("Ausfall
 * 2.6.14", "Wartung am 2.6.14") is none of them, and its number stays a day.
 */
const softwareName = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'node', 'node\\.js', 'nodejs', 'npm', 'yarn', 'deno', 'python', 'pip', 'django', 'ruby', 'rails', 'java', 'jdk', 'kotlin', 'scala', 'golang', 'rust', 'perl', 'elixir', 'erlang', 'dotnet', 'laravel', 'symfony', 'drupal', 'wordpress', 'joomla', 'typo3', 'moodle', 'nextcloud', 'owncloud', 'mastodon', 'jitsi', 'synapse', 'gitlab', 'gitea', 'jenkins', 'grafana', 'prometheus', 'kibana', 'elasticsearch', 'opensearch', 'logstash', 'kafka', 'zookeeper', 'rabbitmq', 'redis', 'memcached', 'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'cassandra', 'sqlite', 'nginx', 'apache', 'httpd', 'tomcat', 'haproxy', 'envoy', 'traefik', 'caddy', 'varnish', 'openssl', 'openssh', 'kubernetes', 'docker', 'containerd', 'helm', 'istio', 'terraform', 'ansible', 'puppet', 'vault', 'consul', 'nomad', 'ceph', 'linux', 'kernel', 'ubuntu', 'debian', 'centos', 'fedora', 'alpine', 'android', 'ios', 'macos', 'windows', 'chrome', 'chromium', 'firefox', 'safari', 'electron', 'react', 'angular', 'vue', 'webpack', 'keycloak', 'shibboleth', 'bigbluebutton', 'zabbix', 'nagios', 'icinga', 'proxmox', 'vmware', 'esxi', 'openstack', 'slurm', 'openshift', 'rancher', 'sentry', 'discourse', 'confluence', 'jira', 'bitbucket', 'firmware', 'bios', 'ios-xe', 'junos',
].join('|')})\\s+$`, 'iu');

/**
 * Whether `written` (the text a day was read from, between `before` and `after`) is a number of
 * another kind. A day written with dots and a two-digit year ("2.6.14") is a version when a
 * version word or a product's name comes before it, or another version after "auf", "to", "→".
 */
function numberNotDay(before: string, written: string, after: string): boolean {
  // Part of a longer number: an IP address ("10.1.12.15"), a version "2.6.14.1", the rest of a
  // number passed over ("#2021-05-17" is not 05-17 either).
  // (A time's fraction of a second, "…T14:34:29.489Z", is no more of the number.)
  if (/\d[.\-/]$/.test(before) || (/^\.\d/.test(after) && !/\d:\d{2}$/.test(written))) return true;
  if (ticketKey.test(before)) return true;
  if (!/^[*_`]*\d{1,2}\.\d{1,2}\.\d{1,2}[*_`]*$/.test(written.trim())) return false;
  return versionWord.test(before) || productName.test(before) || softwareName.test(before) || afterVersion.test(before) || /^\s*(?:auf|to|nach|→|->|=>|–|-)\s*v?\d+\.\d+/i.test(after);
}
