import { withoutAccents } from './text/fold-accents.ts';
import { cjkIncidentWords } from './cjk-incident-words.ts';
import { negatedWordsBlanker } from './negated-outage-words.ts';

/**
 * The incident vocabulary in the other languages responders type it in: a German, French or
 * Spanish speaker searching reports written in English types "Stromausfall", "panne réseau",
 * "caída de la base de datos"; a knowledge base of German reports is searched with "power
 * outage". No report holds the other language's word, so pagefind finds nothing for it.
 *
 * The search page asks for a word's translations only when no postmortem holds the word itself
 * (src/lib/search-alternatives.ts): an English query on English
 * reports is never changed, and a German word that some report holds is searched as typed.
 *
 * Each entry is one English word and the words of the other languages that mean it in an
 * incident report, written from general vocabulary (the heads of the alias groups, the trigger
 * categories and failure modes of this project), not from a query set. German, French and Spanish
 * since round 25; Italian, Portuguese and Russian since round 57 (an Italian status notice's
 * "disservizio", a Portuguese runbook's "falha", a Russian report's "сбой" were found by no
 * English word, and an Italian query's words by no English report). Russian words are written in
 * the forms reports and queries use most (nominative, and the plural or genitive an error count
 * takes: "ошибка", "ошибки", "ошибок"); since round 58 a report's other cases are found through
 * them (`russianPlainForm`: "сертификатов" → "сертификат"). Swedish since round 63 ("certifikatet har gått ut",
 * "avbrott", "databasfel": a Swedish responder's words found no English notice; compounds split as
 * German and Dutch ones do, "databas" + "fel"; "brand" (fire) and "fil" (file) left out). Words that are also
 * common English words ("red", "brand", "lent", "surcharge", "inaccessible") are left out: a translation is searched only for a
 * word no page holds, but the other direction (an English word no page holds) would otherwise
 * search them. A German compound no entry holds is split into two entries' words
 * ("Netzwerkausfall": netzwerk + ausfall, "Datenbankfehler": datenbank + fehler), with the
 * linking "s" ("Sicherheitsvorfall"). Accents are optional ("reseau" is "réseau").
 * Plain logic, no file access.
 */
