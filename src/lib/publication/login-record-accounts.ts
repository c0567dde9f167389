/**
 * The accounts of the login records reports paste (probe round 52, docs/redaction.md): a shell
 * prompt's user (`ana@bastion-3:~$`, `[kvorlander@db01 ~]$`), the owner of a file in `ls -l`
 * output, sshd's "Authorized to kvorlander," of a Kerberos login and OpenVPN's client
 * (`openvpn[42]: ovellmann/203.0.113.9:51234`). The account rule of person-patterns.ts holds a
 * user there only when no dictionary knows it and knew neither the listing's column nor the two
 * log shapes; a prompt shows the login whatever its word, as a home folder does
 * (home-folder-accounts.ts): a person's or one of the organisation's accounts. Left out: the
 * accounts every machine has and the guides' placeholders (`root@host:~#`, `user@host:~$`).
 */
import { allMatches } from '../regexp.ts';
import { isSystemAccount, type PatternMatch } from './person-patterns.ts';
import { isPublicTerm } from './public-terms.ts';
import { accountPlaceholder } from './home-folder-accounts.ts';

const login = String.raw`[\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}]|\p{L}`;
/** A prompt: `user@host:path$` or `[user@host path]$`, then a space or the line's end. */
const shellPrompt = new RegExp(String.raw`(?<![\p{L}\p{N}_.@\/\\-])\[?(${login})@[A-Za-z0-9][\w.-]*(?::[^\s$#%\x60]*|\s+[^\]\s]+\])[$#%](?=\s|\x60|$)`, 'gu');
/** A line of `ls -l`: the mode, the links, then the owner and the group before the size. */
const longListing = new RegExp(String.raw`^\s*[-dlcbps][rwxsStT-]{9}[.@+]?\s+\d+\s+(${login})\s+[\p{L}\p{N}._-]+\s+\d[\d.,]*[KMGTP]?\s`, 'u');
/** sshd's line of a login a Kerberos principal authorised, and OpenVPN's client before its address. */
const logAccount = new RegExp(String.raw`\bAuthorized to (${login}),|\bopenvpn(?:\[\d+\])?:\s+(${login})\/\d{1,3}(?:\.\d{1,3}){3}:\d+`, 'gu');

const isAccount = (name: string) => !/^\d+$/.test(name) && !isSystemAccount(name) && !accountPlaceholder.test(name) && !isPublicTerm(name);

/** The accounts of these records on one line. */
export function findLoginRecordAccounts(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (name: string, index: number, why: string) => {
    if (isAccount(name)) found.push({ text: name, index, severity: 'error', why });
  };
  if (line.includes('@')) {
    for (const m of allMatches(shellPrompt, line)) add(m[1], m.index! + (m[0].startsWith('[') ? 1 : 0), "the user of a shell prompt: a person's or an account's login, whatever the word");
  }
  const listing = longListing.exec(line);
  if (listing) add(listing[1], listing.index + listing[0].indexOf(listing[1], listing[0].search(/\s\d/)), 'the owner of a file in a listing');
  if (/Authorized to |openvpn/.test(line)) {
    for (const m of allMatches(logAccount, line)) {
      const name = m[1] ?? m[2];
      add(name, m.index! + m[0].indexOf(name, m[1] ? 'Authorized to '.length : m[0].indexOf(':') + 1), 'the account of a login in a log line');
    }
  }
  return found;
}
