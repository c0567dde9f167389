import { describe, expect, it } from 'vitest';
import { notReportReason } from '../../src/lib/import/report-files.ts';

/**
 * Session 54's review folded the two rules of template names (import round 53's English one, which
 * took `plantilla.md`, and adoption round 53's one of other languages) into one rule over each
 * language's word for a template and how far it reaches. The same files of /work/corpora are skipped
 * (docs/architecture.md "Review, session 54"); these pin what the one rule says where the two differed.
 */
describe('one rule of template words by language', () => {
  it.each(['plantilla.md', 'vorlage.md', '00-sjabloon.md', 'informe-de-incidente-plantilla.md', 'notes-vorlage.md', 'modello_di_rapporto.md', 'template-for-informe.md', 'rapport-modele.md', 'incident-reports-template.md'])('a template: %s', (name) => {
    expect(notReportReason(name)).toBe('a report template');
  });

  // "modèle" is also a model: it names a template only beside a report's kind, as "modelo" and "modello" did.
  // English writers name templates of other things: "template" closes a template's name only after a report's kind.
  it.each(['schema-modele.md', 'modele.md', 'modelo.md', 'broken-email-template.md', 'template-engine-outage.md', '2023-01-04-vorlage-deploy-broke.md', 'modele-de-donnees-corrompu.md'])('a report: %s', (name) => {
    expect(notReportReason(name)).toBeUndefined();
  });
});