export const builtInIncidentTranslations: readonly { en: string; other: readonly string[] }[] = [
  { en: 'outage', other: ['ausfall', 'ausfälle', 'störung', 'störungen', 'gestört', 'panne', 'pannes', 'coupure', 'caída', 'interrupción', 'corte', 'interruzione', 'interruzioni', 'disservizio', 'disservizi', 'interrupção', 'queda', 'indisponibilidade', 'сбой', 'сбои', 'авария', 'storingen', 'uitval', 'verstoring', 'awaria', 'awarie', 'awarii', 'przerwa', 'przerwy', 'sự cố', 'gián đoạn', 'avbrott', 'driftstörning', 'driftstörningar', 'störning', 'störningar'] },
  { en: 'down', other: ['ausgefallen', 'hors service', 'caído', 'caída', 'fuori servizio', 'fora do ar', 'ligt eruit', 'nie działa', 'ngừng hoạt động', 'nere', 'ligger nere'] },
  // "luz" since round 44: a Spanish speaker's power cut is a "corte de luz" (of the light).
  { en: 'power', other: ['strom', 'électricité', 'courant', 'electricidad', 'energía', 'eléctrico', 'luz', 'elettricità', 'eletricidade', 'электричество', 'электропитание', 'stroom', 'zasilanie', 'zasilania', 'prąd', 'điện'] },
  { en: 'power outage', other: ['stromausfall', 'apagón', 'stroomstoring', 'stroomuitval', 'mất điện', 'strömavbrott', 'elavbrott'] },
  { en: 'electrical', other: ['elektrisch', 'électrique', 'eléctrico', 'eléctrica'] },
  // An uninterruptible power supply: "USV" in German, "SAI" in Spanish, "onduleur" in French.
  { en: 'ups', other: ['usv', 'sai', 'onduleur'] },
  { en: 'network', other: ['netzwerk', 'netz', 'réseau', 'réseaux', 'redes', 'rete', 'rede', 'сеть', 'сети', 'netwerk', 'netwerken', 'sieć', 'sieci', 'siecią', 'mạng', 'nätverk', 'nätverket'] },
  { en: 'datacenter', other: ['rechenzentrum', 'centre de données', 'centro de datos', 'centro dati', 'centro de dados', 'цод', 'rekencentrum', 'centrum danych', 'trung tâm dữ liệu'] },
  { en: 'login', other: ['anmeldung', 'einloggen', 'connexion', 'inicio de sesión', 'iniciar sesión', 'accesso', 'acesso', 'вход', 'inloggen', 'aanmelden', 'logowanie', 'logowania', 'logowaniem', 'đăng nhập', 'inloggning', 'inloggningen', 'logga in'] },
  { en: 'authentication', other: ['authentifizierung', 'authentification', 'autenticación', 'autenticazione', 'autenticação', 'аутентификация', 'авторизация', 'authenticatie', 'uwierzytelnianie', 'uwierzytelniania', 'uwierzytelnianiem', 'xác thực', 'autentisering', 'autentiseringen'] },
  { en: 'password', other: ['passwort', 'kennwort', 'mot de passe', 'contraseña', 'senha', 'пароль', 'wachtwoord', 'hasło', 'hasła', 'mật khẩu', 'lösenord', 'lösenordet'] },
  { en: 'account', other: ['konto', 'benutzerkonto', 'compte', 'cuenta', 'conta', 'аккаунт', 'учетная запись', 'tài khoản'] },
  { en: 'broken', other: ['kaputt', 'defekt', 'fehlerhaft', 'cassé', 'roto', 'averiado', 'rotto', 'rotta', 'quebrado', 'quebrada', 'non funziona', 'não funciona', 'сломан', 'сломался', 'kapot', 'zepsuty', 'zepsute', 'bị hỏng', 'trasig', 'trasigt', 'fungerar inte'] },
  { en: 'error', other: ['fehler', 'fehlermeldung', 'fehlermeldungen', 'erreur', 'erreurs', 'errores', 'errore', 'errori', 'erro', 'erros', 'ошибка', 'ошибки', 'ошибку', 'ошибок', 'fout', 'fouten', 'foutmelding', 'błąd', 'błędy', 'błędu', 'błędów', 'lỗi', 'fel', 'felet', 'felmeddelande'] },
  { en: 'wrong', other: ['falsch', 'erróneo', 'incorrecto', 'sbagliato', 'errato', 'errado', 'неверный', 'неправильный'] },
  { en: 'failure', other: ['fehlschlag', 'échec', 'défaillance', 'fallo', 'falla', 'guasto', 'malfunzionamento', 'falha', 'falhas', 'отказ', 'mislukt', 'usterka', 'thất bại'] },
  { en: 'crash', other: ['absturz', 'abstürze', 'abgestürzt', 'planté', 'arresto anomalo', 'падение', 'krasch', 'kraschade', 'kraschat'] },
  { en: 'slow', other: ['langsam', 'lente', 'lenteur', 'lento', 'lentitud', 'lenta', 'lentezza', 'lentidão', 'медленно', 'медленный', 'traag', 'trage', 'langzaam', 'wolno', 'powolny', 'spowolnienie', 'chậm', 'långsamt', 'långsamma'] },
  { en: 'latency', other: ['latenz', 'latence', 'latencia', 'latenza', 'latência', 'задержка', 'vertraging', 'opóźnienie', 'opóźnienia', 'độ trễ', 'fördröjning', 'latens'] },
  { en: 'timeout', other: ['zeitüberschreitung', "délai d'attente", 'tiempo de espera', 'таймаут', 'tidsgräns'] },
  { en: 'overload', other: ['überlastung', 'überlastet', 'surchargé', 'sobrecarga', 'sovraccarico', 'перегрузка', 'overbelast', 'overbelasting', 'przeciążenie', 'quá tải', 'överbelastning', 'överbelastad', 'överbelastat'] },
  { en: 'attack', other: ['angriff', 'angriffe', 'attaque', 'attaques', 'ataque', 'ataques', 'attacco', 'attacchi', 'атака', 'атаки', 'aanval', 'aanvallen', 'atak', 'ataki', 'tấn công', 'angrepp', 'attacken'] },
  { en: 'security', other: ['sicherheit', 'sécurité', 'seguridad', 'sicurezza', 'segurança', 'безопасность', 'beveiliging', 'bezpieczeństwo', 'bảo mật', 'säkerhet', 'säkerheten'] },
  // Since round 52, the malware and lure of a security incident as a French speaker names them
  // (the official French words; German and Spanish reports write "Ransomware" and "Phishing").
  { en: 'ransomware', other: ['rançongiciel', 'rançongiciels', 'erpressungstrojaner'] },
  { en: 'phishing', other: ['hameçonnage'] },
  { en: 'incident', other: ['vorfall', 'incidente', 'инцидент', 'incydent', 'incydentu'] },
  { en: 'leak', other: ['leck', 'datenleck', 'fuite', 'fuga', 'vazamento', 'утечка', 'datalek', 'wyciek', 'rò rỉ', 'läcka', 'dataläcka'] },
  { en: 'revoked', other: ['widerrufen', 'révoqué', 'révocation', 'revocado', 'revocación', 'revocato', 'revoca', 'revogado', 'revogação', 'отозван', 'отзыв', 'аннулирование', 'аннулировать'] },
  { en: 'key', other: ['schlüssel', 'clé', 'clave', 'chiave', 'chave', 'ключ', 'sleutel', 'klucz', 'nyckel', 'nyckeln'] },
  { en: 'database', other: ['datenbank', 'base de données', 'base de datos', 'banca dati', 'banco de dados', 'base de dados', 'база данных', 'databank', 'baza danych', 'bazy danych', 'bazą danych', 'cơ sở dữ liệu', 'databas', 'databasen'] },
  { en: 'data', other: ['daten', 'données', 'datos', 'dati', 'dados', 'данные', 'данных', 'gegevens', 'danych', 'dữ liệu'] },
  { en: 'loss', other: ['verlust', 'perte', 'pérdida', 'perdita', 'perda', 'потеря', 'verlies', 'utrata', 'förlust'] },
  { en: 'disk', other: ['festplatte', 'platte', 'disque', 'диск', 'schijf', 'dysk', 'ổ đĩa'] },
  { en: 'full', other: ['voll', 'plein', 'pleine', 'lleno', 'llena', 'pieno', 'piena', 'cheio', 'cheia', 'переполнен'] },
  { en: 'storage', other: ['speicherplatz', 'dateiablage', 'stockage', 'almacenamiento', 'archiviazione', 'armazenamento', 'хранилище', 'opslag', 'ổ lưu trữ', 'lagring', 'lagringen'] },
  { en: 'memory', other: ['arbeitsspeicher', 'speicher', 'mémoire', 'memoria', 'память', 'geheugen', 'pamięć', 'pamięci', 'bộ nhớ', 'minne', 'minnet'] },
  { en: 'server', other: ['serveur', 'serveurs', 'servidor', 'servidores', 'сервер', 'serwer', 'serwera', 'serwery', 'máy chủ', 'servern', 'servrar', 'servrarna'] },
  { en: 'maintenance', other: ['wartung', 'wartungsarbeiten', 'mantenimiento', 'manutenzione', 'manutenção', 'обслуживание', 'onderhoud', 'konserwacja', 'bảo trì', 'underhåll'] },
  { en: 'update', other: ['aktualisierung', 'mise à jour', 'actualización', 'aggiornamento', 'aggiornamenti', 'atualização', 'обновление', 'bijwerken', 'aktualizacja', 'aktualizacji', 'cập nhật', 'uppdatering', 'uppdateringen'] },
  { en: 'upgrade', other: ['mise à niveau', 'actualización'] },
  { en: 'deployment', other: ['bereitstellung', 'déploiement', 'despliegue', 'rilascio', 'implantação', 'развертывание', 'деплой', 'uitrol', 'wdrożenie', 'wdrożenia', 'triển khai', 'driftsättning'] },
  { en: 'restart', other: ['neustart', 'neu gestartet', 'neugestartet', 'redémarrage', 'reinicio', 'riavvio', 'reinicialização', 'перезапуск', 'перезагрузка', 'herstart', 'herstarten', 'khởi động lại', 'omstart', 'starta om'] },
  { en: 'rollback', other: ['zurückgerollt', 'zurückrollen', 'zurückgesetzt', 'zurücksetzen', 'retour arrière', 'reversión', 'reversão', 'откат', 'terugdraaien', 'wycofanie'] },
  { en: 'backup', other: ['sicherung', 'datensicherung', 'sauvegarde', 'respaldo', 'copia de seguridad', 'cópia de segurança', 'бэкап', 'резервная копия', 'reservekopie', 'kopia zapasowa', 'sao lưu', 'säkerhetskopia', 'säkerhetskopiering'] },
  { en: 'certificate', other: ['zertifikat', 'certificat', 'certificado', 'certificato', 'certificati', 'сертификат', 'certificaat', 'certyfikat', 'certyfikatu', 'chứng chỉ', 'certifikat', 'certifikatet'] },
  { en: 'expired', other: ['abgelaufen', 'expiré', 'caducado', 'vencido', 'scaduto', 'scaduta', 'scaduti', 'expirado', 'expirada', 'истек', 'verlopen', 'wygasł', 'wygasły', 'wygasło', 'hết hạn', 'utgånget', 'utgått', 'gått ut', 'har gått ut'] },
  // Since round 57, the expiry a certificate's or a domain's notice announces ("e-mail di scadenza").
  { en: 'expiry', other: ['scadenza', 'vencimento', 'caducidad', 'срок действия'] },
  { en: 'unreachable', other: ['unerreichbar', 'nicht erreichbar', 'nicht mehr erreichbar', 'injoignable', 'inaccesible', 'irraggiungibile', 'inacessível', 'недоступен', 'onbereikbaar', 'niet bereikbaar', 'nieosiągalny'] },
  // A German status notice says a service "ist nicht erreichbar" where an English one says it is
  // unavailable as often as unreachable (round 49: "teacher account overview unavailable" found
  // the notice only through a template comment's word, which round 48 stopped indexing).
  { en: 'unavailable', other: ['nicht verfügbar', 'unerreichbar', 'nicht erreichbar', 'nicht mehr erreichbar', 'indisponible', 'no disponible', 'non disponibile', 'indisponível', 'недоступен', 'недоступна', 'niet beschikbaar', 'niedostępny', 'niedostępna', 'niedostępne', 'không khả dụng', 'otillgänglig', 'inte tillgänglig'] },
  { en: 'connection', other: ['verbindung', 'conexión', 'connessione', 'conexão', 'соединение', 'подключение', 'verbinding', 'verbindingen', 'połączenie', 'połączenia', 'połączeniem', 'kết nối', 'mất kết nối', 'anslutning', 'anslutningen', 'uppkoppling'] },
  { en: 'queue', other: ['warteschlange', "file d'attente", 'fila', 'очередь', 'wachtrij', 'kolejka', 'hàng đợi'] },
  { en: 'load balancer', other: ['lastverteiler', 'répartiteur de charge', 'balanceador de carga', 'bilanciatore di carico'] },
  { en: 'provider', other: ['anbieter', 'fournisseur', 'proveedor', 'fornitore', 'provedor', 'fornecedor', 'провайдер', 'leverancier', 'aanbieder', 'dostawca', 'nhà cung cấp', 'leverantör', 'leverantören'] },
  { en: 'customer', other: ['kunde', 'kunden', 'cliente', 'clientes', 'clienti', 'клиент', 'klant', 'klanten', 'klient', 'klienci', 'khách hàng', 'kund', 'kunder'] },
  { en: 'payment', other: ['zahlung', 'zahlungen', 'paiement', 'paiements', 'pago', 'pagos', 'pagamento', 'pagamenti', 'pagamentos', 'платеж', 'оплата', 'betaling', 'betalingen', 'płatność', 'płatności', 'thanh toán', 'betalning', 'betalningar'] },
  { en: 'fire', other: ['feuer', 'incendie', 'incendio', 'incêndio', 'пожар', 'pożar'] },
  { en: 'storm', other: ['sturm', 'gewitter', 'orage', 'tempête', 'tormenta', 'temporale', 'tempesta', 'tempestade', 'гроза', 'onweer', 'burza'] },
  { en: 'weather', other: ['wetter', 'unwetter', 'météo', 'intempéries', 'tormenta'] },
  { en: 'cooling', other: ['kühlung', 'klimaanlage', 'refroidissement', 'climatisation', 'refrigeración', 'raffreddamento', 'refrigeração', 'охлаждение', 'koeling', 'chłodzenie', 'kylning'] },
  { en: 'fiber', other: ['glasfaser', 'fibre optique', 'fibra'] },
  { en: 'configuration', other: ['konfiguration', 'configuración', 'configurazione', 'configuração', 'конфигурация', 'configuratie', 'konfiguracja', 'cấu hình'] },
  // Since round 45, for the English words of a German notice (englishIncidentWords): what notices
  // say of a file store, a change and a message, in the words a responder types in English.
  { en: 'file', other: ['datei', 'dateien', 'dateiablage', 'fichier', 'fichiers', 'archivo', 'archivos', 'arquivo', 'arquivos', 'файл', 'файлы', 'bestand', 'bestanden', 'plik', 'pliki'] },
  { en: 'change', other: ['änderung', 'änderungen', 'cambio', 'cambios', 'modifica', 'modifiche', 'mudança', 'alteração', 'изменение', 'wijziging', 'wijzigingen', 'zmiana', 'zmiany', 'ändring', 'ändringar'] },
  { en: 'notification', other: ['benachrichtigung', 'benachrichtigungen', 'notificación', 'notificaciones', 'notifica', 'notifiche', 'notificação', 'уведомление', 'melding', 'meldingen', 'powiadomienie', 'powiadomienia', 'thông báo'] },
  { en: 'upload', other: ['hochladen', 'hochgeladen', 'téléverser', 'téléversement', 'subir', 'caricare', 'caricato', 'caricati', 'загрузить'] },
  { en: 'loading', other: ['ladezeit', 'ladezeiten', 'chargement', 'caricamento', 'carregamento', 'загрузка'] },
  // Since round 62, a problem and a cloud as a Dutch, Polish or Vietnamese speaker types them
  // ("netwerkproblemen", "awaria chmury"); the other languages' words beside them.
  { en: 'problem', other: ['probleem', 'problemen', 'problème', 'problèmes', 'problema', 'problemas', 'problemi', 'problemy', 'problemu', 'проблема', 'проблемы', 'vấn đề', 'problemet'] },
  { en: 'cloud', other: ['chmura', 'chmury', 'chmurze', 'nube', 'nuvem', 'nuage', 'облако', 'đám mây', 'moln', 'molnet'] },
];

