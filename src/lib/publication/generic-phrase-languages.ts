/**
 * The generic phrase `npm run redact` writes for an internal name, a contact or a host, in the
 * language of the text around it: in English inside a German report it read "Bitte wenden Sie sich
 * an folgende Mail-Adresse: the responsible team" (session 31). As person-placeholder.ts does for
 * a person, the phrase is a placeholder in brackets, which reads the same whatever case or article
 * the sentence would ask for: "folgende Mail-Adresse: [Kontakt entfernt]". A rule without a
 * translation here keeps its English phrase.
 */
import type { OtherLanguage } from './other-languages.ts';
import type { SpacelessLanguage } from './spaceless-script-clauses.ts';
import type { CyrillicLanguage } from './russian-clauses.ts';
import type { LetterLanguage } from './letter-languages.ts';

/** What the phrase stands for, by the redaction rule it replaces. */
type PhraseKind = 'ticket' | 'channel' | 'contact' | 'host' | 'account' | 'secret' | 'phone' | 'system';

/**
 * A language a phrase is written in: one of a line's words (other-languages.ts), of a clause in
 * Chinese, Japanese or Korean (spaceless-script-clauses.ts), of a Russian line (russian-clauses.ts),
 * or (adoption round 63) of a line's letters (letter-languages.ts).
 */
export type PhraseLanguage = OtherLanguage | SpacelessLanguage | CyrillicLanguage | LetterLanguage;

