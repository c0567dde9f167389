/**
 * A setting of a secret's kind whose value is a name made of words (`token: home_assistant`,
 * `api_key=grafana_cloud`): the name of an account, a server or another setting, not key
 * material (round 22 of false positives, docs/redaction.md). The secret rule reads any value
 * after `token:` that is not a plain word ("token: expired" is prose), and an identifier of
 * English words joined by underscores or hyphens is no plain word to it. The built public page
 * showed the difference: "**HA MCP stale token:** `home_assistant` MCP fails" has no `key: value`
 * in the source, where the bold label and the code span stand between the two, and has one on the
 * page, where the markup is gone. Generated tokens and keys are not English words; names are.
 *
 * A password's or passphrase's value is read as before, whatever it is made of: people choose
 * those in words (`password: sunny_harbour`; the sixteenth probe round's passphrases,
 * passphrase-values.ts).
 */
import { isEnglishWord } from './people.ts';

const setting = /^([\p{L}\p{N}_.-]+)\s*[:=]\s*["']?([^\s"'<>]+)$/u;
const passwordKey = /pass(?:word|wd|phrase)|pwd/i;

/** Whether a secret finding `key: value` or `key=value` gives a name of words as the value. */
export function isNameOfWordsSetting(match: string): boolean {
  const m = setting.exec(match);
  if (!m || passwordKey.test(m[1])) return false;
  const parts = m[2].split(/[_-]/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^\p{Ll}{3,}$/u.test(part) && isEnglishWord(part));
}
