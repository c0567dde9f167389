import type { SearchConcept } from './search-concepts.ts';
/**
 * A responder's everyday words for a symptom a report states in a provider's or an engineer's
 * words (round 18 of docs/findability.md): "site was down" for "unavailable" / "could not
 * connect", "sluggish" for "elevated latency" / "performance degradation", "ran out of disk" for
 * "no space left", "kicked out" for "expired session", "mail bouncing" for "delivery failed".
 * Read as search concepts (src/lib/search-concepts.ts): one way only, and only when the report's
 * lead (title, summary, impact, start of the body) says the symptom, so a long review that
 * mentions latency once is not made a report of slowness.
 *
 * Where each group comes from (general references, not any pool's reports or queries):
 * - the cues are the status vocabulary providers publish: the component states of hosted status
 *   pages (Atlassian Statuspage, cState, Instatus: "degraded performance", "partial outage",
 *   "major outage", "service disruption"), the HTTP status texts of RFC 9110 ("service
 *   unavailable", 502-504), errno(3) (ENOSPC "no space left on device"), RFC 5321 / RFC 3464
 *   (SMTP, bounces, delivery status notifications) and the four golden signals of Google's SRE
 *   book ("latency", "errors", "saturation");
 * - the `says` words are the ones the brief of round 18 lists as a responder's ("site was down",
 *   "slow", "ran out of disk", "login broken", "emails not sent") and their common variants in
 *   chat and tickets ("sluggish", "laggy", "dead", "flaky", "on and off", "kicked out").
 * A `says` word is kept out when most reports would carry it ("issue", "problem", "outage"):
 * it would tell no report apart; so is one that means something else too ("cant", which a long
 * review then holds beside every query word; "out of room", which is also a cluster's capacity:
 * both lowered round 17's development queries). A cue must state the symptom alone ("degraded" alone is left
 * out: a RAID array or a disk is degraded without anything being slow; so are "service degradation"
 * and "system degradation", which status pages also write for a function that stopped, such as
 * tickets missing from view).
 */
export const symptomConcepts: readonly SearchConcept[] = [
  // Unreachable: the report says the service was unavailable or could not be reached.
  {
    name: 'site down',
    cues: ['unavailable', 'unavailability', 'offline', 'unreachable', 'unresponsive', 'not reachable', 'could not connect', 'cannot connect', 'unable to connect', 'unable to access', 'could not access', 'cannot access', 'inaccessible', 'major outage', 'connectivity outage', 'service disruption', 'service unavailable', '503', 'gone offline', 'went offline', 'hard offline'],
    says: ['site down', 'dead', 'not loading'],
  },
  // Intermittent: up and down, some requests or packets lost.
  {
    name: 'flaky',
    cues: ['intermittent', 'intermittently', 'unstable', 'instability', 'sporadic', 'sporadically', 'packet loss', 'flapping', 'brief outages', 'partial outage'],
    says: ['flaky', 'on and off', 'dropping', 'patchy'],
  },
  // Slow: the report names latency or degraded performance.
  {
    name: 'slow',
    cues: ['latency', 'latencies', 'response times', 'higher response times', 'slowness', 'degraded performance', 'performance degradation', 'performance issues', 'performance issue', 'p99', 'p95', 'tail latency', 'high load'],
    says: ['slow', 'sluggish', 'laggy', 'crawling', 'taking forever'],
  },
  // A disk or volume with no space left.
  {
    name: 'out of disk',
    cues: ['enospc', 'no space left', 'disk space', 'disk full', 'disk is full', 'volume full', 'volume is full', 'filesystem full', 'filesystem is full', 'disk pressure', 'out of disk', 'diskspace', 'inodes'],
    says: ['ran out of disk', 'disk filled up', 'drive full'],
  },
  // A session that ended: the user has to sign in again.
  {
    name: 'kicked out',
    cues: ['expired session', 'expired sessions', 'session expired', 'sessions expired', 'session expiry', 'session timeout', 'session invalidated', 'sessions invalidated', 'logged out', 'signed out'],
    says: ['kicked out', 'sign back in', 'logged out'],
  },
  // Sign-in failing.
  {
    name: 'login broken',
    cues: ['authentication', 'authenticate', 'trouble logging in', 'unable to log in', 'unable to login', 'cannot log in', 'cannot login', 'could not log in', 'login issues', 'login failures', 'sso', 'single sign-on', 'saml', 'oauth', 'ldap'],
    says: ['login broken', 'locked out', 'sign in'],
  },
  // Mail not delivered, or late.
  {
    name: 'emails not sent',
    cues: ['smtp', 'mail server', 'mailserver', 'mail servers', 'email server', 'email servers', 'bounce', 'bounced', 'bouncing', 'mail queue', 'email queue', 'delivery queue', 'mail delivery', 'email delivery', 'undelivered', 'blocklist', 'blocklists', 'blacklist', 'delayed email', 'email delayed', 'emails delayed', 'receiving emails', 'sending emails', 'incoming mail', 'outgoing mail', 'imap', 'pop3', 'mx record', 'mx records'],
    says: ['emails not sent', 'mail not arriving', 'email delays', 'inbox'],
  },
  // Phone service: call centres, phone systems, VoIP.
  {
    name: 'phones down',
    cues: ['phone system', 'phone systems', 'callcenter', 'call center', 'call centre', 'call-center', 'phonelines', 'phone lines', 'telephony', 'incoming calls', 'outgoing calls', 'sip trunk', 'voip'],
    says: ['phones', 'calls', 'voip', 'ring'],
  },
  // Broken into: someone got in who should not have.
  {
    name: 'hacked',
    cues: ['compromised', 'compromise', 'breach', 'breached', 'intrusion', 'unauthorized access', 'unauthorised access', 'attacker gained', 'malware', 'ransomware'],
    says: ['hacked', 'broken into'],
  },
];
