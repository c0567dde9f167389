/**
 * The generic phrase `npm run redact` writes for an internal name, a contact or a host, in the
 * language of the text around it: in English inside a German report it read "Bitte wenden Sie sich
 * an folgende Mail-Adresse: the responsible team" (session 31). As person-placeholder.ts does for
 * a person, the phrase is a placeholder in brackets, which reads the same whatever case or article
 * the sentence would ask for: "folgende Mail-Adresse: [Kontakt entfernt]". A rule without a
 * translation here keeps its English phrase.
 */
import type { OtherLanguage } from './other-languages.ts';

/** What the phrase stands for, by the redaction rule it replaces. */
type PhraseKind = 'ticket' | 'channel' | 'contact' | 'host' | 'account' | 'secret' | 'phone' | 'system';

const phrases: Record<OtherLanguage, Record<PhraseKind, string>> = {
  de: { ticket: '[Ticket entfernt]', channel: '[Kanal entfernt]', contact: '[Kontakt entfernt]', host: '[interner Host]', account: '[internes Konto]', secret: '[entfernt]', phone: '[Telefonnummer entfernt]', system: '[internes System]' },
  nl: { ticket: '[ticket verwijderd]', channel: '[kanaal verwijderd]', contact: '[contact verwijderd]', host: '[interne host]', account: '[intern account]', secret: '[verwijderd]', phone: '[telefoonnummer verwijderd]', system: '[intern systeem]' },
  da: { ticket: '[sag fjernet]', channel: '[kanal fjernet]', contact: '[kontakt fjernet]', host: '[intern vært]', account: '[intern konto]', secret: '[fjernet]', phone: '[telefonnummer fjernet]', system: '[internt system]' },
  nb: { ticket: '[sak fjernet]', channel: '[kanal fjernet]', contact: '[kontakt fjernet]', host: '[intern vert]', account: '[intern konto]', secret: '[fjernet]', phone: '[telefonnummer fjernet]', system: '[internt system]' },
  sv: { ticket: '[ärende borttaget]', channel: '[kanal borttagen]', contact: '[kontakt borttagen]', host: '[intern värd]', account: '[internt konto]', secret: '[borttaget]', phone: '[telefonnummer borttaget]', system: '[internt system]' },
  fr: { ticket: '[ticket retiré]', channel: '[canal retiré]', contact: '[contact retiré]', host: '[hôte interne]', account: '[compte interne]', secret: '[retiré]', phone: '[numéro retiré]', system: '[système interne]' },
  es: { ticket: '[ticket eliminado]', channel: '[canal eliminado]', contact: '[contacto eliminado]', host: '[host interno]', account: '[cuenta interna]', secret: '[eliminado]', phone: '[teléfono eliminado]', system: '[sistema interno]' },
  it: { ticket: '[ticket rimosso]', channel: '[canale rimosso]', contact: '[contatto rimosso]', host: '[host interno]', account: '[account interno]', secret: '[rimosso]', phone: '[numero rimosso]', system: '[sistema interno]' },
  pt: { ticket: '[ticket removido]', channel: '[canal removido]', contact: '[contacto removido]', host: '[host interno]', account: '[conta interna]', secret: '[removido]', phone: '[telefone removido]', system: '[sistema interno]' },
};

/** The kind of phrase a rule's finding gets; undefined for a person (person-placeholder.ts). */
function kindOf(rule: string): PhraseKind | undefined {
  switch (rule) {
    case 'redact/person':
    case 'redact/possible-person':
      return undefined;
    case 'redact/ticket': return 'ticket';
    case 'redact/channel': return 'channel';
    case 'redact/email':
    case 'redact/handle': return 'contact';
    case 'redact/ip-address':
    case 'redact/internal-host': return 'host';
    case 'redact/cloud-account': return 'account';
    case 'redact/secret': return 'secret';
    case 'redact/phone': return 'phone';
    default: return 'system';
  }
}

/** The generic phrase for `rule` in `language`; undefined where the text is English or no translation is listed. */
export function genericPhraseIn(rule: string, language: OtherLanguage | undefined): string | undefined {
  const kind = kindOf(rule);
  return language && kind ? phrases[language][kind] : undefined;
}

const otherLanguageCodes = new Set<string>(Object.keys(phrases));

/** A BCP 47 code (report-language.ts) as one of the languages listed here; undefined for English or one not listed. */
export function asOtherLanguage(code: string | undefined): OtherLanguage | undefined {
  return code && otherLanguageCodes.has(code) ? (code as OtherLanguage) : undefined;
}
