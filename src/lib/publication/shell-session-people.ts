/**
 * The account a pasted shell session shows as its answer to "who am I" (since the nineteenth
 * probe round, docs/redaction.md): `$ whoami` (or `id -un`, `echo $USER`, `logname`) in a code
 * block, and on the next line the account alone (`sigrun.brenne`). Not a system account (root,
 * ubuntu, ec2-user, www-data, …).
 */
import type { PatternMatch } from './person-patterns.ts';

const whoAmI = /^\s*(?:[$#>%]\s*|\S+[@:]\S*[$#%]\s*)?(?:whoami|id\s+-un|id\s+-u\s+-n|echo\s+"?\$\{?(?:USER|LOGNAME)\}?"?|logname)\s*$/;
const account = /^\s*([a-z][a-z0-9._-]{1,30}[a-z0-9])\s*$/i;
const systemAccount = /^(?:root|admin|administrator|ubuntu|debian|centos|ec2-user|azureuser|www-data|nobody|daemon|postgres|mysql|git|deploy|deployer|runner|jenkins|gitlab-runner|github|node|app|user|vagrant|pi|core|opc|bitnami|service|system|nginx|apache|redis|elastic|ansible|terraform|ci|build)$/i;

/** The accounts of `whoami` answers in code blocks, by line. */
export function findWhoAmIAccounts(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  lines.forEach((line, i) => {
    if (!codeLines.has(i) || !codeLines.has(i + 1) || !whoAmI.test(line)) return;
    const answer = account.exec(lines[i + 1] ?? '');
    if (!answer || systemAccount.test(answer[1])) return;
    found.set(i + 1, [{ text: answer[1], index: lines[i + 1].indexOf(answer[1]), severity: 'error', why: 'the account of a shell session (whoami)' }]);
  });
  return found;
}
