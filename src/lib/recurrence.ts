import type { PostmortemRecord } from './browse.ts';
import { compareText } from './compare-text.ts';

export interface Recurrence {
  /** The earlier postmortems sharing `service` and the trigger within the window, oldest first. */
  previous: string[];
  service: string;
  trigger: string;
  /** 2 for the second incident of its kind in the window, 3 for the third, ... */
  occurrence: number;
}

const dayMs = 86_400_000;

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/**
 * For each postmortem, the earlier ones that share a service and the trigger category and
 * started at most `windowDays` before it. When several services recur, the one with the most
 * earlier incidents wins (ties: the first listed service). O(n log n + n·k) for k incidents per
 * service and trigger.
 */
export function findRecurrences(records: readonly PostmortemRecord[], windowDays = 90): Map<string, Recurrence> {
  const byKey = new Map<string, PostmortemRecord[]>();
  for (const record of records) {
    for (const service of new Set(record.data.services)) {
      const key = `${service}\u0000${record.data.trigger}`;
      const list = byKey.get(key);
      if (list) list.push(record);
      else byKey.set(key, [record]);
    }
  }
  const result = new Map<string, Recurrence>();
  for (const record of records) {
    const started = Date.parse(record.data.times.started);
    let best: Recurrence | undefined;
    for (const service of record.data.services) {
      const peers = byKey.get(`${service}\u0000${record.data.trigger}`) ?? [];
      const previous = peers
        .filter((peer) => {
          if (peer.id === record.id) return false;
          const peerStart = Date.parse(peer.data.times.started);
          return (peerStart < started || (peerStart === started && peer.id < record.id)) && started - peerStart <= windowDays * dayMs;
        })
        .sort((a, b) => compareText(a.data.times.started, b.data.times.started) || compareText(a.id, b.id))
        .map((peer) => peer.id);
      if (previous.length && (!best || previous.length > best.previous.length)) {
        best = { previous, service, trigger: record.data.trigger, occurrence: previous.length + 1 };
      }
    }
    if (best) result.set(record.id, best);
  }
  return result;
}

/** "3rd configuration incident on checkout-api in 90 days". */
export function describeRecurrence(recurrence: Recurrence, triggerLabel: string, windowDays = 90): string {
  return `${ordinal(recurrence.occurrence)} ${triggerLabel} incident on ${recurrence.service} in ${windowDays} days`;
}

/**
 * The earlier incidents a recurrence banner names: the `shown` most recent, newest first, and the
 * rest (newest first too), which the page folds away. A service that fails every week named all
 * of them: 14 titles on real status-page history, a banner taller than a phone's screen above
 * the report.
 */
export function splitRecentFirst<T>(previousOldestFirst: readonly T[], shown = 3): { recent: T[]; older: T[] } {
  const newestFirst = [...previousOldestFirst].reverse();
  return { recent: newestFirst.slice(0, shown), older: newestFirst.slice(shown) };
}
