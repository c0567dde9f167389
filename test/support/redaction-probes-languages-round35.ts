/**
 * The probe round 35's leaks (docs/redaction.md, "Probe round 35: other languages and scripts"):
 * postmortem sentences in Japanese, Chinese and Korean naming people bare (a surname or a given
 * name with no honorific, doing no responder's work: a reporter, an attendee, an owner, whose
 * account the post reports), in Polish, Czech, Swedish, Norwegian, Danish, Turkish, Russian,
 * Ukrainian and Greek (titles, role labels, patronymics), and systems after a noun of German,
 * French, Spanish, Portuguese and Italian that round 33's list lacked. Text of our own writing,
 * modelled on how those writers write reports; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesLanguagesRound35: readonly LeakProbeWithOrganisation[] = [
  // Japanese: a bare surname or given name doing no responder's work.
  p('ja: the first report came from a surname', '最初の報告は久我からで、ダッシュボードのスクリーンショットが共有されました。', '久我'),
  p('ja: attendees of the review in a sentence', '振り返り会には蓮見、霧島、東雲が参加しました。', '霧島'),
  p('ja: according to a surname\'s report', '霧島の報告によると、ディスク使用率は午前2時には95%を超えていました。', '霧島'),
  p('ja: a surname watching a graph', '東雲が見ていたグラフでは、遅延は10分前から増えていました。', '東雲'),
  p('ja: a surname on leave', '蓮見は休暇中だったため、当番を交代しました。', '蓮見'),
  p('ja: a Katakana given name on standby', 'ハルトは翌朝まで待機していました。', 'ハルト'),
  p('ja: who wrote and who reviewed', 'ポストモーテムの作成は鳴海、レビューは東雲が行いました。', '鳴海'),
  p('ja: a surname pointing out the mistake', '稲葉の指摘で設定ミスが見つかりました。', '稲葉'),
  p('ja: a surname joining the VPN', '連絡を受けた久我がすぐにVPNに接続しました。', '久我'),
  p('ja: the owner of an action item in a sentence', 'この対策の担当は霧島とし、4月末までに完了させます。', '霧島'),
  p('ja: thanks to a surname', '深夜にもかかわらず駆けつけてくれた鳴海に感謝します。', '鳴海'),
  p('ja: a full name with a space', '当日は霧島 晴人が一次対応にあたりました。', '霧島 晴人'),
  p('ja: the owner cell of an action table', '| 監視ルールを見直します | 霧島 | 4月末まで |', '霧島'),
  p('ja: a surname asked in the chat', 'Slackで稲葉に状況を聞いたところ、まだ復旧していないとのことでした。', '稲葉'),

  // Chinese: a given name alone, attendees.
  p('zh: a given name finding the full disk', '志强发现磁盘满了，随即清理了日志。', '志强'),
  p('zh: given names taking part in the review', '参与复盘的有晓明、佳怡和浩然。', '佳怡'),
  p('zh: a given name on duty', '当晚值班的是佳怡，她在凌晨三点收到告警。', '佳怡'),
  p('zh: according to a given name\'s investigation', '根据雨桐的排查，问题出在连接池配置上。', '雨桐'),
  p('zh: thanks to given names', '感谢思远和浩然连夜修复。', '思远'),
  p('zh: a given name restarting the service', '建国重启服务后，延迟恢复正常。', '建国'),
  p('zh: attendees with surnames', '复盘会议由王伟主持，李娜、张磊和刘洋参加。', '李娜'),
  p('zh: a compound surname acting', '欧阳俊杰执行了回滚操作。', '欧阳俊杰'),
  p('zh: a given name reporting', '晓明反馈说监控面板一直没有数据。', '晓明'),
  p('zh: traditional Chinese given name', '志偉在凌晨兩點重新啟動了資料庫。', '志偉'),

  // Korean: a given name without an honorific, full names.
  p('ko: a given name restarting the server', '민준이 서버를 재시작했습니다.', '민준'),
  p('ko: a given name receiving the alert', '지훈은 새벽 3시에 알림을 받았습니다.', '지훈'),
  p('ko: a full name rolling back', '김민준이 롤백을 진행했습니다.', '김민준'),
  p('ko: attendees of the review', '회고에는 김서연, 박지훈, 이도윤이 참석했습니다.', '박지훈'),
  p('ko: according to a given name\'s report', '서연의 보고에 따르면 디스크가 가득 찼습니다.', '서연'),
  p('ko: the first to notice', '최초 발견자는 하은이었습니다.', '하은'),
  p('ko: two given names sharing the work', '현우가 DB 페일오버를 수행했고, 수빈이 고객 공지를 작성했습니다.', '수빈'),
  p('ko: a full name with a space', '남궁 민수가 배포를 되돌렸습니다.', '남궁 민수'),

  // Polish.
  p('pl: Pan and a surname', 'Pan Kowalczyk zatwierdził rollback o 10:20.', 'Kowalczyk'),
  p('pl: Pani and a surname', 'Pani Wiśniewska poinformowała klientów o awarii.', 'Wiśniewska'),
  p('pl: inż. and a surname', 'inż. Zieliński zrestartował serwer bazy danych.', 'Zieliński'),
  p('pl: dr and a surname', 'dr Lewandowska przeanalizowała logi.', 'Lewandowska'),
  p('pl: według and a name', 'Według Bartosza dysk był pełny już o 02:00.', 'Bartosza'),
  p('pl: Odpowiedzialny label', 'Odpowiedzialny: Krzysztof Wójcik', 'Krzysztof Wójcik'),
  p('pl: Dyżurny label', 'Dyżurny: Grzegorz Pietrzak', 'Grzegorz Pietrzak'),
  p('pl: then a full name acting', 'Następnie Agnieszka Dąbrowska przywróciła kopię zapasową.', 'Agnieszka Dąbrowska'),

  // Czech.
  p('cs: pan and a surname', 'Pan Dvořák schválil návrat ke starší verzi.', 'Dvořák'),
  p('cs: paní and a surname', 'Paní Nováková informovala zákazníky.', 'Nováková'),
  p('cs: Ing. and a surname', 'Ing. Procházka restartoval server.', 'Procházka'),
  p('cs: Mgr. and a surname', 'Mgr. Svobodová sepsala zprávu o incidentu.', 'Svobodová'),
  p('cs: podle and a name', 'Podle Tomáše byl disk plný.', 'Tomáše'),
  p('cs: Odpovědná osoba label', 'Odpovědná osoba: Jaroslav Kučera', 'Jaroslav Kučera'),

  // Swedish, Norwegian, Danish.
  p('sv: Ansvarig label', 'Ansvarig: Lars Björklund', 'Lars Björklund'),
  p('sv: Jourhavande label', 'Jourhavande: Ingrid Lindqvist', 'Ingrid Lindqvist'),
  p('sv: enligt and a name', 'Enligt Karin var disken full redan klockan två.', 'Karin'),
  p('sv: then a full name acting', 'Sedan startade Johan Lindgren om tjänsten.', 'Johan Lindgren'),
  p('no: Vakthavende label', 'Vakthavende: Sigrid Haugland', 'Sigrid Haugland'),
  p('da: Ansvarlig label', 'Ansvarlig: Mads Kjærgaard', 'Mads Kjærgaard'),
  p('da: ifølge and a name', 'Ifølge Rasmus var certifikatet udløbet.', 'Rasmus'),

  // Turkish.
  p('tr: Bey after a given name', 'Ahmet Bey geri almayı onayladı.', 'Ahmet'),
  p('tr: Hanım after a given name', 'Ayşe Hanım müşterileri bilgilendirdi.', 'Ayşe'),
  p('tr: Sorumlu label', 'Sorumlu: Mehmet Yıldırımoğlu', 'Mehmet Yıldırımoğlu'),
  p('tr: a given name restarting', 'Emre sunucuyu yeniden başlattı.', 'Emre'),

  // Russian, Ukrainian and Greek: held whole as text in another script.
  p('ru: a full name restarting', 'Иван Петров перезапустил сервис в 03:10.', 'Иван Петров'),
  p('ru: a label and a name with a patronymic', 'Ответственный: Сергей Владимирович Кузнецов', 'Сергей Владимирович Кузнецов'),
  p('ru: according to a given name', 'По словам Марины, диск был заполнен.', 'Марины'),
  p('uk: a full name rolling back', 'Олена Коваленко відкотила реліз.', 'Олена Коваленко'),
  p('el: a full name restarting', 'Ο Γιώργος Παπαδόπουλος επανεκκίνησε τον διακομιστή.', 'Γιώργος Παπαδόπουλος'),

  // Systems after a noun round 33's list lacked.
  p('de: der Speicher and an internal store', 'Der Speicher objekt-ablage-02 war um 03:00 voll.', 'objekt-ablage-02'),
  p('de: die Datenbank and an internal database', 'Die Datenbank kunden-stamm lief in ein Lock.', 'kunden-stamm'),
  p('fr: le cache and an internal cache', 'Le cache sessions-web a expiré en même temps.', 'sessions-web'),
  p('fr: le stockage and an internal store', 'Le stockage archives-clients était plein.', 'archives-clients'),
  p('es: el clúster and an internal cluster', 'El clúster pagos-prod-eu no respondía.', 'pagos-prod-eu'),
  p('es: la base de datos and an internal database', 'La base de datos clientes-maestro se bloqueó.', 'clientes-maestro'),
  p('pt: o cache and an internal cache', 'O cache sessoes-loja expirou às 10:00.', 'sessoes-loja'),
  p('it: il cluster and an internal cluster', 'Il cluster ordini-prod-eu è andato giù.', 'ordini-prod-eu'),
  p('pl: serwis and an internal service', 'Serwis rozliczenia-api przestał odpowiadać.', 'rozliczenia-api'),
  p('cs: služba and an internal service', 'Služba platby-api neodpovídala.', 'platby-api'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedLanguagesRound35: ReadonlySet<string> = new Set<string>();

/**
 * The probes found before this round's rules (measured on the commit before it, 803e23a2): names
 * in Cyrillic and Greek are held whole as text in another script; titles and labels of Polish,
 * Czech, the Scandinavian languages and Turkish were found by the full-name guess and the label
 * rules before a capitalised word no English dictionary knows.
 */
