/**
 * Ends the event of a timeline row placed by its day alone (src/lib/import/timeline-rows.ts): the
 * schema needs an instant, the reader must see there was none. The page knows it too: the body's
 * own timeline, which the import read the row from, says the row without it (src/lib/body-timeline.ts).
 */
export const dateOnlyMark = '(date only: no time of day given)';
