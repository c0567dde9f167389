/**
 * A service named by a word no dictionary knows and what it does (`zarnith-sync`,
 * `trelvix-gateway`, `quorvel-ingest`), written bare in prose (since probe round 34,
 * docs/redaction.md, "Probe round 34"). two-part-service-hosts.ts reads an English word before
 * `-db`, `-api`, `-svc` or `-worker` and leaves an unknown word to the code-name rules; those read
 * a capitalised code name, so a lower-case compound of a code name and a role was published
 * ("Writes from zarnith-sync backed up").
 *
 * The sign is the pair: a first word that no dictionary, lexicon or list of public terms knows
 * (a code name the organisation coined) and a last word naming what a service does. Not read: a
 * public project's name (`kube-proxy`, `traefik-gateway`, `celery-worker`: a public term or a
 * public tool's first part), a first word with digits (`oauth2-proxy`, a version or a build), a
 * compound inside a path, host, address, package or longer identifier, one in a code span (a
 * program's part as often; the workload rules read code spans before a noun), and a name the team
 * lists as public.
 */
import { isEnglishWord, isKnownWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import { madeOfWords } from './person-patterns.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { findServicesNamedByAWord } from './two-part-service-hosts.ts';

/** Last words naming what a service does. */
const role = 'sync|syncer|gateway|gw|ingest|ingester|ingestor|proxy|router|relay|broker|bridge|dispatcher|scheduler|indexer|consumer|producer|collector|poller|writer|reader|loader|mailer|notifier|api|db|svc|worker|daemon|server|' +
  // Since probe round 36 (round 34 tried them with `-queue` and `-core`, which read a dictionary's
  // `nvme-cache` and the sample's `notif-queue`): a hub, an engine and a cache, with the first
  // word's letters needing a vowel and no abbreviation (`notif`, `nvme`: see `abbreviation`). Not
  // `-core`: a public chain's node daemon is named so (`terp-core`, measured on terpnetwork's reports).
  'hub|engine|cache';
/** One lower-case word and the role, not inside a path, host, address or longer identifier (a sentence's full stop may follow). */
const codeNameService = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@:#=~$%+-])([a-z]{4,})-(${role})(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'gu');

export const cuedCodeNameServiceHost: CuedPattern = { name: 'a service of a code name and its role', cue: new RegExp(String.raw`[a-z]-(?:${role})\b`), pattern: codeNameService };

/** A prefix written as a word before a hyphen ("a multi-server setup", measured on a real report), no code name. */
const prefix = /^(?:multi|inter|intra|non|pre|post|sub|super|hyper|cross|auto|micro|macro|mega|meta|anti|semi|mini|mono|poly|uni|bi|tri|quad|omni|pseudo|quasi|ultra|extra|infra|geo|bio|eco|cyber|tele|self|over|under|out|re|co|de|un)$/;
/** A lower-case word no dictionary, lexicon or list of public terms knows, and no compound of words (`offchain-worker`, a public chain's thread in a node's log, measured). */
/** A shortened word or an acronym in lower case (`notif`, `nvme`, `cfg`), no code name: one of these, or a word with no vowel. */
const abbreviation = /^(?:notif|nvme|conf|repl|sched|mgmt|infra|prov|stor|hdfs)$|^[^aeiouy]+$/;
export const coined = (word: string): boolean => !prefix.test(word) && !abbreviation.test(word) && !madeOfWords(word) && !isEnglishWord(word) && !isKnownWord(word) && !isPublicTerm(word) && !brandNames.has(word);

/** The services named by a code name and their role on one line of prose. */
export function findCodeNameServiceHosts(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  return findServicesNamedByAWord(line, cuedCodeNameServiceHost, coined, isPublicName, 'a service named by a code name and what it does');
}
