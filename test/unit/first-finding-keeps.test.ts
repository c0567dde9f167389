import { describe, expect, test } from 'vitest';
import { addUnlessOverlapping, addUnlessSameStart, placeHolds, placesOverlap } from '../../src/lib/publication/first-finding-keeps.ts';

describe('the first finder of a place keeps it', () => {
  test('places overlap when they share a character, not when one ends where the other starts', () => {
    expect(placesOverlap({ index: 4, text: 'Alvar' }, { index: 8, text: 'r Lind' })).toBe(true);
    expect(placesOverlap({ index: 4, text: 'Alvar' }, { index: 9, text: 'Lind' })).toBe(false);
    expect(placesOverlap({ index: 9, text: 'Lind' }, { index: 0, text: 'Hi, Alvar Lind' })).toBe(true);
  });
  test('a place holds the characters from its start up to, not including, its end', () => {
    expect([3, 4, 8, 9].map((index) => placeHolds({ index: 4, text: 'Alvar' }, index))).toEqual([false, true, true, false]);
  });
  test('addUnlessOverlapping keeps the first of two overlapping places, with its why', () => {
    const found = [{ index: 4, text: 'Alvar Lind', why: 'a full name' }];
    addUnlessOverlapping(found, { index: 10, text: 'Lind', why: 'a surname' });
    addUnlessOverlapping(found, { index: 20, text: 'Moa', why: 'a given name' });
    expect(found.map((f) => f.why)).toEqual(['a full name', 'a given name']);
  });
  test('addUnlessSameStart adds an overlapping place that starts elsewhere, not one that starts at the same column', () => {
    const found = [{ index: 4, text: 'Alvar Lind', why: 'a full name' }];
    addUnlessSameStart(found, { index: 4, text: 'Alvar', why: 'a given name' });
    addUnlessSameStart(found, { index: 10, text: 'Lind', why: 'a surname' });
    expect(found.map((f) => f.why)).toEqual(['a full name', 'a surname']);
  });
});
