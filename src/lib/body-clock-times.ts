import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';
import { timelineHeading } from './body-timeline.ts';

/**
 * A time of day no clock shows (`- 24:10 Config reverted.`, `| 17:75 | … |`) at the start of an entry
 * of a body's timeline (a list item, a table row or a line under a heading naming the timeline): no
 * check reads a body timeline's times, so the page showed it as typed (bad input round 53). `24:00`
 * is left, as some write midnight so. Over the corpora's 956 such entries, none is one. Pure: no
 * Astro, no file system.
 */
export function findImpossibleClockTimes(body: string): { line: number; column: number; mistake: AngleBracketMistake }[] {
  // A heading naming the timeline as the page and the import read one (body-timeline.ts): in other
  // languages too ("## タイムライン", "## Linha do tempo", import round 56), where "timeline" alone missed it.
  if (![...body.matchAll(/^ {0,3}#{1,6}[ \t]+(.*)$/gm)].some((heading) => timelineHeading.test(heading[1].trim()))) return [];
  let inTimeline = false;
  return mistakesOutsideCode(body, (line) => {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(line);
    if (heading) {
      inTimeline = timelineHeading.test(heading[1].trim());
      return [];
    }
    if (!inTimeline) return [];
    const time = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?(\d{1,2}):(\d{2})(?!\d)/.exec(line);
    if (!time) return [];
    const [hours, minutes] = [Number(time[1]), Number(time[2])];
    if (hours < 24 && minutes < 60) return [];
    if (hours === 24 && minutes === 0) return [];
    const written = `${time[1]}:${time[2]}`;
    const why = minutes >= 60 ? 'an hour has 60 minutes, 00 to 59' : 'a day\'s hours run 00 to 23';
    return [{
      index: line.indexOf(written),
      message: `the timeline's entry at ${written} gives no time of day (${why}), and the page shows it as typed.`,
      fix: hours >= 24 && minutes < 60 && hours < 48
        ? `write the time as the clock showed it: ${String(hours - 24).padStart(2, '0')}:${time[2]} the next day, with the day before it if the entries span two.`
        : 'write the time as the clock showed it, HH:MM (00:00 to 23:59).',
    }];
  });
}
