/**
 * The user of a home folder named by a word (probe round 50, docs/redaction.md): `/home/ana/`,
 * `/Users/mark/`, `C:\Users\grant\`. The account rule of person-patterns.ts (`accountName`) holds
 * a folder's user only when the name is no English word, so a user whose login is a given name
 * that is also a word ("ana", "mark", "grant", "will") was published, and so was a service's own
 * account (`/home/dashboard/`). A home folder is an account's whatever its word: it names a person
 * or one of the organisation's accounts. Left out: the accounts every machine has and the
 * placeholders of guides (`isSystemAccount`: `root`, `ubuntu`, `runner`, `user`, `username`, …;
 * `your_username`, `yourname`, `myuser`, `<user>`, `$USER`, `%USERNAME%`), one letter, and a public
 * product's own account in its image (a public term), and a container's work folder
 * (`WORKDIR /home/project`, `/home/workspace`).
 *
 * Since probe round 58 a handle read as words of a word game's list (`/home/tokereke/`) too, as
 * a home share's folder was since round 57 (`isHandleInPersonSlot`).
 *
 * Since probe round 54 also an account of a given name and an initial joined by a dot
 * (`/home/ana.k/`: neither rule read it), and a home or user folder under a bucket
 * (`s3://ledger-dumps/home/ana.k/`, `gs://exports/users/hbrekkan/`), which the folder's pattern
 * did not read after the bucket's name, as a word before `/home/` is most often a path's own.
 */
import { allMatches } from '../regexp.ts';
import { isGeneratedAccount, isSystemAccount, madeOfWords, personalAccount, type PatternMatch } from './person-patterns.ts';
import { isPublicTerm } from './public-terms.ts';
import { userFolderCue, userFoldersSource } from './home-folder-shapes.ts';
import { isHandleInPersonSlot } from './person-slot-handles.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';

