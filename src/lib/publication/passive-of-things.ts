/**
 * A word that undergoes what only things do (round 25 of false positives, docs/redaction.md):
 * "Power was restored at 10:02", "Gateway was rebooted", "Lambda was throttled". A listed
 * person's part that is also a word ("Power") was read as the person. Machines, services and power
 * are restored, rebooted, redeployed and throttled; people are paged, notified and contacted, and
 * "Tove was paged" is read as before.
 */
const passiveOfThings = /^[\s\u00a0]+(?:was|were|is|are|has been|have been|had been|got|gets|is being|was being)[\s\u00a0]+(?:(?:fully|partially|partly|finally|successfully|automatically|manually|then|also|later|eventually)[\s\u00a0]+)?(?:restored|rebooted|reimaged|redeployed|reindexed|rebuilt|upgraded|downgraded|patched|decommissioned|provisioned|deprovisioned|replicated|throttled|rate[- ]limited|power[- ]cycled|reinstalled|recompiled|rebalanced|resharded|unmounted|remounted|defragmented|garbage[- ]collected)(?![\p{L}])/u;

/** Whether `text` at `index` of `line` is the subject of a passive that only things take. */
export function isSubjectOfPassiveOfThings(line: string, index: number, text: string): boolean {
  return passiveOfThings.test(line.slice(index + text.length));
}
