/**
 * A place after a point of the compass (round 25 of false positives, docs/redaction.md): "Data
 * stored in North Virginia, US", "US - North Virginia" (a host's list of data centres), "East
 * Anglia", "Southern Oregon". The language model reads the two capitalised words as a full name;
 * the second is a place of the public list (public-terms.ts) and the first a direction, which no
 * one bears as a given name. A surname after a given name ("Tove West") is another shape.
 */
import { isPublicPlace } from './public-terms.ts';

const compass = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Northeast|Northwest|Southeast|Southwest|North-?East|North-?West|South-?East|South-?West)$/;

/** Whether `text` (the model's full name) is a direction and a public place. */
export function isCompassPlace(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length === 2 && compass.test(words[0]) && isPublicPlace(words[1]);
}