/**
 * The table's words for an outage and for "down" (German, French, Spanish, Italian, Portuguese,
 * Russian), blanked where a negation denies them (src/lib/negated-outage-words.ts, round 60): a
 * maintenance notice "ohne Störung" or "senza disservizi" said no outage happened.
 */
const deniedOutageWordsBlanked = negatedWordsBlanker(
  builtInIncidentTranslations.filter(({ en }) => en === 'outage' || en === 'down').flatMap(({ other }) => other),
);

/** Lowercase without accents: "Réseau" and "reseau" are one word, as a responder may type either. */
export function foldAccents(word: string): string {
  return withoutAccents(word.toLowerCase());
}

interface TranslationIndex {
  /** A folded word of another language → the English words it means. */
  toEnglish: Map<string, string[]>;
  /** A folded English word → its words in the other languages (single words only). */
  fromEnglish: Map<string, string[]>;
  /** A folded word of another language → the other single words of its entries. */
  sameEntry: Map<string, string[]>;
  /** A folded single word of the table → the word as the table writes it ("storung" → "störung"). */
  written: Map<string, string>;
}

/**
 * The table as lookups. A phrase of another language ("mot de passe") is found by its words only
 * where they are telling on their own: its words are not entries, so "de" alone translates to
 * nothing. An English phrase ("power outage") translates a word to both words.
 */