const homeFolder = new RegExp(String.raw`(?:(?<![\p{L}\p{N}_.-])|(?<=\\[nrt]))${userFoldersSource}[\/\\]{1,2}([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?=[\/\\'"${'`'})\]\s,;:]|$)`, 'gu');

/** A guide's stand-in for the reader's own account, not an account. */
export const accountPlaceholder = /^(?:your|my|some|the|example|sample|foo|bar|baz|xxx+|name|login|account|user|users|username|usr|home|all users|default user|defaultuser\d*|wdagutilityaccount|shared|public|default|guest|me|you|someone|somebody|anyone|whoever|current|currentuser|loggedinuser|project|projects|workspace|workspaces|src|code|data)(?:[_.-]?(?:user(?:name)?|name|login|account|id|home))?$/i;

/** Why a home folder's user is found: the fix it gets says how to allow a public product's account (redaction-guard.ts's `suggestedFix`). */
export const homeFolderUserWhy = "the user of a home folder: a person's or an account's name, whatever the word";

/** A home or user folder under a bucket of a cloud's storage, after the bucket's name and any folders. */
const bucketHomeFolder = /(?<=\b(?:s3|s3a|gs|az|abfss?|wasbs?|r2|oss|cos):\/\/[\w.-]+(?:\/[\w.-]+)*?)\/(?:home|homes|users|Users|people)\/([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?=[\/'"`)\]\s,;:]|$)/gu;
/**
 * Since probe round 57: a user's folder on a Windows file server's home share
 * (`\\files\home$\tokereke\notes.txt`, `\\fs-02\users\ana.k`): the share says a user's
 * folder, and the account rule reads no such path.
 */
const uncHomeShare = /(?<![\\\w])\\{2,4}[\w.-]+\\{1,2}(?:home|homes|users|profiles?|redirected)\$?\\{1,2}([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?=[\\'"`)\]\s,;:]|$)/giu;
/** A given name or a word and an initial or a surname, joined by a dot (`ana.k`), not a file's name and extension. */
const dottedAccount = /^\p{L}+\.\p{L}+$/u;
const fileExtension = /\.(?:js|ts|py|rb|sh|[dchoa]|conf|cfg|ini|json|ya?ml|toml|txt|md|csv|tsv|gz|zip|tar|sql|parquet|html?|xml|png|jpe?g|pdf|db|lock|env|pem|key|crt|log|git|old|bak|tmp|local|io|com|org|net|app)$/i;

/**
 * Since session 63: the people of guides' examples (`/home/alice/`, `C:\Users\jdoe\`) are a
 * person's account in a postmortem, which is no guide: a real John, Alice or J. Doe is as likely, so
 * the folder is held like any other (the system-account list keeps them for the other rules).
 */
const examplePeople = /^(?:john|jane|jdoe|johndoe|janedoe|alice|bob)$/i;

/** People's and the organisation's accounts named by a home folder, where the account rule leaves them. */
export function findHomeFolderAccounts(line: string): PatternMatch[] {
  if (!userFolderCue.test(line) && !line.includes('\\\\')) return [];
  const found: PatternMatch[] = [];
  const push = (account: string, index: number) => {
    if ((isSystemAccount(account) && !examplePeople.test(account)) || isPublicTerm(account) || accountPlaceholder.test(account) || /^your|^my[_-]/i.test(account)) return;
    if (!found.some((f) => f.index === index)) found.push({ text: account, index, severity: 'error', why: homeFolderUserWhy });
  };
  const dotted = (account: string) => dottedAccount.test(account) && !fileExtension.test(account);
  for (const m of allMatches(homeFolder, line)) {
    const account = m[1];
    const index = m.index! + m[0].length - account.length;
    if (dotted(account)) {
      push(account, index);
      continue;
    }
    // Found by the account rule already (a handle no dictionary knows).
    if (personalAccount(account)) continue;
    // English words run together (`/home/burpsuitekeystores/`) name a volume's folder, as the
    // account rule decided; one word, or a given name, is an account's.
    const oneWord = isEnglishWord(account.toLowerCase()) || isOrdinaryWord(account) || isKnownFirstName(account.charAt(0).toUpperCase() + account.slice(1).toLowerCase());
    // Since probe round 58: a handle cut into a word game's words (`/home/tokereke/`,
    // `C:\Users\tokereke\`) is an account as on a home share; common words run together stay a folder's.
    // Since session 63 also a handle no rule read (`jdoe2`, a guide's person with digits) and the
    // people of guides' examples: a folder's name made of no words is an account's, unless a machine made it.
    if (oneWord || isHandleInPersonSlot(account) || examplePeople.test(account) || (!madeOfWords(account) && !isGeneratedAccount(account))) push(account, index);
  }
  if (line.includes('\\\\')) {
    // A home share's folder is a user's: a handle in a person's place (person-slot-handles.ts), a
    // dotted name, or a given name.
    for (const m of allMatches(uncHomeShare, line)) {
      const account = m[1];
      const givenName = isKnownFirstName(account.charAt(0).toUpperCase() + account.slice(1).toLowerCase()) && !isEnglishWord(account.toLowerCase());
      if (dotted(account) || givenName || personalAccount(account) || isHandleInPersonSlot(account)) push(account, m.index! + m[0].length - account.length);
    }
  }
  if (line.includes('://')) {
    // Under a bucket the account rule reads no folder, so a handle no dictionary knows is found
    // here too; a word is a prefix of the bucket's data as often (`users/metrics/`), so a word is
    // read only when it is a given name and nothing else.
    for (const m of allMatches(bucketHomeFolder, line)) {
      const account = m[1];
      const givenName = isKnownFirstName(account.charAt(0).toUpperCase() + account.slice(1).toLowerCase()) && !isEnglishWord(account.toLowerCase()) && !isOrdinaryWord(account);
      if (dotted(account) || givenName || personalAccount(account)) push(account, m.index! + m[0].length - account.length);
    }
  }
  return found;
}
