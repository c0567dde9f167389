import { resolveContentDir } from '../../site.config.ts';
import { loadVocabulary } from '../lib/vocabulary.ts';

/** The controlled vocabularies of the content folder being built (display names, owners, tiers). */
export const vocabulary = loadVocabulary(resolveContentDir());

export const serviceName = (id: string) => vocabulary.services.get(id)?.name ?? id;
export const teamName = (id: string) => vocabulary.teams.get(id)?.name ?? id;
export const triggerName = (id: string) => vocabulary.triggers.get(id)?.name ?? id;