export function translationIndex(table: readonly { en: string; other: readonly string[] }[] = builtInIncidentTranslations): TranslationIndex {
  const toEnglish = new Map<string, string[]>();
  const fromEnglish = new Map<string, string[]>();
  const sameEntry = new Map<string, string[]>();
  const written = new Map<string, string>();
  const add = (map: Map<string, string[]>, key: string, values: readonly string[]) => {
    const list = map.get(key) ?? [];
    for (const value of values) if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const { en, other } of table) {
    const english = en.split(' ');
    const words = other.filter((word) => !word.includes(' '));
    for (const word of words) add(toEnglish, foldAccents(word), english);
    for (const word of words) add(sameEntry, foldAccents(word), words.filter((w) => w !== word));
    if (english.length === 1) add(fromEnglish, foldAccents(en), other.filter((word) => !word.includes(' ')));
    for (const word of [...words, ...(english.length === 1 ? english : [])]) if (!written.has(foldAccents(word))) written.set(foldAccents(word), word);
  }
  return { toEnglish, fromEnglish, sameEntry, written };
}

const builtIn = translationIndex();

/**
 * A German adjective or participle is typed inflected ("kaputtem Update", "defekte Platte",
 * "abgelaufenes Zertifikat"), the table holds its plain form: the word without the ending
 * -e/-em/-en/-er/-es, when that is a word of another language in the table (round 25). Since
 * round 44 also a Spanish or French plural, the word without its -s ("servicios caídos",
 * "cortes": the table holds "caído", "corte"). English words of the table are not looked up this
 * way ("slower" is no form of "slow" here, "errors" none of "error"). Since round 63 a Polish
 * case: the word without its case ending, or with "-a" for it, when that is a word of the table
 * ("awarią", "serwerze", "sieciami", "logowaniu"); round 62 listed the forms one by one, and no
 * query of rounds 58-63's pools moved with the rule (docs/findability.md, round 63).
 */
