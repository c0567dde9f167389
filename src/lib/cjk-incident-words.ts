/**
 * The incident vocabulary of Chinese, Japanese and Korean reports, for the English words a
 * responder types (round 59). A Japanese post-mortem's "ログ収集系イメージの … glibc 不整合" and a
 * Chinese status notice's "数据中心间通信故障 … 无法打开" held none of the English words of
 * "glibc mismatch log collector image" or "datacenter interconnect failure main site unreachable",
 * and the search page translates a query word only when no page holds it: in a knowledge base that
 * also holds English reports, such a report was found by the Latin names it quotes alone, below
 * English reports holding the everyday words (round 59's development half). The search document
 * of a report in one of these languages now indexes the English words its lead says, as a German,
 * French or Russian report's does since rounds 45 and 58 (src/lib/search-translations.ts
 * `englishIncidentWords`).
 *
 * A table of its own, not more columns of `builtInIncidentTranslations`: that table's words are
 * also searched for a query (a German query word's other-language words, an English query word's
 * translations), and these are read on the report's side only, so a query typed in Latin letters
 * is searched as before. Each entry is one English word (or two, "power outage") and the Japanese,
 * Chinese and Korean words that say it in an incident report, written from the vocabulary of the
 * other table and of operations (logs, container images, caches, permissions), not from a query
 * set. The same Han word may stand in two languages' columns ("更新", "通知"): the table is keyed by
 * meaning, not by language.
 *
 * These languages do not write their words apart (Korean writes its particles onto them), so a
 * word is looked for inside the text, with two limits that keep it from being part of another word:
 * a katakana word must be a whole run of katakana ("ログ" is not found in "ブログ" or "ログイン"), and a
 * Hangul word must start a run of Hangul ("로그" in "로그가", not in "블로그"). A Han word has no such
 * limit: a Han compound holds its parts' meaning ("数据库" holds "数据", data).
 * Plain logic, no file access.
 */
