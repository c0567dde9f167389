/**
 * People found by the evidence around a word rather than by the word (the eleventh probe round,
 * docs/redaction.md): a branch created or pushed under a handle (`git checkout -b
 * hbrekke/fix-pool`), a handle pinged with a reason ("ping tovem on Slack"), the speakers of a
 * chat transcript pasted as code (`name: text` on several lines), an address's local part before
 * "at" and a bare name (`maria.gonzalez at acme`), and a full name in lower case that no lexicon
 * knows acting at a sentence's start ("hallvard brekke restarted the primary").
 */
import { fenceLineOpening } from '../fence-opening.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { allMatches } from '../regexp.ts';
import { daemonName, listedNickLike, mergeBot, personalAccount, type PatternMatch } from './person-patterns.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';
import { isSystemVoiceLabel } from './system-voice-labels.ts';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** A word that is no English, common or public word: a part of a name or handle. */
const unknownWord = (word: string) => !isEnglishWord(word) && !isOrdinaryWord(word) && !isOrdinaryWord(capital(word)) && !isPublicTerm(word);

/**
 * What opens a branch's name and is no one's: the conventional prefixes (`feature/`, `fix/`,
 * `release/`), bots, remotes and references, and a repository's top-level folders (`src/`).
 */
const branchPrefix = /^(?:features?|feat|fix(?:es)?|bugfix|hotfix|releases?|chore|docs?|ci|build|tests?|wip|experiments?|backports?|reverts?|deps|dependabot|renovate|snyk|main|master|develop|dev|origin|upstream|refs|heads|remotes|tags|users?|team|src|lib|app|apps|cmd|pkg|internal|scripts|config|charts?|stable|staging|prod|production|hotfixes|spike|poc|refactor|perf|style|ops|infra)$/i;
/** Where a branch's name stands: after git's branch commands, and after "branch" in prose. */
const branchAfterGit = /\bgit\s+(?:checkout\s+-[bB]|switch\s+-[cC]|branch(?:\s+-[mMcC])?|push(?:\s+-[uf]|\s+--set-upstream|\s+--force(?:-with-lease)?)*\s+[\w.-]+|checkout|switch|merge|rebase|pull\s+[\w.-]+)\s+[`'"]?([a-z][a-z0-9._-]{1,30})\/(?=[A-Za-z0-9][\w/-]*-)/g;
/** GitHub's merge commit names the head branch under its owner's account (`Merge pull request #412 from hbrekke/raise-pool`; since the fourteenth probe round). */
const branchOfMergeCommit = /\bMerge pull request #\d+ from ([a-z][a-z0-9._-]{1,38})\/(?=[A-Za-z0-9])/gi;
const branchInProse = /\b[Bb]ranch(?:es)?\s+(?:named\s+|called\s+)?[`'"*_]?([a-z][a-z0-9._-]{1,30})\/(?=[A-Za-z0-9][\w/-]*-)/g;
/**
 * A code span holding a branch whose slug opens with what the work is (`` `hbrekke/fix-pool` ``);
 * not a ticket key, which a dataset's path has the shape of too (`` `rpool/vm-200-disk-0` ``, off-infra).
 */
const branchInCodeSpan = /(?<![\w`])`([a-z][a-z0-9._-]{1,30})\/(?:fix|hotfix|bugfix|feat|feature|revert|bump|chore|wip|refactor|rollback|raise|pin|upgrade|update|add|remove|try|test|tweak|tune|drop)-[\w-]*`/g;

/**
 * Since probe round 44 the same branch written bare in prose ("The fix was on jdoe/fix-pool before
 * it merged"; round 43's leftover): a word, a slash and a slug opening with what the work is, not
 * inside a link, a path or a repository's name (`github.com/jdoe/fix-pool`, `./jdoe/fix-x`).
 */