function inflectedPlainForm(folded: string, index: TranslationIndex): string | undefined {
  if (/^\p{Script=Cyrillic}+$/u.test(folded)) return russianPlainForm(folded, index);
  for (const ending of ['em', 'en', 'er', 'es', 'e', 's']) {
    if (!folded.endsWith(ending) || folded.length - ending.length < minCompoundPart) continue;
    const plain = folded.slice(0, -ending.length);
    if (index.toEnglish.has(plain)) return plain;
  }
  for (const ending of polishCaseEndings) {
    if (!folded.endsWith(ending) || folded.length - ending.length < minCompoundPart) continue;
    const stem = folded.slice(0, -ending.length);
    for (const plainEnding of ['', 'a']) if (index.toEnglish.has(stem + plainEnding)) return stem + plainEnding;
  }
  return undefined;
}
/** Polish case endings (longest first), folded: "-ów" is "ow", "-ą" and "-ę" are "a" and "e". */
const polishCaseEndings = ['ami', 'ach', 'om', 'ow', 'ie', 'ze', 'a', 'e', 'y', 'i', 'u'].map(foldAccents);
/**
 * Russian declines its nouns and adjectives by case and number, and the table writes each word
 * once, in its commonest form (round 57): a report's "сертификатов", "сервера" or "ошибкой"
 * translated to nothing, and its search document held no "certificate" (round 58). The word
 * without a case ending (longest first), with the plain form's own ending where it has one
 * ("ошибк-ой" → "ошибка", "уведомлени-я" → "уведомление"), when that is a word of the table.
 * A stem shorter than four letters is not looked up ("сет-ей" is no form of anything here).
 */