export const cjkIncidentTranslations: readonly { en: string; other: readonly string[] }[] = [
  { en: 'outage', other: ['障害', '停止', '故障', '宕机', '中断', '停机', '장애', '중단'] },
  { en: 'down', other: ['ダウン', '宕机', '다운'] },
  // Round 60: an interruption is what a status page calls a "disruption" ("Service disruption PHX1").
  { en: 'disruption', other: ['中断', '중단'] },
  { en: 'failure', other: ['失敗', '故障', '失败', '실패'] },
  { en: 'error', other: ['エラー', '错误', '报错', '오류', '에러'] },
  { en: 'network', other: ['ネットワーク', '网络', '네트워크'] },
  { en: 'datacenter', other: ['データセンター', '数据中心', '机房', '데이터센터'] },
  { en: 'login', other: ['ログイン', '登录', '로그인'] },
  { en: 'authentication', other: ['認証', '认证', '鉴权', '인증'] },
  { en: 'password', other: ['パスワード', '密码', '비밀번호'] },
  { en: 'account', other: ['アカウント', '账号', '账户', '계정'] },
  { en: 'crash', other: ['クラッシュ', '崩溃', '크래시'] },
  { en: 'slow', other: ['遅い', '遅延', '缓慢', '变慢', '느림', '느려'] },
  { en: 'latency', other: ['レイテンシ', '遅延', '延迟', '지연'] },
  { en: 'timeout', other: ['タイムアウト', '超时', '타임아웃', '시간 초과'] },
  { en: 'overload', other: ['過負荷', '过载', '负载过高', '과부하'] },
  { en: 'attack', other: ['攻撃', '攻击', '공격'] },
  { en: 'security', other: ['セキュリティ', '安全', '보안'] },
  { en: 'leak', other: ['漏洩', '漏えい', '泄露', '泄漏', '유출'] },
  { en: 'revoked', other: ['失効', '吊销', '폐기'] },
  { en: 'database', other: ['データベース', '数据库', '데이터베이스'] },
  { en: 'data', other: ['データ', '数据', '데이터'] },
  { en: 'loss', other: ['損失', '消失', '丢失', '손실'] },
  { en: 'disk', other: ['ディスク', '磁盘', '硬盘', '디스크'] },
  { en: 'storage', other: ['ストレージ', '存储', '스토리지'] },
  { en: 'memory', other: ['メモリ', 'メモリー', '内存', '메모리'] },
  { en: 'server', other: ['サーバー', 'サーバ', '服务器', '서버'] },
  { en: 'maintenance', other: ['メンテナンス', '保守', '维护', '점검', '유지보수'] },
  { en: 'update', other: ['アップデート', '更新', '업데이트'] },
  { en: 'upgrade', other: ['アップグレード', '升级', '업그레이드'] },
  { en: 'deployment', other: ['デプロイ', '部署', '배포'] },
  { en: 'restart', other: ['再起動', '重启', '재시작', '재부팅'] },
  { en: 'rollback', other: ['ロールバック', '回滚', '롤백'] },
  { en: 'backup', other: ['バックアップ', '备份', '백업'] },
  { en: 'certificate', other: ['証明書', '证书', '인증서'] },
  { en: 'expired', other: ['期限切れ', '过期', '만료'] },
  { en: 'unreachable', other: ['到達不能', '接続できない', 'アクセスできない', '无法访问', '无法连接', '无法打开', '不可达', '失联', '접속 불가', '접근 불가'] },
  { en: 'unavailable', other: ['利用できない', '利用不可', '不可用', '사용 불가', '이용 불가'] },
  { en: 'connection', other: ['接続', '连接', '연결'] },
  { en: 'queue', other: ['キュー', '队列', '큐'] },
  { en: 'load balancer', other: ['ロードバランサ', '负载均衡', '로드밸런서'] },
  { en: 'customer', other: ['顧客', '客户', '고객'] },
  { en: 'payment', other: ['決済', '支払い', '支付', '결제'] },
  { en: 'power', other: ['電源', '电源', '전원'] },
  { en: 'power outage', other: ['停電', '停电', '断电', '정전'] },
  { en: 'cooling', other: ['冷却', '냉각'] },
  { en: 'fire', other: ['火災', '火灾', '화재'] },
  { en: 'configuration', other: ['設定', '配置', '설정'] },
  { en: 'file', other: ['ファイル', '文件', '파일'] },
  { en: 'change', other: ['変更', '变更', '변경'] },
  { en: 'conflict', other: ['競合', '衝突', '冲突', '충돌'] },
  { en: 'notification', other: ['通知', '알림'] },
  { en: 'upload', other: ['アップロード', '上传', '업로드'] },
  { en: 'loading', other: ['読み込み', '加载', '로딩'] },
  // Operations words the other table has no entry for: what a container, a log pipeline or a
  // model server's report says, and an English responder types.
  { en: 'log', other: ['ログ', '日志', '로그'] },
  { en: 'image', other: ['イメージ', '镜像', '이미지'] },
  { en: 'container', other: ['コンテナ', '容器', '컨테이너'] },
  { en: 'cache', other: ['キャッシュ', '缓存', '캐시'] },
  { en: 'permission', other: ['権限', '权限', '권한'] },
  { en: 'mismatch', other: ['不整合', '不一致', '不匹配', '불일치'] },
  { en: 'response', other: ['応答', 'レスポンス', '响应', '응답'] },
  { en: 'performance', other: ['性能', 'パフォーマンス', '성능'] },
  { en: 'cluster', other: ['クラスタ', 'クラスター', '集群', '클러스터'] },
  { en: 'gateway', other: ['ゲートウェイ', '网关', '게이트웨이'] },
  // Round 61: a status notice's own words for what stopped and why ("Infrastructure provider
  // outage", "shutdown of … nodes due to a high temperature"), which a responder typed in Japanese
  // or Chinese and found nothing or a notice of another outage. "Service" is in almost every English
  // report and weighs little there; it is here so that "서비스 장애", "服务中断" or "サービス 停止"
  // search the English word beside the outage word instead of leaving it unmatched (round 60's leftover).
  { en: 'service', other: ['サービス', '服务', '서비스'] },
  { en: 'infrastructure', other: ['インフラ', '基础设施', '인프라'] },
  { en: 'provider', other: ['プロバイダー', 'プロバイダ', '提供商', '服务商', '공급자', '제공업체'] },
  { en: 'node', other: ['ノード', '节点', '노드'] },
  { en: 'shutdown', other: ['シャットダウン', '关机', '셧다운'] },
  { en: 'temperature', other: ['温度', '高温', '온도', '고온'] },
];

