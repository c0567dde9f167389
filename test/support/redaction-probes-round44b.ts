/**
 * The probe round 44b's leaks (docs/redaction.md, "Probe round 44b"): machines after nouns the
 * round 43b rule did not list or before their verb's object, and people in the shapes other
 * languages write them (titles, articles, honorifics, double surnames, patronymics), in Spanish,
 * Portuguese, French, German, Italian, Dutch, Polish, Japanese, Korean, Chinese and Russian, in
 * prose, tables, timelines and the public frontmatter fields. Text of our own writing, modelled on
 * the shapes of the non-English reports of /work/corpora, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound44b: readonly LeakProbeWithOrganisation[] = [
  // Spanish.
  p('es: a machine before a preposition', 'El servidor zurbelo con errores siguió aceptando conexiones.', 'zurbelo'),
  p('es: a machine after la instancia', 'La instancia mendikoi se quedó sin disco a las 03:10.', 'mendikoi'),
  p('es: a machine after el clúster', 'Reiniciamos el clúster tximela y volvió el servicio.', 'tximela'),
  p('es: Sr. and a surname', 'El Sr. Albizuri aprobó el cambio de emergencia.', 'Albizuri'),
  p('es: Sra. and a surname', 'Según la Sra. Olabarrieta, el disco se llenó de madrugada.', 'Olabarrieta'),
  p('es: a double surname', 'Nerea Albizuri Etxegoien reinició el servicio a las 03:20.', 'Etxegoien'),
  p('pt: a timeline item acting', '- 02:40 Oriana reiniciou o serviço de filas.', 'Oriana'),
  p('es: a timeline row acting', '| 03:20 | Itziar Goñi reinició el balanceador |', 'Itziar Goñi'),
  // Portuguese.
  p('pt: o and a given name acting', 'O Jurandir reiniciou o servidor às 02:40.', 'Jurandir'),
  p('pt: a and a given name acting', 'A Iracema detectou o erro no painel.', 'Iracema'),
  p('pt: a machine after a instância', 'A instância tucanduba ficou sem memória durante a noite.', 'tucanduba'),
  p('pt: a machine after o cluster', 'O cluster jaraquirim caiu às 02:00.', 'jaraquirim'),
  p('pt: a machine before com', 'O servidor tambaqui com disco cheio parou de responder.', 'tambaqui'),
  p('pt: Sr. and a surname', 'O Sr. Pimentel autorizou o rollback.', 'Pimentel'),
  // French.
  p('fr: a machine after le nœud', 'Le nœud ravenelle est tombé vers 04:00.', 'ravenelle'),
  p("fr: a machine after l'instance", "L'instance grisolle a redémarré toute seule.", 'grisolle'),
  p('fr: a machine after le conteneur', 'Le conteneur pastiflor a redémarré deux fois.', 'pastiflor'),
  p('fr: M. and a surname', 'M. Kerbrat a validé le retour arrière.', 'Kerbrat'),
  p('fr: a machine before avec', 'Le serveur brocéliande avec son disque plein refusait les écritures.', 'brocéliande'),
  // German.
  p('de: a machine after der Knoten', 'Der Knoten felsbrack fiel um 03:00 aus.', 'felsbrack'),
  p('de: a machine after die Instanz', 'Die Instanz moorkamp wurde neu gestartet.', 'moorkamp'),
  p('de: Herr and an umlaut surname', 'Herr Hülsemeyer hat den Dienst neu gestartet.', 'Hülsemeyer'),
  p('de: Frau and a surname', 'Frau Dreesbach informierte die Schulen per E-Mail.', 'Dreesbach'),
  p('de: von Kollege a surname', 'Der Dienst wurde von Kollege Brandstätter neu gestartet.', 'Brandstätter'),
  p('de: mit Herrn', 'Nach Rücksprache mit Herrn Ostendorp wurde das Update zurückgerollt.', 'Ostendorp'),
  p('de: a machine before mit', 'Der Server quorx mit vollem Datenträger nahm keine Anmeldungen an.', 'quorx'),
  // Italian.
  p('it: a machine after il nodo', 'Il nodo ciambotta è caduto alle 02:00.', 'ciambotta'),
  p("it: a machine after l'istanza", "L'istanza sfogliatella ha smesso di rispondere.", 'sfogliatella'),
  p('it: il sig. and a surname', 'Il sig. Bertolazzi ha approvato il rollback.', 'Bertolazzi'),
  p("it: l'ing. and a surname", "L'ing. Cavallaro ha riavviato il database.", 'Cavallaro'),
  p('it: a machine before con', 'Il server quintarro con il disco pieno rifiutava le scritture.', 'quintarro'),
  // Dutch.
  p('nl: a machine after de node', 'De node slootwater viel om 03:00 uit.', 'slootwater'),
  p('nl: dhr. and a surname', 'Dhr. Wijnbergen heeft de rollback goedgekeurd.', 'Wijnbergen'),
  p('nl: mevrouw and a surname', 'Volgens mevrouw Dekkerhuis was de schijf vol.', 'Dekkerhuis'),
  // Polish.
  p('pl: pan and a surname', 'Pan Wróblewicz zrestartował serwer o 02:00.', 'Wróblewicz'),
  p('pl: pani and a surname', 'Według pani Kozłowskiej dysk był pełny.', 'Kozłowskiej'),
  // Japanese.
  p('ja: a machine after ノード', 'ノード hanabira が応答しなくなりました。', 'hanabira'),
  p('ja: a machine after インスタンス', 'インスタンス tsukimiso が停止しました。', 'tsukimiso'),
  p('ja: a name with 氏', '佐久間氏がロールバックを承認しました。', '佐久間'),
  p('ja: a name with 様 in a table', '| 10:04 | 村瀬様 | 再起動を依頼 |', '村瀬'),
  // Korean.
  p('ko: a surname with 님', '김 님이 서버를 재시작했습니다.', '김'),
  p('ko: a full name with 님', '이서준 님이 장애를 처음 발견했습니다.', '이서준'),
  p('ko: a given name with 님', '지후님께서 배포를 롤백했습니다.', '지후'),
  p('ko: a full name with 씨', '박민서 씨가 데이터베이스를 복구했습니다.', '박민서'),
  p('ko: a machine after 서버', '서버 dalbit가 응답하지 않았습니다.', 'dalbit'),
  p('ko: a responsible label', '담당자: 최유진', '최유진'),
  // Chinese.
  p('zh: a name before 负责', '王建国负责处理这次故障。', '王建国'),
  p('zh: a name before 处理', '由刘晓燕处理回滚。', '刘晓燕'),
  p('zh: a machine after 服务器', '服务器 moqiwen 宕机了。', 'moqiwen'),
  p('zh: a machine after 节点', '节点 qinghe 上的 kubelet 停止了。', 'qinghe'),
  p('zh: a name in a timeline row', '| 02:10 | 陈志强 | 重启了数据库 |', '陈志强'),
  // Russian.
  p('ru: a full name acting', 'Иван Петров перезапустил сервер в 02:00.', 'Иван Петров'),
  p('ru: a patronymic', 'Сергей Николаевич подтвердил откат.', 'Сергей Николаевич'),
  p('ru: по словам a name', 'По словам Анны, диск заполнился ночью.', 'Анны'),
  p('ru: a machine after сервер', 'Сервер kedrovka перестал отвечать.', 'kedrovka'),
];

/** The kinds of the probes the rules found before the round (measured on `4d18f2c0`). */
export const foundBeforeRound44b: ReadonlySet<string> = new Set<string>([
  'es: Sr. and a surname',
  'es: Sra. and a surname',
  'es: a double surname',
  'es: a timeline row acting',
  'pt: Sr. and a surname',
  'fr: a machine after le nœud',
  'fr: M. and a surname',
  'de: a machine after der Knoten',
  'de: Herr and an umlaut surname',
  'de: Frau and a surname',
  'de: mit Herrn',
  'it: a machine after il nodo',
  'it: il sig. and a surname',
  "it: l'ing. and a surname",
  'nl: dhr. and a surname',
  'nl: mevrouw and a surname',
  'ja: a machine after ノード',
  'ja: a name with 氏',
  'ja: a name with 様 in a table',
  'ko: a surname with 님',
  'ko: a full name with 님',
  'ko: a given name with 님',
  'ko: a full name with 씨',
  'ko: a responsible label',
  'zh: a name before 负责',
  'zh: a name before 处理',
  'zh: a name in a timeline row',
  'ru: a full name acting',
  'ru: a patronymic',
  'ru: по словам a name',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound44b: ReadonlySet<string> = new Set<string>([
  // 'fr: a machine before avec': found since probe round 45.
]);

/** Public sentences in each language in the same shapes, that must stay unflagged. */
export const notLeaksRound44b: readonly (readonly [string, string])[] = [
  ['es: the server answering with errors', 'El servidor responde con errores desde las 02:00.'],
  ['es: the server working with little memory', 'El servidor funciona con poca memoria.'],
  ['es: the dedicated server with its disk', 'El servidor dedicado con disco SSD volvió a las 03:00.'],
  ['es: the instance restarted', 'La instancia se reinició sola.'],
  ['es: the cluster of production', 'El clúster de producción quedó degradado.'],
  ['es: the new instance', 'Creamos la instancia nueva y volvió el servicio.'],
  ['pt: the server with a full disk', 'O servidor ficou com disco cheio.'],
  ['pt: the cluster falling', 'O cluster caiu às 02:00.'],
  ['pt: the cluster of Kubernetes', 'O cluster Kubernetes ficou indisponível.'],
  ['pt: the article before a product', 'O Grafana mostrou o alerta tarde.'],
  ['pt: the team acting', 'A equipe reiniciou o servidor às 02:40.'],
  ['fr: the node falling', 'Le nœud est tombé vers 04:00.'],
  ['fr: the instance restarting', "L'instance a redémarré toute seule."],
  ['fr: the server with its full disk', 'Le serveur avec son disque plein refusait les écritures.'],
  ['de: the node failing', 'Der Knoten fiel um 03:00 aus.'],
  ['de: the instance restarted', 'Die Instanz wurde neu gestartet.'],
  ['de: Frau as a role', 'Eine Frau aus dem Support meldete den Fehler.'],
  ['it: the node falling', 'Il nodo è caduto alle 02:00.'],
  ['it: the server with the full disk', 'Il server con il disco pieno rifiutava le scritture.'],
  ['nl: the node failing', 'De node viel om 03:00 uit.'],
  ['pl: the server stopping', 'Serwer przestał odpowiadać o 02:00.'],
  ['ja: a node stopping', 'ノードが応答しなくなりました。'],
  ['ja: a public product after the noun', 'インスタンス redis が停止しました。'],
  ['ko: thanks to everyone', '모든 분들께 감사드립니다.'],
  ['ko: a server not answering', '서버가 응답하지 않았습니다.'],
  ['ko: a public product after the noun', '서버 nginx가 응답하지 않았습니다.'],
  ['zh: a component before 负责', 'kubelet 负责 Pod 生命周期管理。'],
  ['zh: a role before 负责', '通知应用负责人。'],
  ['zh: a public product after the noun', '服务器 nginx 宕机了。'],
  ['zh: a node not ready', '节点 NotReady 时驱逐 Pod。'],
];

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound44b: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Caída de la instancia mendikoi', 'mendikoi'],
  ['title', 'Ausfall des Knotens felsbrack', 'felsbrack'],
  ['title', 'ノード hanabira の停止', 'hanabira'],
  ['summary', 'El servidor zurbelo con errores dejó sin pagos a los clientes.', 'zurbelo'],
  ['summary', 'Según la Sra. Olabarrieta, el disco se llenó de madrugada.', 'Olabarrieta'],
  ['impact', 'Os clientes do cluster jaraquirim ficaram sem acesso.', 'jaraquirim'],
  ['action', 'Herr Hülsemeyer richtet einen Alarm ein', 'Hülsemeyer'],
  ['action', '王建国负责添加磁盘告警', '王建国'],
  ['action', '"김 님이 디스크 알림 추가"', '김'],
  ['timeline', 'O Jurandir reiniciou o servidor.', 'Jurandir'],
  ['timeline', 'Oriana reiniciou o serviço de filas.', 'Oriana'],
  ['timeline', 'Tavish reinició el balanceador.', 'Tavish'],
  ['timeline', 'Иван Петров перезапустил сервер.', 'Иван Петров'],
  ['timeline', '佐久間氏がロールバックを承認した。', '佐久間'],
  ['timeline', 'M. Kerbrat a validé le retour arrière.', 'Kerbrat'],
];