const russianCaseEndings = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ов', 'ев', 'ей', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ой', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь']
  .map(foldAccents)
  .sort((a, b) => b.length - a.length);
const russianPlainEndings = ['', 'а', 'я', 'ь', 'е', 'й', 'о', 'и', 'ы'].map(foldAccents);
function russianPlainForm(folded: string, index: TranslationIndex): string | undefined {
  for (const ending of russianCaseEndings) {
    if (!folded.endsWith(ending) || folded.length - ending.length < minCompoundPart) continue;
    const stem = folded.slice(0, -ending.length);
    for (const plainEnding of russianPlainEndings) {
      const plain = stem + plainEnding;
      if (plain !== folded && index.toEnglish.has(plain)) return plain;
    }
  }
  return undefined;
}
function inflectedEntry(folded: string, index: TranslationIndex): string[] | undefined {
  const plain = inflectedPlainForm(folded, index);
  return plain === undefined ? undefined : index.toEnglish.get(plain);
}

/**
 * Words of the same meaning in the languages of the table, for a word of another language: the
 * other words of its entries ("kaputt" → "defekt", "fehlerhaft", "cassé", ...),
 * so that a German query finds a German report that says it another way (round 25: a knowledge base
 * of German notices holds none of the English words a German word translates to). None for an
 * English word, whose translations `translationsOf` gives, nor for a compound of two entries.
 */
