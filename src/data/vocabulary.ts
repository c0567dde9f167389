import { resolveContentDir } from '../../site.config.ts';
import { loadVocabulary, vocabularyNames } from '../lib/vocabulary.ts';

/** The controlled vocabularies of the content folder being built (display names, owners, tiers). */
export const vocabulary = loadVocabulary(resolveContentDir());

const names = vocabularyNames(vocabulary);
export const serviceName = names.service;
export const teamName = names.team;
export const triggerName = names.trigger;
