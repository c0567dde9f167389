/**
 * The probe round 41b's leaks (docs/redaction.md, "Probe round 41b"): people and internal systems
 * in reports not written in English, named the ways the collections of `/work/corpora` in
 * Portuguese, Spanish, German, French, Italian, Korean, Japanese and Chinese name them: honorifics
 * and titles ("Sr.", "Herr", "M.", "Ing.", "님", "さん", "老师"), given names used alone, double
 * surnames and surnames with a particle ("da Rocha", "von Haselau"), on-call handles, and hosts,
 * clusters and coined service names inside another language's sentence. Text of our own writing,
 * with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound41b: readonly LeakProbeWithOrganisation[] = [
  // Portuguese.
  p('pt: Sr. before a surname', 'O Sr. Quaresma aprovou o rollback às 03h10.', 'Quaresma'),
  p('pt: a full name with "da" and two surnames', 'Quem acionou o plantão foi Thalita da Rocha Brandão.', 'Thalita da Rocha Brandão'),
  p('pt: a given name alone escalated to', 'Escalei para o Jairo, que estava de plantão.', 'Jairo'),
  p('pt: an on-call handle in a table', '| Plantão | @jairo.mb | SRE |', 'jairo.mb'),
  p('pt: a coined node in a sentence', 'O nó k8s-vorquim-03 ficou NotReady por 20 minutos.', 'k8s-vorquim-03'),
  p('pt: a coined cluster in a sentence', 'O cluster tapajara-prod perdeu o quórum do etcd.', 'tapajara-prod'),
  p('pt: a coined service after "O serviço"', 'O serviço Caravelim parou de consumir a fila de pedidos.', 'Caravelim'),
  p('pt: the team of a given name', 'A equipe do Tarcísio revisou o runbook na sexta.', 'Tarcísio'),
  p('pt: according to a given name', 'Segundo o Everaldo, o certificado expirou à meia-noite.', 'Everaldo'),
  p('pt: Dra. before a full name', 'A Dra. Lucimar Peixoto confirmou o impacto nos clientes.', 'Lucimar Peixoto'),
  // Spanish.
  p('es: Sr. before a double surname', 'El Sr. Arrieta Goñi reinició el balanceador.', 'Arrieta Goñi'),
  p('es: a given name alone detecting', 'Maite detectó la caída a las 04:12.', 'Maite'),
  p('es: according to a given name', 'Según Íñigo, el disco del nodo se llenó durante la noche.', 'Íñigo'),
  p('es: a coined server in a sentence', 'El servidor urdanbe02 dejó de responder al ping.', 'urdanbe02'),
  p('es: a coined machine after "la máquina"', 'Se reinició la máquina txoriburu sin aviso previo.', 'txoriburu'),
  p('es: an on-call handle', 'Avisamos por Slack a @itxaso.g, que estaba de guardia.', 'itxaso.g'),
  p('es: the team of a given name', 'El equipo de Amaia aplicó el parche el martes.', 'Amaia'),
  p('es: an owner label with a double surname', 'Responsable: Koldo Etxeberria Zubiri', 'Koldo Etxeberria Zubiri'),
  // German.
  p('de: Herr before a surname', 'Herr Kleinschmidt hat den Switch getauscht.', 'Kleinschmidt'),
  p('de: according to Frau and a surname', 'Laut Frau Wendeborn lief das Backup in der Nacht nicht.', 'Wendeborn'),
  p('de: a given name alone informing', 'Jannik hat die Kollegen im Kanal informiert.', 'Jannik'),
  p('de: a coined server after "Auf dem Server"', 'Auf dem Server krähenfeld lief der Cronjob doppelt.', 'krähenfeld'),
  p('de: a coined host after "Der Rechner"', 'Der Rechner ws-hollerbach-7 war nicht erreichbar.', 'ws-hollerbach-7'),
  p('de: an on-call handle', 'Bereitschaft hatte @tjark.m in dieser Woche.', 'tjark.m'),
  p('de: a full name with "von"', 'Die Ursache fand Frieda von Haselau am Morgen.', 'Frieda von Haselau'),
  // French.
  p('fr: M. before a surname', 'M. Quintard a validé le retour arrière.', 'Quintard'),
  p('fr: Mme before a double surname', "Mme Delacroix-Vernet a prévenu l'astreinte.", 'Delacroix-Vernet'),
  p('fr: a given name alone noticing', 'Clémence a constaté la saturation du disque à 2h.', 'Clémence'),
  p('fr: a coined server after "Le serveur"', 'Le serveur brocéliande-02 a saturé son disque.', 'brocéliande-02'),
  p('fr: an on-call handle in brackets', "L'astreinte (@gwenael.l) a été prévenue par SMS.", 'gwenael.l'),
  // Italian.
  p("it: Ing. before a surname", "L'Ing. Scarpellini ha confermato il guasto.", 'Scarpellini'),
  p('it: a coined node after "Il nodo"', 'Il nodo vallombra-db1 non rispondeva alle richieste.', 'vallombra-db1'),
  // Korean.
  p('ko: a full name with 님', '김도윤님이 롤백을 승인했습니다.', '김도윤'),
  p('ko: a given name with 님께', '서진님께 상황을 공유드렸습니다.', '서진'),
  p('ko: a coined server before 서버', 'batch-sinra-01 서버의 디스크가 가득 찼습니다.', 'batch-sinra-01'),
  p('ko: an on-call handle', '당직자는 @doyun.k 였습니다.', 'doyun.k'),
  p('ko: a full name with a job title', '박하린 매니저가 장애를 공지했습니다.', '박하린'),
  // Japanese.
  p('ja: a surname with さん', '久我さんがロールバックを判断しました。', '久我'),
  p('ja: a romanised surname with -san', 'Kuga-sanがサービスを再起動しました。', 'Kuga'),
  p('ja: a coined server after サーバー', 'サーバー mizuchi-app03 のディスクが満杯になりました。', 'mizuchi-app03'),
  p('ja: a Katakana coined system in brackets', '社内システム「ホシガラス」が停止しました。', 'ホシガラス'),
  p('ja: an on-call handle', '当番は @kuga.t でした。', 'kuga.t'),
  // Chinese.
  p('zh: a full name with 老师', '张建华老师确认了回滚方案。', '张建华'),
  p('zh: a coined node after 节点', '节点 qingluan-node-07 的磁盘已满。', 'qingluan-node-07'),
  p('zh: an on-call handle after a label', '值班人：@liyang.sre', 'liyang.sre'),
  p('zh: a name with 同学', '感谢小林同学的排查。', '小林'),
  p('zh: a coined system in quotes', '内部系统“青鸾”的订单服务不可用。', '青鸾'),
];

/** The probes that got through before the round (on the commit before it, 4354d19d). */
const gotThroughBeforeRound41b: ReadonlySet<string> = new Set<string>([
  'pt: a given name alone escalated to',
  'pt: a coined service after "O serviço"',
  'pt: the team of a given name',
  'pt: according to a given name',
  'es: a coined server in a sentence',
  'es: a coined machine after "la máquina"',
  'de: a given name alone informing',
  'de: a coined server after "Auf dem Server"',
  'fr: a given name alone noticing',
  'ja: a romanised surname with -san',
  'ja: a Katakana coined system in brackets',
  'zh: a coined system in quotes',
]);