export function sameMeaningWordsOf(word: string, index: TranslationIndex = builtIn): string[] {
  const folded = foldAccents(word);
  const plain = index.sameEntry.has(folded) ? folded : inflectedPlainForm(folded, index);
  if (plain === undefined) return [];
  // The plain form of an inflected word first: "kaputt" finds "kaputten" too (pagefind matches word starts).
  return [...new Set([...(plain === folded ? [] : [plain]), ...(index.sameEntry.get(plain) ?? [])])].filter((other) => foldAccents(other) !== folded);
}

/** The shortest part of a German compound that is split off (shorter parts are mostly endings). */
const minCompoundPart = 4;

/**
 * What a query word means in the other languages of the table: its English words when it is a
 * word of another language (or a compound of two such words), else its words in the other
 * languages when it is an English word of the table, else none. The word itself is never returned.
 */
export function translationsOf(word: string, index: TranslationIndex = builtIn): string[] {
  const folded = foldAccents(word);
  const direct = index.toEnglish.get(folded) ?? index.fromEnglish.get(folded) ?? inflectedEntry(folded, index);
  if (direct) return direct.filter((other) => other !== folded);
  const parts = compoundParts(folded, index);
  return parts ? [...new Set(parts.flatMap((part) => index.toEnglish.get(part) ?? [part]))] : [];
}

/**
 * A German compound of two words of the table, folded: the longest known head that leaves a known
 * modifier, with or without the linking "s" ("sicherheitsvorfall" = sicherheit + s + vorfall).
 * German borrows English words into compounds ("Datenbankserver", "Loginfehler"): a part that is
 * an English word of the table stands for itself. At least one part is German, else the word is
 * no compound of the table. A word of the table itself is no compound.
 */
function compoundParts(folded: string, index: TranslationIndex): [string, string] | undefined {
  const known = (part: string) => index.toEnglish.has(part) || index.fromEnglish.has(part);
  for (let split = minCompoundPart; split <= folded.length - minCompoundPart; split++) {
    const headWord = folded.slice(split);
    if (!known(headWord)) continue;
    const typed = folded.slice(0, split);
    const bare = typed.endsWith('s') ? typed.slice(0, -1) : undefined;
    const modifierWord = known(typed) ? typed : bare !== undefined && known(bare) ? bare : undefined;
    if (modifierWord === undefined) continue;
    if (index.toEnglish.has(headWord) || index.toEnglish.has(modifierWord)) return [modifierWord, headWord];
  }
  return undefined;
}

/**
 * The English words of the table that a word of another language means: "Ausfall" → "outage",
 * "fehlerhaften" → "broken", "Datenbankfehler" → "database", "error" (a compound's English part
 * stands for itself). None for an English word of the table or a word the table does not hold.
 */