const phrases: Record<PhraseLanguage, Record<PhraseKind, string>> = {
  de: { ticket: '[Ticket entfernt]', channel: '[Kanal entfernt]', contact: '[Kontakt entfernt]', host: '[interner Host]', account: '[internes Konto]', secret: '[entfernt]', phone: '[Telefonnummer entfernt]', system: '[internes System]' },
  nl: { ticket: '[ticket verwijderd]', channel: '[kanaal verwijderd]', contact: '[contact verwijderd]', host: '[interne host]', account: '[intern account]', secret: '[verwijderd]', phone: '[telefoonnummer verwijderd]', system: '[intern systeem]' },
  da: { ticket: '[sag fjernet]', channel: '[kanal fjernet]', contact: '[kontakt fjernet]', host: '[intern vært]', account: '[intern konto]', secret: '[fjernet]', phone: '[telefonnummer fjernet]', system: '[internt system]' },
  nb: { ticket: '[sak fjernet]', channel: '[kanal fjernet]', contact: '[kontakt fjernet]', host: '[intern vert]', account: '[intern konto]', secret: '[fjernet]', phone: '[telefonnummer fjernet]', system: '[internt system]' },
  sv: { ticket: '[ärende borttaget]', channel: '[kanal borttagen]', contact: '[kontakt borttagen]', host: '[intern värd]', account: '[internt konto]', secret: '[borttaget]', phone: '[telefonnummer borttaget]', system: '[internt system]' },
  fr: { ticket: '[ticket retiré]', channel: '[canal retiré]', contact: '[contact retiré]', host: '[hôte interne]', account: '[compte interne]', secret: '[retiré]', phone: '[numéro retiré]', system: '[système interne]' },
  es: { ticket: '[ticket eliminado]', channel: '[canal eliminado]', contact: '[contacto eliminado]', host: '[host interno]', account: '[cuenta interna]', secret: '[eliminado]', phone: '[teléfono eliminado]', system: '[sistema interno]' },
  it: { ticket: '[ticket rimosso]', channel: '[canale rimosso]', contact: '[contatto rimosso]', host: '[host interno]', account: '[account interno]', secret: '[rimosso]', phone: '[numero rimosso]', system: '[sistema interno]' },
  pt: { ticket: '[ticket removido]', channel: '[canal removido]', contact: '[contacto removido]', host: '[host interno]', account: '[conta interna]', secret: '[removido]', phone: '[telefone removido]', system: '[sistema interno]' },
  // Since adoption round 62, when other-languages.ts began to tell these three.
  pl: { ticket: '[zgłoszenie usunięte]', channel: '[kanał usunięty]', contact: '[kontakt usunięty]', host: '[host wewnętrzny]', account: '[konto wewnętrzne]', secret: '[usunięto]', phone: '[numer usunięty]', system: '[system wewnętrzny]' },
  cs: { ticket: '[tiket odstraněn]', channel: '[kanál odstraněn]', contact: '[kontakt odstraněn]', host: '[interní hostitel]', account: '[interní účet]', secret: '[odstraněno]', phone: '[číslo odstraněno]', system: '[interní systém]' },
  hu: { ticket: '[jegy eltávolítva]', channel: '[csatorna eltávolítva]', contact: '[kapcsolat eltávolítva]', host: '[belső gép]', account: '[belső fiók]', secret: '[eltávolítva]', phone: '[telefonszám eltávolítva]', system: '[belső rendszer]' },
  tr: { ticket: '[kayıt kaldırıldı]', channel: '[kanal kaldırıldı]', contact: '[iletişim kaldırıldı]', host: '[iç sunucu]', account: '[iç hesap]', secret: '[kaldırıldı]', phone: '[telefon kaldırıldı]', system: '[iç sistem]' },
  // Since redact round 37: a Chinese author's footer read "作者: an engineer (the responsible team)".
  zh: { ticket: '[工单已移除]', channel: '[频道已移除]', contact: '[联系方式已移除]', host: '[内部主机]', account: '[内部账号]', secret: '[已移除]', phone: '[电话已移除]', system: '[内部系统]' },
  ja: { ticket: '[チケット削除済み]', channel: '[チャンネル削除済み]', contact: '[連絡先削除済み]', host: '[社内ホスト]', account: '[社内アカウント]', secret: '[削除済み]', phone: '[電話番号削除済み]', system: '[社内システム]' },
  // Since probe round 58: "Перезапустили an internal system, очередь разгреблась".
  ru: { ticket: '[тикет удалён]', channel: '[канал удалён]', contact: '[контакт удалён]', host: '[внутренний хост]', account: '[внутренний аккаунт]', secret: '[удалено]', phone: '[телефон удалён]', system: '[внутренняя система]' },
  ko: { ticket: '[티켓 삭제됨]', channel: '[채널 삭제됨]', contact: '[연락처 삭제됨]', host: '[내부 호스트]', account: '[내부 계정]', secret: '[삭제됨]', phone: '[전화번호 삭제됨]', system: '[내부 시스템]' },
  // Since adoption round 63: round 62 gave Vietnamese and Indonesian lines a person's placeholder of
  // their own (letter-languages.ts), but an internal system on the same line still read "an internal
  // system" ("Đội vận hành khởi động lại an internal system"). Greek and Ukrainian, told by their
  // letters as those two are, had the same gap.
  vi: { ticket: '[phiếu đã xóa]', channel: '[kênh đã xóa]', contact: '[liên hệ đã xóa]', host: '[máy chủ nội bộ]', account: '[tài khoản nội bộ]', secret: '[đã xóa]', phone: '[số điện thoại đã xóa]', system: '[hệ thống nội bộ]' },
  id: { ticket: '[tiket dihapus]', channel: '[kanal dihapus]', contact: '[kontak dihapus]', host: '[host internal]', account: '[akun internal]', secret: '[dihapus]', phone: '[nomor telepon dihapus]', system: '[sistem internal]' },
  el: { ticket: '[αίτημα αφαιρέθηκε]', channel: '[κανάλι αφαιρέθηκε]', contact: '[επαφή αφαιρέθηκε]', host: '[εσωτερικός διακομιστής]', account: '[εσωτερικός λογαριασμός]', secret: '[αφαιρέθηκε]', phone: '[τηλέφωνο αφαιρέθηκε]', system: '[εσωτερικό σύστημα]' },
  uk: { ticket: '[тікет видалено]', channel: '[канал видалено]', contact: '[контакт видалено]', host: '[внутрішній хост]', account: '[внутрішній обліковий запис]', secret: '[видалено]', phone: '[телефон видалено]', system: '[внутрішня система]' },
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
export function genericPhraseIn(rule: string, language: PhraseLanguage | undefined): string | undefined {
  const kind = kindOf(rule);
  return language && kind ? phrases[language][kind] : undefined;
}

const otherLanguageCodes = new Set<string>(Object.keys(phrases).filter((code) => !['zh', 'ja', 'ko', 'ru', 'vi', 'id', 'el', 'uk'].includes(code)));

/** A BCP 47 code (report-language.ts) as one of the languages listed here; undefined for English or one not listed. */
export function asOtherLanguage(code: string | undefined): OtherLanguage | undefined {
  return code && otherLanguageCodes.has(code) ? (code as OtherLanguage) : undefined;
}

/** The words of the Chinese, Japanese and Korean phrases, each in the phrase it is part of. */
const spacelessPhraseWords = new Map((['zh', 'ja', 'ko'] as const).flatMap((language) => Object.values(phrases[language]).flatMap((phrase) => phrase.slice(1, -1).split(' ').map((word) => [word, phrase] as const))));

/**
 * Whether `text` at `index` of `line` is a word of a Chinese, Japanese or Korean phrase above, in
 * its brackets ("[联系方式已移除]"): it names no one, and the guard holds text of those scripts it
 * cannot read, so `npm run redact` would replace its own phrase on every run.
 */
export function isSpacelessPhraseWord(line: string, text: string, index: number): boolean {
  const phrase = spacelessPhraseWords.get(text);
  if (!phrase) return false;
  const open = line.lastIndexOf('[', index);
  return open >= 0 && line.startsWith(phrase, open) && open + phrase.length >= index + text.length;
}

/** A system's and a host's phrase in every language above (stand-in-labels.ts reads a name written after one). */
export const systemAndHostPhrases: readonly string[] = Object.values(phrases).flatMap((byKind) => [byKind.system, byKind.host]);