const branchInPlainText = /(?<![\w/.:@#~\\-])([a-z][a-z0-9._-]{1,30})\/(?:fix|hotfix|bugfix|revert|bump|wip|refactor|rollback|raise|pin|upgrade|tweak|tune|drop)-[\w-]*[a-z0-9](?![\w/-]|\.[\w])/g;

/** True when a branch's first segment reads as a person's handle, not a convention's or a team's. */
const branchOwner = (owner: string) => !branchPrefix.test(owner) && personalAccount(owner) && listedNickLike(owner.replace(/[\d._-]+$/, '')) && !mergeBot.test(owner) && !daemonName.test(owner);

/** A handle pinged with a reason or a way ("ping hbrekke if the lag comes back", "ping tovem on Slack"). */
const pingWithReason = /\b[Pp]ing\s+@?([a-z][a-z_]{2,30}[a-z])(?=\s+(?:if|when|once|before|after|about|for|on\s+(?:Slack|Teams|Discord|Matrix|IRC|chat|Zulip|Mattermost)|in\s+#|directly|first|with)\b)/g;

/**
 * Since the thirteenth probe round: a handle pinged with nothing after it but the end of the
 * sentence ("If in doubt, ping hbrekke.", "Questions? Ping tovem"), in prose only (a command pings
 * a machine: `ping ledgerdb`). Machines are pinged in prose too, so a guess, and only a handle
 * that reads as a person's (`buildbox` and `gateway` are words).
 */
const pingAlone = /(?:^|[.!?:;,]\s+|^\s*(?:[-*+]|\d+[.)])\s+(?:[^.!?]*[.!?:;,]\s+)?)(?:please\s+|just\s+)?[Pp]ing\s+@?([a-z][a-z_]{2,30}[a-z])(?=[.!?]*\s*$|[.!?]+\s)/g;

/** A chat line pasted as code: an optional time, a lower-case speaker (dotted or not), a colon and what was said. */
const transcriptLine = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]?\s+)?([a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?):\s+(\S.*)$/;
/** What a chat message says, not a value: words, not a number, a quoted string, a list, a map or a path. */
const saidInWords = (said: string) => !/^[\d"'{[|>&*!%$/\\~-]/.test(said) && /\p{L}{2,}\s+\p{L}{2,}|^(?:on it|ack|done|lgtm|thanks|ok|yes|here|\p{Ll}{3,}ing)\b/iu.test(said) && !/^\p{L}+:\/\//u.test(said);
/**
 * What only a person says in a chat line (since the twelfth probe round): the first person ("I am
 * failing over", "I'll check"), or a chat's own replies ("ack, on it", "lgtm", "will do"). Tools
 * print their state ("containerd: starting up now", `zpool: cannot open`), not these, so one such
 * line makes its speaker someone, with no other line of the transcript.
 */
const saidAsAPerson = /^(?:I(?:['’](?:m|ll|ve|d)| am| was| will| have| had| think| see| can| just| need| don['’]t| didn['’]t)\b|(?:we|We)(?:['’](?:re|ll|ve)| are| will| need)\b|(?:my|My) |ack\b|on it\b|lgtm\b|LGTM\b|sgtm\b|will do\b|brb\b|\+1\b|(?:looking|Looking) (?:into it|at it|now)\b)/;

/**
 * What someone posts in a chat about their own work, in a few lower-case words (since the
 * fourteenth probe round): a status ("restarting", "rolling back now", "done, restarting the
 * pool", "back", "here"), no number, path, quote or bracket, at most six words. A tool's line
 * says what failed and where (`zpool: cannot open 'tank'`, `iscsiadm: Login I/O error`).
 */
const chatStatus = /^(?:(?:done|ok|okay|ack|yep|yes|sure|back|here|ty|thx|np),?\s+)?(?:done|back|here|restarting|rebooting|rolling back|reverting|failing over|draining|deploying|redeploying|looking|checking|investigating|promoting|paging|escalating|on my way|joining|restarted|rebooted|reverted|rolled back|drained|promoted|paged|fixed)\b(?:[ ,]+(?:it|now|again|the|a|this|that|them|all|back|over|in|on|\p{Ll}{2,}))*[.!]?$/u;
/** A fenced block whose only line is one chat line: nothing else in it tells a transcript from a tool's line, but the line's own words. */
const loneChatLine = (said: string) => chatStatus.test(said) && said.split(/\s+/).length <= 6 && !/[\d"'`/\\()[\]{}<>=:]/.test(said);

/** A speaker's name: a handle, or first.last with neither part an English word (`metadata.name` is a key). */
const speakerName = (name: string) => {
  const parts = name.split(/[._]/);
  // A library's prefix of a log (`libceph:`) and a transcript's role in another language
  // ("Usuario:"; round 62 of false positives, system-voice-labels.ts) are a program's voice.
  if (!(personalAccount(name) || listedNickLike(name)) || mergeBot.test(name) || daemonName.test(name) || isSystemVoiceLabel(name)) return false;
  // An initial may stand for the first name (`h_brekke`); the other part is then a name no dictionary knows.
  return parts.length === 1 ? listedNickLike(name) : parts.every((part) => part.length === 1 || unknownWord(part) || isKnownFirstName(capital(part))) && parts.some((part) => part.length >= 3 && (unknownWord(part) || isKnownFirstName(capital(part))));
};

/** An address's local part before "at" and a bare name (`maria.gonzalez at acme`, `tove.lindqvist (at) acme`). */
const localPartAtName = /(?<![\w.@-])([a-z]{2,}[._][a-z]{2,})\s+(?:at|AT|\(at\)|\[at\])\s+(?!(?:the|a|an|this|that|our|its|least|most|all|once|first|last|times?)\b)[A-Za-z][\w-]*/g;

/** Two lower-case words acting at a sentence's start: a full name the lexicon does not know ("hallvard brekke restarted"). */
const lowerPairActing = /(?:^|[.!?;]\s+|(?:^|[.!?;]\s+)\p{Lu}\p{Ll}+,\s+|^\s*(?:[-*+]|\d+[.)])\s+|,\s+(?:then|and|later|so)\s+)(\p{Ll}{3,})\s(\p{Ll}{3,})\s+(?:also\s+|then\s+|quickly\s+|later\s+|manually\s+)?(restarted|rebooted|rolled back|reverted|deployed|noticed|confirmed|paged|acknowledged|escalated|fixed|merged|approved|declared|joined|investigated|failed over|drained|promoted|suggested|decided|asked|wrote|took over|handed over)\b/gu;

/** People found by the evidence around them, by line index (lines of fenced code in `codeLines`). */
export function findContextualPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const add = (i: number, m: PatternMatch) => {
    const list = found.get(i) ?? [];
    addUnlessSameStart(list, m);
    found.set(i, list);
  };
  lines.forEach((line, i) => {
    if (line.includes('/')) {
      for (const pattern of [branchAfterGit, branchInProse, branchInCodeSpan, branchOfMergeCommit, branchInPlainText]) {
        for (const m of allMatches(pattern, line)) {
          // A merge commit's "from hbrekke/…" is an account by GitHub's own words, not a guess that
          // "from" (a thing's data's) could drop, and looked for in the rest of the post. A bare
          // branch in prose is no guess either: as a guess it was dropped, its owner read as a
          // path's folder (`tavkel/…`), which is the shape itself.
          if (branchOwner(m[1])) add(i, { text: m[1], index: m.index! + m[0].lastIndexOf(`${m[1]}/`), severity: 'error', guess: pattern !== branchOfMergeCommit && pattern !== branchInPlainText, local: pattern !== branchOfMergeCommit, why: pattern === branchOfMergeCommit ? 'the account of a merged branch' : 'the owner of a branch named under a handle' });
        }
      }
    }
    if (/\b[Pp]ing\s/.test(line)) {
      for (const m of allMatches(pingWithReason, line)) {
        const name = m[1];
        if (personalAccount(name) && listedNickLike(name.split('.')[0]) && !mergeBot.test(name) && !daemonName.test(name)) add(i, { text: name, index: m.index! + m[0].length - name.length, severity: 'error', guess: true, why: 'a handle pinged as a person is' });
      }
    }
    if (!codeLines.has(i) && /\b[Pp]ing\s/.test(line)) {
      for (const m of allMatches(pingAlone, line)) {
        const name = m[1];
        if (personalAccount(name) && listedNickLike(name) && !mergeBot.test(name) && !daemonName.test(name)) add(i, { text: name, index: m.index! + m[0].lastIndexOf(name), severity: 'error', guess: true, why: 'a handle pinged as a person is' });
      }
    }
    if (/\s(?:at|AT|\(at\)|\[at\])\s/.test(line)) {
      for (const m of allMatches(localPartAtName, line)) {
        const parts = m[1].split(/[._]/);
        // A first name the lexicon knows, or two parts no dictionary knows (`tove.lindqvist`); not `log.level at startup`.
        if (!(parts.some((part) => isKnownFirstName(capital(part))) || parts.every(unknownWord)) || parts.every((part) => isEnglishWord(part) || isOrdinaryWord(part))) continue;
        add(i, { text: m[1], index: m.index!, severity: 'error', why: "an address's local part written before \"at\"" });
      }
    }
    if (!codeLines.has(i)) {
      for (const m of allMatches(lowerPairActing, line)) {
        const [first, surname] = [m[1], m[2]];
        // Two words no dictionary, frequency list, lexicon or list of public names knows: with a
        // letter outside ASCII ("jürgen müller") or four letters each ("hallvard brekke"). Tools
        // are named with English words or digits ("kube proxy", "pg15 replica").
        if (![first, surname].every((w) => unknownWord(w) && !/(?:bot|agent|daemon|exporter|operator|controller|runner|worker|scheduler|ctl|svc)$/.test(w) && !isKnownFirstName(capital(w)) && w.length >= 4)) continue;
        add(i, { text: `${first} ${surname}`, index: m.index! + m[0].indexOf(`${first} ${surname}`), severity: 'error', guess: true, why: 'a full name in lower case acting as a person' });
      }
    }
  });
  // The speakers of a chat transcript pasted as code: two lines or more in one block, each a
  // speaker and words, where a speaker speaks again after another, a time opens each line, or each
  // speaker is a dotted or underscored name (`hallvard.brekke`, `h_brekke`).
  let block: { i: number; name: string; index: number; timed: boolean }[] = [];
  const flush = () => {
    const speakers = new Set(block.map((b) => b.name));
    // A conversation comes back to a speaker (A, B, A); tools print one after another
    // (`iscsi: failed to sendtargets …` then `iscsiadm: Login I/O error` twice, a homelab's report).
    const returns = block.some((b, k) => k >= 2 && block.slice(0, k - 1).some((a) => a.name === b.name) && block[k - 1].name !== b.name);
    if (block.length >= 2 && (returns || block.every((b) => b.timed) || [...speakers].every((s) => /[._]/.test(s)))) {
      for (const b of block) add(b.i, { text: b.name, index: b.index, severity: 'error', guess: true, why: 'the speaker of a chat transcript' });
    }
    block = [];
  };
  // The lines of each fenced block that are not blank, to tell a block of one chat line.
  const blockLines: number[][] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const marker = fenceLineOpening.exec(line);
    if (marker && fence === undefined) {
      fence = marker[1];
      blockLines.push([]);
    } else if (marker && marker[1].startsWith(fence!) && !line.slice(marker.index + marker[0].length).trim()) fence = undefined;
    else if (fence !== undefined && line.trim()) blockLines.at(-1)!.push(i);
  });
  for (const block of blockLines) {
    if (block.length !== 1) continue;
    const i = block[0];
    const m = transcriptLine.exec(lines[i]);
    if (!m || !speakerName(m[1]) || !loneChatLine(m[2].trim())) continue;
    add(i, { text: m[1], index: lines[i].indexOf(m[1], /^\s*\[?\d/.test(lines[i]) ? lines[i].search(/\s\S/) : 0), severity: 'error', guess: true, why: 'the speaker of a chat line alone in a block' });
  }
  lines.forEach((line, i) => {
    if (!codeLines.has(i) || /^\s*(?:`{3,}|~{3,})/.test(line)) return flush();
    const m = transcriptLine.exec(line);
    if (!m || !saidInWords(m[2]) || !speakerName(m[1])) return;
    const index = line.indexOf(m[1], /^\s*\[?\d/.test(line) ? line.search(/\s\S/) : 0);
    if (saidAsAPerson.test(m[2])) add(i, { text: m[1], index, severity: 'error', guess: true, why: 'the speaker of a chat line, speaking as a person' });
    block.push({ i, name: m[1], index, timed: /^\s*\[?\d/.test(line) });
  });
  flush();
  return found;
}