export function englishWordsOf(word: string, index: TranslationIndex = builtIn): string[] {
  const folded = foldAccents(word);
  if (index.fromEnglish.has(folded)) return [];
  const direct = index.toEnglish.get(folded) ?? inflectedEntry(folded, index);
  if (direct) return direct;
  const parts = compoundParts(folded, index);
  return parts ? [...new Set(parts.flatMap((part) => index.toEnglish.get(part) ?? [part]))] : [];
}

/** The table's phrases of another language ("nicht erreichbar", "mise à jour"), folded, with their English words. */
function phrasesOf(table: readonly { en: string; other: readonly string[] }[]): { phrase: string; english: string[] }[] {
  return table.flatMap(({ en, other }) => other.filter((word) => word.includes(' ')).map((phrase) => ({ phrase: foldAccents(phrase), english: en.split(' ') })));
}
const builtInPhrases = phrasesOf(builtInIncidentTranslations);

/**
 * The English words of each query word that belongs to a phrase of the table typed whole (round
 * 56): "base de datos llena" → "base" and "datos" mean "database" (the phrase's English word),
 * where each word alone translates to nothing ("base") or to another word ("datos" → "data").
 * Word by word, "datos" found the pages whose titles held "data" (a data centre's notice) above
 * the report of a full database (round 55's development half). Keyed by the word folded as
 * `translationsOf` folds it; a word of no typed phrase is not in the map.
 */
export function phraseWordTranslations(query: string, phrases = builtInPhrases): Map<string, string[]> {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldAccents);
  const folded = ` ${words.join(' ')} `;
  const out = new Map<string, string[]>();
  for (const { phrase, english } of phrases) {
    if (!folded.includes(` ${phrase} `)) continue;
    for (const word of phrase.split(' ')) out.set(word, [...new Set([...(out.get(word) ?? []), ...english])]);
  }
  return out;
}

/**
 * The English incident words a text in another language says (round 45): each word's and each
 * phrase's English words from the table, in the order first found, without those the text
 * writes itself. "Etherpad: Ausfall … neu gestartet" → "outage", "restart". A German status
 * notice holds none of the English words a responder types ("etherpad crashed, restarted"),
 * and the search page translates a query word only when no page holds it; in a knowledge base
 * of English reports and German notices the English reports hold every such word, so the
 * notice was found by its name alone, below English reports holding three everyday words
 * (round 44: English queries on German notices 0.41 top-1). The search document of a report in
 * another language indexes these words (src/lib/search-document.ts). A Chinese, Japanese or
 * Korean text's words are read from src/lib/cjk-incident-words.ts (round 59).
 */
export function englishIncidentWords(text: string, index: TranslationIndex = builtIn, phrases = builtInPhrases): string[] {
  const written = new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldAccents));
  // Since round 60 an outage word the text denies ("keine Ausfälle", "senza disservizi") is not read.
  const words = deniedOutageWordsBlanked(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = ` ${words.map(foldAccents).join(' ')} `;
  const found = new Set<string>();
  for (const word of words) for (const english of englishWordsOf(word, index)) found.add(english);
  for (const { phrase, english } of phrases) if (folded.includes(` ${phrase} `)) for (const word of english) found.add(word);
  // Chinese, Japanese and Korean words are found inside the text, from a table of their own (round 59).
  for (const word of cjkIncidentWords(text)) found.add(word);
  return [...found].filter((word) => !written.has(foldAccents(word)));
}

/**
 * The two words of a German compound of the table, as the table writes them (round 44):
 * "Datenbankausfall" → "datenbank", "ausfall". Its English words (`translationsOf`) find English
 * reports; a German notice writes the parts apart ("Ausfall der Datenbank") and held neither of
 * them, so a German query found no German notice through its compound. None for a word that is
 * no such compound, nor for a word of the table itself.
 */
export function compoundPartsOf(word: string, index: TranslationIndex = builtIn): string[] {
  const folded = foldAccents(word);
  if (index.toEnglish.has(folded) || index.fromEnglish.has(folded) || inflectedPlainForm(folded, index) !== undefined) return [];
  return (compoundParts(folded, index) ?? []).map((part) => index.written.get(part) ?? part);
}

