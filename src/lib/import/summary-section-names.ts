/**
 * What reports written in other languages than English call their summary section.
 *
 * The importer knew only English names ("Summary", "Overview", "TL;DR", "What happened"), so a
 * report headed "## サマリー", "## 1. 한 줄 요약", "## Resumo (TL;DR)" or "## Описание бага" had no
 * summary section: its summary was the first paragraph, which in such reports is the header of
 * facts, and `npm run fill -- --public` made that the public summary ("項目: インシデントID; 内容:
 * PM-2026-028. 項目: 発生日時; …", "Дата: 2026-03-27 Severity: low Статус: исправлено", "Data do
 * incidente: 2026-06-28 a 2026-07-01 Duração do impacto: …"): 16 of 31 reports of the adoption
 * walk's round 55, in Japanese, Korean, Portuguese, Russian and Chinese.
 *
 * Two kinds, as the English names are: a section **named** as the summary (its first paragraph is
 * the page's lead, and the body does not repeat it), and one that tells **what happened** (taken as
 * the summary when the report has no section of the first kind, and kept in the body).
 */

/** An optional number before the name ("1.", "2)", "１．"). */
const numbered = String.raw`^(?:[\d０-９]+[.)．、]?\s*)?`;
/** An optional gloss after it ("(TL;DR)", "（概要）") and a colon. */
const glossed = String.raw`\s*(?:[(（][^)）]{1,30}[)）])?\s*[:：]?\s*$`;

const named = [
  // Japanese, Chinese
  'サマリー', 'サマリ', '概要', '要約', '摘要', '概述', '总结摘要', '事件摘要', '事故摘要', '故障摘要',
  // Korean ("한 줄 요약": one-line summary)
  '(?:한\\s*줄\\s*)?요약', '개요',
  // Portuguese, Spanish, French, Italian, German, Dutch, Polish
  // "Résumé exécutif", "Resumen ejecutivo", "Resumo executivo": an executive summary (a French homelab's post-mortems, import round 56).
  'résumé exécutif', 'resumen ejecutivo', 'resumo executivo',
  'resumo', 'resumen', 'résumé', 'riepilogo', 'sommario', 'zusammenfassung', 'kurzfassung', 'samenvatting', 'podsumowanie', 'streszczenie',
  // Russian, Ukrainian
  'сводка', 'резюме', 'краткое описание', 'кратко', 'короткий опис', 'резюме інциденту',
];

const narrative = [
  // Japanese "what happened", "course of events"; Chinese "course of events"
  '何が起きたか', '何が起きた', '何が起こったか', '発生した事象', '事象', '経緯', '(?:事件|事故|故障)?经过', '(?:事件|事故|故障)?經過',
  // Korean
  '무슨\\s*일이\\s*있었나', '무엇이\\s*일어났나', '경위',
  // Portuguese, Spanish, French, German, Russian, Ukrainian: "what happened", "description (of the incident / bug)"
  'o que aconteceu', 'descrição(?: do (?:incidente|problema))?', 'qué (?:pasó|ocurrió|sucedió)', 'descripción(?: del (?:incidente|problema))?',
  'ce qui s.est passé', 'description de l.incident', 'was ist passiert', 'was geschah', 'beschreibung(?: des (?:vorfalls|problems))?',
  'что произошло', 'описание(?: (?:бага|инцидента|проблемы|сбоя))?', 'що сталося', 'опис(?: (?:інциденту|проблеми))?',
];

/** A heading naming the report's summary in another language than English: its paragraph is the page's lead. */
export const namedSummaryHeading = new RegExp(`${numbered}(?:${named.join('|')})${glossed}`, 'iu');

/** A heading naming the report's summary, or the section telling what happened, in another language than English. */
export const summaryHeadingElsewhere = new RegExp(`${numbered}(?:${[...named, ...narrative].join('|')})${glossed}`, 'iu');