const katakana = /[\p{Script=Katakana}ー]/u;
const hangul = /\p{Script=Hangul}/u;
const anyCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What may follow a Hangul word of the table within its run of Hangul (round 60): nothing, or a
 * particle or ending Korean writes onto a noun ("로그가", "장애로", "서버들", "재시작함", "점검중").
 * Round 59 took a Hangul word wherever a run started with it, so "로그" (log) was also found in
 * "로그인" (login) and "장애" (outage) in "장애물" (obstacle). One alternation of fixed strings
 * in a lookahead: it reads at most a few characters after the word, whatever the text.
 */
const hangulParticles = ['이', '가', '은', '는', '을', '를', '의', '에', '로', '으로', '와', '과', '도', '만', '까지', '부터', '처럼', '보다', '들', '시', '하', '한', '할', '해', '했', '함', '되', '된', '될', '됐', '됨', '였', '중', '이다', '입니다'];
const hangulWordEnd = `(?=${hangulParticles.join('|')}|(?!\\p{Script=Hangul}))`;

/**
 * Han words of the table not found where they start a longer word of the table of another meaning
 * (round 62): "服务" (service) in "服务器" (server) and "服务商" (provider). Round 61 read a Chinese
 * report saying only "服务器宕机" as saying "service" too. Not a rule for every Han prefix: "数据"
 * (data) in "数据库" (database) keeps its meaning, as the comment above says.
 */
const hanWordsNotStarting: ReadonlyMap<string, readonly string[]> = new Map([['服务', ['器', '商']]]);

/** One word of the table as a pattern that finds it inside a text, within the limits above. */
function wordPattern(word: string): RegExp {
  const escaped = word.replace(/ /g, '\\s*');
  const before = katakana.test(word[0]) ? '(?<![\\p{Script=Katakana}ー])' : hangul.test(word[0]) ? '(?<!\\p{Script=Hangul})' : '';
  const longer = hanWordsNotStarting.get(word);
  const after = katakana.test(word.at(-1)!) ? '(?![\\p{Script=Katakana}ー])' : hangul.test(word.at(-1)!) ? hangulWordEnd : longer ? `(?!${longer.join('|')})` : '';
  return new RegExp(`${before}${escaped}${after}`, 'u');
}

/** The table as patterns, each with the English words it says; compiled once. */
export function cjkIncidentPatterns(table: readonly { en: string; other: readonly string[] }[] = cjkIncidentTranslations): { pattern: RegExp; english: string[] }[] {
  return table.flatMap(({ en, other }) => other.map((word) => ({ pattern: wordPattern(word), english: en.split(' ') })));
}
const builtInPatterns = cjkIncidentPatterns();

/**
 * The English words of the table whose Chinese, Japanese or Korean words a text says, in the
 * table's order, each once: "ログ収集系イメージの glibc 不整合" → "log", "image", "mismatch".
 * None for a text without those scripts (the English, German or Russian report pays one test).
 */
export function cjkIncidentWords(text: string, patterns = builtInPatterns): string[] {
  if (!anyCjk.test(text)) return [];
  const found = new Set<string>();
  for (const { pattern, english } of patterns) if (pattern.test(text)) for (const word of english) found.add(word);
  return [...found];
}
