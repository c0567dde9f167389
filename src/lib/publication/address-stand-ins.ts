/**
 * The English stand-in for a mail address `npm run redact` withholds, read where it stands
 * (adoption round 49, docs/adopting.md). Every address became "the responsible team", a person's
 * stand-in: a status notice's "please contact us via email at support@… in case of any issues" was
 * published as "contact us via email at the responsible team", which says nothing a reader can
 * follow and is no English. An address is written where a place to write to stands:
 *
 * - a mailbox of a role, not of a person (`support@`, `help@`, `security@`, `noreply@`): the
 *   organisation's own address, "our support address" ("our security address" for the mailboxes
 *   that take reports of vulnerabilities and abuse);
 * - any other address after "at" ("reach the on-call engineer at iv@…"): "the responsible team's
 *   address", since a team is not a place one writes at.
 *
 * Elsewhere ("Mail iv@… for access", "cc: iv@…") the team's phrase reads as before. Only English
 * text is asked: another language's phrase comes from generic-phrase-languages.ts.
 */
const supportMailboxes = new Set(['support', 'help', 'helpdesk', 'info', 'contact', 'hello', 'service', 'services', 'customerservice', 'customer-service', 'care',
  'feedback', 'team', 'sales', 'billing', 'office', 'admin', 'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'status', 'ops', 'operations', 'incidents',
  'webmaster', 'postmaster', 'hostmaster', 'press', 'enquiries', 'inquiries', 'mail', 'team-support', 'tech-support', 'techsupport']);
const securityMailboxes = new Set(['security', 'abuse', 'privacy', 'psirt', 'cert', 'csirt', 'vulnerabilities', 'disclosure', 'bugbounty', 'dpo']);

const addressIn = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/**
 * The stand-in for the address in `source` between `start` and `end` (the address, or the link or
 * code span around it), or undefined where the team's phrase reads right.
 */
export function addressStandIn(source: string, start: number, end: number): string | undefined {
  const address = addressIn.exec(source.slice(start, end))?.[0];
  if (!address) return undefined;
  const mailbox = address.slice(0, address.indexOf('@')).toLowerCase();
  if (securityMailboxes.has(mailbox)) return 'our security address';
  if (supportMailboxes.has(mailbox)) return 'our support address';
  if (/(?:^|[^\p{L}])at[\s\u00a0]+$/u.test(source.slice(Math.max(0, start - 4), start))) return 'the responsible team\'s address';
  return undefined;
}