export const foundBeforeLanguagesRound35: ReadonlySet<string> = new Set<string>([
  "ja: the owner cell of an action table",
  "zh: attendees with surnames",
  "zh: a compound surname acting",
  "ko: a given name receiving the alert",
  "ko: a full name rolling back",
  "ko: attendees of the review",
  "pl: Pan and a surname",
  "pl: Pani and a surname",
  "pl: dr and a surname",
  "pl: według and a name",
  "pl: Odpowiedzialny label",
  "pl: Dyżurny label",
  "pl: then a full name acting",
  "cs: pan and a surname",
  "cs: paní and a surname",
  "cs: Ing. and a surname",
  "cs: Mgr. and a surname",
  "cs: podle and a name",
  "cs: Odpovědná osoba label",
  "sv: Ansvarig label",
  "sv: Jourhavande label",
  "sv: enligt and a name",
  "sv: then a full name acting",
  "no: Vakthavende label",
  "da: Ansvarlig label",
  "da: ifølge and a name",
  "tr: Bey after a given name",
  "tr: Hanım after a given name",
  "tr: Sorumlu label",
  "ru: a full name restarting",
  "ru: a label and a name with a patronymic",
  "ru: according to a given name",
  "uk: a full name rolling back",
  "el: a full name restarting",
  "de: der Speicher and an internal store",
  "de: die Datenbank and an internal database",
  "es: el clúster and an internal cluster",
  "it: il cluster and an internal cluster",
]);
