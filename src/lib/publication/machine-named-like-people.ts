/**
 * A machine named like a person. Teams name servers after people ("fritz", "ada"), and a server
 * whose name is a listed person's part is found as that person, rightly (the guard cannot tell them
 * apart, and fails closed). Its stand-in is what the sentence says the name is: "Fritz acted
 * normally throughout our monitoring period" and "causing Fritz to go into read-only mode" were
 * published as "An engineer acted normally …", "causing an engineer to go into read-only mode"
 * (adoption round 50, a Mastodon instance's Redis server). Where its own sentence uses the name as
 * a machine's the stand-in is "an internal host"; anywhere else, as a person's.
 */

/** What is done to a machine, the name after it: "ssh Fritz", "rebooted Ada", "failed over to Ada". */
const machineOperationBefore = /(?:^|[^\p{L}\p{N}_-])(?:ssh(?:[ \t]+into)?|ssh-ed[ \t]+into|sshed[ \t]+into|mosh|telnet(?:[ \t]+to)?|(?:reboot|power-?cycl|drain|decommission|re-?provision|re-?imag|cordon|uncordon)(?:ed|ing|e|s)?|fail(?:ed|ing|s)?[ \t]+over[ \t]+to|failover[ \t]+to)[ \t]+$/iu;

/**
 * What a machine does or undergoes, the name before it: "Fritz is down", "Ada went offline",
 * "Fritz ran out of memory", "causing Fritz to go into read-only mode", "Fritz acted normally
 * throughout our monitoring period". A person does none of these in a report.
 */
const machineStateAfter = new RegExp([
  String.raw`^[ \t]+(?:is|was|were|are|went|goes|had[ \t]+gone|has[ \t]+gone|came|comes|stayed|remained|became)[ \t]+(?:(?:still|briefly|completely|fully|again|partly|partially)[ \t]+)?(?:down|offline|unreachable|unresponsive|read-only|back[ \t]+(?:up|online)|up[ \t]+again|overloaded|out[ \t]+of[ \t]+(?:memory|disk|space))\b`,
  String.raw`^[ \t]+(?:to[ \t]+)?(?:go|goes|went|going|gone|switch(?:ed|es)?|flip(?:ped|s)?|drop(?:ped|s)?)[ \t]+(?:in)?to[ \t]+(?:a[ \t]+)?read-only\b`,
  String.raw`^[ \t]+ran[ \t]+out[ \t]+of[ \t]+(?:memory|disk|space|inodes|file[ \t]+descriptors)\b`,
  String.raw`^[ \t]+(?:acted|behaved|performed)[ \t]+normally\b`,
  // What is done to a machine, said of it: "Fritz was updated, and part of the upgrade …".
  String.raw`^[ \t]+(?:is|was|were|got|had[ \t]+been|has[ \t]+been)[ \t]+(?:(?:then|also|later|finally)[ \t]+)?(?:updated|upgraded|patched|rebooted|restarted|re-?imaged|re-?provisioned|provisioned|decommissioned|migrated|power-?cycled|wiped)\b`,
  // A verb with no object: "Ada rebooted at 10:05" (a machine) beside "Ada rebooted the database" (a person).
  String.raw`^[ \t]+(?:crashed|rebooted|restarted|failed[ \t]+over|hung|froze|panicked|kernel-panicked|OOMed|swapped)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:at|around|during|after|before|while|when|because|and|again|twice|overnight|unexpectedly|\d)\b)`,
  // What a machine has: "Fritz's disk filled up".
  String.raw`^['’]s[ \t]+(?:disks?|memory|ram|swap|cpus?|load|kernel|uptime|file[ \t]?systems?|raid|nics?|network[ \t]+interfaces?|ip[ \t]+address|hostname|redis|postgres(?:ql)?|mysql|nginx|sidekiq|puma|docker|database|cron(?:tab)?)\b`,
].join('|'), 'iu');

/**
 * A place on a machine, the name after "on", "onto" or "across", in a line that speaks of what
 * runs on machines: "the streaming service on **Fritz**", "Verify cron is running on Ada",
 * "Changes MAX_THREADS to 20 on Ada", "our disks on Ada were failing". Without such a word "on
 * Fritz" may be a person's ("waited on Fritz"), which the fixes leave to the author.
 */
