import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseVocabulary, VocabularyError, type VocabularyKind } from '../../src/lib/vocabulary.ts';

const vocabularyDir = join(import.meta.dirname, '../fixtures/vocabulary');

/** The fixture vocabularies' sources (teams, services, tags, triggers), with some replaced. */
export function fixtureVocabularySources(changes: Partial<Record<VocabularyKind, string>> = {}): Record<VocabularyKind, string> {
  return {
    teams: readFileSync(join(vocabularyDir, 'teams.yaml'), 'utf8'),
    services: readFileSync(join(vocabularyDir, 'services.yaml'), 'utf8'),
    tags: readFileSync(join(vocabularyDir, 'tags.yaml'), 'utf8'),
    triggers: readFileSync(join(vocabularyDir, 'triggers.yaml'), 'utf8'),
    ...changes,
  };
}

/** The problems of fixture vocabularies changed so that they must be refused; fails when they are accepted. */
export function vocabularyProblems(changes: Partial<Record<VocabularyKind, string>>) {
  try {
    parseVocabulary(fixtureVocabularySources(changes));
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError);
    return (error as VocabularyError).problems;
  }
  throw new Error('expected the vocabularies to be refused');
}