/** The probes the guard found before the round (measured on the commit before it). */
export const foundBeforeRound41b: ReadonlySet<string> = new Set<string>(
  leakProbesRound41b.map((probe) => probe.kind).filter((kind) => !gotThroughBeforeRound41b.has(kind)),
);

/** The probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound41b: ReadonlySet<string> = new Set<string>([
  // Both found since probe round 43b (other-language-machine-words.ts): 'es: a coined machine after
  // "la máquina"', 'de: a coined server after "Auf dem Server"'.
]);

/** Public sentences in the same languages and shapes: roles, products, defaults and words. */
export const notLeaksRound41b: readonly (readonly [string, string])[] = [
  ['pt: a public product acting', 'O Kubernetes reiniciou o pod automaticamente.'],
  ['pt: a team by its function', 'A equipe de SRE revisou o runbook na sexta.'],
  ['pt: according to the documentation', 'Segundo a documentação, o certificado expira em 90 dias.'],
  ['pt: a server by its role', 'O servidor de banco de dados ficou NotReady por 20 minutos.'],
  ['es: according to a public product', 'Según la documentación de PostgreSQL, el parámetro es seguro.'],
  ['es: a server by its role', 'El servidor de base de datos dejó de responder al ping.'],
  ['de: according to the vendor', 'Laut Hersteller lief das Backup in der Nacht nicht.'],
  ['de: a server by its role', 'Der Server war nicht erreichbar.'],
  ['de: on-call by role', 'Bereitschaft hatte das Plattform-Team in dieser Woche.'],
  ['fr: a server by its role', 'Le serveur de production a saturé son disque.'],
  ['fr: on-call by role', "L'astreinte a été prévenue par SMS."],
  ['it: a node by its role', 'Il nodo principale non rispondeva alle richieste.'],
  ['ko: a role with 님', '담당자님께 상황을 공유드렸습니다.'],
  ['ko: customers with 님', '고객님께 불편을 드려 죄송합니다.'],
  ['ko: a public product before 서버', 'nginx 서버의 디스크가 가득 찼습니다.'],
  ['ja: customers with 様', 'お客様にご迷惑をおかけしました。'],
  ['ja: everyone with さん', '皆さん、ご協力ありがとうございました。'],
  ['ja: a server with no name', 'サーバーのディスクが満杯になりました。'],
  ['ja: a public product in brackets', '監視システム「Prometheus」が停止しました。'],
  ['zh: thanks to everyone', '感谢各位同学的排查。'],
  ['zh: a node with no name', '节点的磁盘已满。'],
  ['zh: a public product in quotes', '开源系统“Kubernetes”的调度器不可用。'],
];