const placeOnMachineBefore = /(?:^|[^\p{L}\p{N}_-])(?:on|onto|across)[ \t]+$/iu;
const machineWordInLine = /(?:^|[^\p{L}\p{N}_])(?:services?|servers?|hosts?|nodes?|disks?|drives?|ssds?|nvme|cpus?|memory|ram|cron(?:tab)?|daemons?|processe?s?|containers?|pods?|vms?|logs?|load|threads?|max_threads|connections?|queues?|workers?|sidekiq|puma|redis|postgres(?:ql)?|nginx|systemd|kernel|running|installed|deployed|hosted|mounted|provisioned|rebalanced?)(?![\p{L}\p{N}_])/iu;

/** Names run together before or after the name ("rebooted Fritz and Ada", "Fritz and Ada were down"): the sentence says the same of each. */
const runBefore = /(?:\p{Lu}[\p{L}\p{N}-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+))+$/u;
const runAfter = /^(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+)\p{Lu}[\p{L}\p{N}-]*)+/u;

/**
 * A host's name as machines are named: lower case, parts joined by hyphens or dots, a number among
 * them ("cdn-frankfurt-1", `db-02.eu`), in backquotes or not.
 */
const hostShaped = String.raw`\x60?[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*[-.]?\d[a-z0-9]*(?:[-.][a-z0-9]+)*\x60?`;
/**
 * A name in lower case listed with such a host ("misconfiguration cdn-frankfurt-1, franz", "on
 * cdn-fremont-1 and franz"): a server of the same list, published as "an engineer" (adoption
 * round 51). A person's name is not written in lower case beside host names.
 */
const hostBeforeInList = new RegExp(String.raw`(?:^|[^\p{L}\p{N}_-])${hostShaped}[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)\x60?$`, 'u');
const hostAfterInList = new RegExp(String.raw`^\x60?[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)${hostShaped}(?![\p{L}\p{N}_])`, 'u');

const withheldAsWritten = (text: string) => text.replace(/<Internal>([^<]*)<\/Internal>(?:<PublicOnly>[^<]*<\/PublicOnly>)?/g, '$1');

/** Nouns of a machine: what a post calls the server it names. */
const machineNoun = String.raw`(?:servers?|hosts?|machines?|box(?:es)?|nodes?|nas|vms?|hypervisors?|primary|replica|database|db)`;
/**
 * Where a post says what a name is: "Alice, our main on-premise server", "Nietzsche (the main
 * database server)", "Fritz (server)", "the fritz Redis write primary" (a name in lower case
 * before a machine's noun). Said once, it holds for the whole post: a Mastodon instance's post
 * about moving off its server "Alice" names it twenty times, "off Alice", "back to Alice",
 * "Alice was serving files from the bad disks", and was published with "an engineer" in each.
 */
const machineDeclarations = [
  new RegExp(String.raw`(?<![\p{L}\p{N}_-])(\p{Lu}[\p{L}\p{N}-]*)\*{0,2}[ \t]*,[ \t]+(?:our|the|a|an|one[ \t]+of[ \t]+our)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,4}${machineNoun}(?![\p{L}\p{N}_-])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}_-])(\p{Lu}[\p{L}\p{N}-]*)\*{0,2}[ \t]*\((?:(?:our|the|a|an)[ \t]+)?(?:[\p{L}\p{N}-]+[ \t]+){0,4}${machineNoun}\)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:the|our)[ \t]+(\p{Ll}[\p{Ll}\p{N}-]+)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}${machineNoun}(?![\p{L}\p{N}_-])`, 'gu'),
];

/** The names (in lower case) `source` itself says are machines' (see {@link machineDeclarations}). */
export function machineNamesDeclaredIn(source: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const pattern of machineDeclarations) for (const m of source.matchAll(pattern)) names.add(m[1].toLowerCase());
  return names;
}

/** Whether the name at [start, end) of `source` names a machine in its own sentence (see the module's comment). */
export function namesMachineInSentence(source: string, start: number, end: number): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  // Emphasis around the name is no word of the sentence ("on **Fritz**").
  const before = source.slice(lineStart, start).replace(/[*_]{1,3}$/, '').replace(runBefore, '');
  const after = source.slice(end, lineEnd).replace(/^[*_]{1,3}/, '').replace(runAfter, '');
  const name = source.slice(start, end);
  // A host an earlier round withheld reads as its internal name (`<Internal>cdn-1</Internal><PublicOnly>…</PublicOnly>, franz`).
  if (/^\p{Ll}+$/u.test(name) && (hostBeforeInList.test(withheldAsWritten(source.slice(lineStart, start))) || hostAfterInList.test(withheldAsWritten(source.slice(end, lineEnd))))) return true;
  return machineOperationBefore.test(before) || machineStateAfter.test(after)
    || (placeOnMachineBefore.test(before) && machineWordInLine.test(source.slice(lineStart, lineEnd)));
}
