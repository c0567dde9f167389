/**
 * A person named by what they do in a Japanese sentence, and after a role's label (Japanese
 * probes, round 31). The reading of `japanese-prose-names.ts` finds names written with an
 * honorific, a common surname or an introduction; a postmortem names its responders bare, by a
 * given name or an uncommon surname, as the subject of a responder's work ("ユキがサーバーを再起動
 * しました", "蓮見が対応し", "Alexが確認") or after a role ("担当者：蓮見", "インシデントコマンダー
 * は蓮見"). Public posts fail closed, so such a word is held unless it is a role, a group or one of
 * the common nouns and loanwords that do that work in the reports (サーバー, チーム, 監視, 当社).
 *
 * Published still: a name that does nothing a responder does in its sentence ("ユキの猫", "蓮見は
 * 遅れて参加"), written in Hiragana after other Hiragana ("昨夜さくらが…"), or a Latin word in capitals
 * or with a capital inside (taken for a product: "AWSが発表", "GitHubが").
 */
import { isKoreanTeamOrRole } from './korean-prose-names.ts';

/** Work a responder does, written as a verb noun with する or 行う ("対応し", "再起動を行い"), or a verb. */
const workDone = String.raw`(?:(?:対応|確認|報告|連絡|調査|修正|実施|デプロイ|ロールバック|再起動|検知|判断|担当|指示|承認|特定|切り替え|切り戻し|エスカレーション|復旧|発見|変更|マージ|リバート|操作|周知|ログイン)(?:し|を行|済)|務め|気づ|気付|戻し|呼び出さ|呼ばれ|起こされ|受け取|手動で|を見(?:た|て|まし)|調べ|(?:パッチ|修正|ホットフィックス)を当て)`;
/**
 * After a subject (が, は): the work, at once or after its object ("ユキがサーバーを再起動しました");
 * not a passive ("効果が適用される") nor a noun the verb is said of ("…に対応" is "supports …").
 */
const subjectWork = new RegExp(String.raw`^(?:(?:(?!され|ない|が|ある|あり|と判断|と思)[^、。！？!?]){0,16}?${workDone}|行(?:い|っ)(?!やす|にく))`, 'u');
/** After an addressee (に): being told or asked ("大輔に連絡し", "ユキにエスカレーション"). */
const addresseeWork = /^(?:連絡|報告|エスカレーション|依頼|相談|確認を依頼|引き継)/u;
/** After a source (から): what people send ("陽菜から報告があり"). */
const sourceWork = /^の?(?:報告|連絡|指摘|共有|依頼|相談|指示|エスカレーション)/u;
/** After "による" and its forms: a responder's work ("蓮見による対応"). */
const agentWork = /^(?:対応|調査|修正|報告|確認|作業|判断|指示|ロールバック|再起動|デプロイ)/u;

/** A word that may be a name, each script on its own: Han, Katakana, a capitalised Latin given name, Hiragana at a clause's start. */
const subjectWord = String.raw`(?<![\p{sc=Han}々])(?<han>[\p{sc=Han}々]{2,4})|(?<![\p{sc=Katakana}ー])(?<kana>[\p{sc=Katakana}ー]{2,10})|(?<![A-Za-z0-9_.@#/-]|[A-Za-z] )(?<latin>[A-Z][a-z]{1,14})|(?<=^|[、。\s「（(:：|])(?<hira>\p{sc=Hiragana}{2,4})`;

/** The particles after a subject, an addressee or a source, and "according to". */
const actingName = new RegExp(String.raw`(?:${subjectWord})(?:[（(][^）)]{1,20}[）)])?(?<particle>によると|によれば|により|による|によって|の(?=判断|指示|承認|操作ミス|作業ミス|ミス|誤操作)|から|が|は|に|と)`, 'gu');

/** A role's label and its value: "担当者：蓮見", "インシデントコマンダーは蓮見", "連絡先: Priya". */
const roleLabel = /(?:記録係|連絡係|書記|司会|작성자|보고자|처리자|处理人|處理人|报告人|報告人|担当者?|対応者|報告者|連絡先|責任者|作成者|執筆者|記録者|承認者|起票者|発見者|当番|窓口|インシデントコマンダー|コマンダー|オンコール(?:担当)?|リーダー|负责人|联系人|담당자|책임자|연락처)(?:\*\*|__)?\s*(?:\s*[:：]\s*(?<value>[\p{sc=Han}々]{1,6}|[\p{sc=Katakana}ー・]{2,16}|[A-Za-z][A-Za-z.'-]{1,30}|\p{sc=Hiragana}{2,6}|\p{sc=Hangul}{2,4})|は(?<said>[\p{sc=Han}々]{1,6}|[\p{sc=Katakana}ー・]{2,16}|[A-Za-z][A-Za-z.'-]{1,30})(?=です|でした|で[、,]|が|[。、（(]|$))/gu;

/** Han words that end in a role, a group or an organisation ("担当者", "開発陣", "当社"). */
const hanRole = /(?:者|員|客|皆|家|屋|方|共|達|等|陣|社|店|局|部|課|係|長|班|隊|組|側|署|庁|省|機|器|網|系|群|様|氏)$/u;
/**
 * Han nouns that act in the reports: the organisation and its people in general, systems, the
 * incident and its causes, time ("本日は確認中").
 */
const hanNoun = /^(?:私|我々|弊社|当社|同社|各社|自社|他社|全員|誰|各自|本件|今回|本日|今日|昨日|昨夜|当日|翌日|翌朝|深夜|夜間|日中|午前|午後|早朝|直後|直前|以後|以降|今後|現在|障害|原因|問題|影響|事象|状況|結果|監視|運用|開発|管理|調査|対応|確認|報告|連絡|修正|作業|復旧|担当|当番|手順|設定|内容|詳細|以下|上記|下記|社内|一部|全体|全て|自動|手動|顧客|利用|通知|警告|検知|異常|負荷|処理|更新|変更|移行|原則|最初|最後|次|後|前|中|件|旨|点|際|時|方|外|内|誰か|両者|双方|本番|検証|環境|弊チーム|当チーム|運営|事務局|公式|本社|支社|先方|相手|他|各|全|本|当|同|別|新|旧|再|第|毎|毎日|毎回|初回|一次|二次|最終|正式|暫定|恒久|個別|人々|単独|行動|要因|会議|会話|改修|報奨金|今年|昨年|来年|今月|先月|今週|先週|機能|新機能|本機能)$/u;
/** Katakana words for a role or a group ("チーム", "ベンダー"): as in an honorific's name. */
const katakanaRole = /(?:ユーザー?|メンバー|オーナー|スタッフ|ゲスト|サポート|サポーター|チーム|カスタマー|クライアント|ベンダー|ドライバー|オペレーター|エンジニア|デザイナー|リーダー|マネージャー|マネジャー|コミュニティ|パートナー|プロバイダー?|コントリビューター|メンテナー?|オンコール|コマンダー|レビュアー|ボット|ベンダ)$/u;
/**
 * Katakana loanwords for the systems and events of the reports, the subjects of the same verbs
 * ("サーバーが再起動", "アラートが検知").
 */
const katakanaThing = /^(?:サーバー?|システム|データベース|データ|アラート|サービス|アプリ|アプリケーション|クラウド|インフラ|ネットワーク|モニタリング|ツール|スクリプト|プロセス|ジョブ|ロードバランサー?|プロキシ|ノード|クラスター?|コンテナ|ワーカー|デプロイ|パイプライン|アップデート|パッチ|リリース|プロジェクト|インシデント|エラー|ログ|ダッシュボード|ページ|サイト|ウェブサイト|ブログ|アカウント|リクエスト|レスポンス|トラフィック|キャッシュ|ストレージ|ディスク|メモリ|バックアップ|レプリカ|プライマリ|セカンダリ|マスター|スレーブ|リーダー|フォロワー|コード|コミット|ブランチ|テスト|ビルド|バージョン|プラグイン|ライブラリ|モジュール|コンポーネント|プラットフォーム|ドキュメント|マニュアル|ポストモーテム|レポート|メール|メッセージ|チケット|タスク|イベント|トリガー|ルール|ポリシー|フラグ|オプション|パラメータ|パラメーター|キュー|ストリーム|バッチ|クエリ|インデックス|テーブル|スキーマ|ファイル|ディレクトリ|フォルダ|ドメイン|ホスト|ポート|ゲートウェイ|ファイアウォール|ルーター|スイッチ|リージョン|ゾーン|インスタンス|マシン|デバイス|センサー|エージェント|クライアント|ブラウザ|ユーザ|ライン|フェイルオーバー|ロールバック|スケール|オートスケール|ヘルスチェック|アクセス|セッション|トークン|キー|パスワード|ライセンス|サブスクリプション|ストア|ショップ|ウェブ|サーバ|ボット|ゲーム|イベント|ライブ|グループ|セキュリティ|オペレーション|プロダクト|プロトコル|サーバーサイド|フロントエンド|バックエンド|ミドルウェア|ソフトウェア|ハードウェア|ファームウェア|カーネル|ドライバ|コンソール|ターミナル|シェル|コマンド|オーケストレーター|スケジューラー?|ロガー|メトリクス|トレース|アラーム|ページャー|リトライ|タイムアウト|リアクション|トップダウン|ボトムアップ|ドラフト|クローズ|オープン|レビュー|ステータス)$/u;
/** True when `word` is a Katakana loanword for a thing (above): a list of such words is no name (japanese-things-not-names.ts). */
export function isKatakanaThing(word: string): boolean {
  return katakanaThing.test(word);
}
/** Hiragana that opens a clause and acts without being a name ("これが", "だれが", "みんなで"). */
const hiraganaNotName = /^(?:これ|それ|あれ|どれ|だれ|わたし|わたくし|ぼく|おれ|みんな|みなさん|われわれ|ここ|そこ|どこ|こちら|そちら|あちら|どちら|いずれ|すべて|ほか|まず|また|さらに|その|この|あの|ただ|しかし|なお|ついで|あと|いま|すぐ|もう|まだ)$/u;

/**
 * A chat's speaker opening a line before a sentence ("ユキ：今から再起動します", "- Alex: 確認します"):
 * a Katakana word or a capitalised Latin one, not a label's word (概要：, ステータス：).
 */
const chatSpeaker = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?<name>[\p{sc=Katakana}ー]{2,6}|[A-Z][a-z]{1,14})\s*[:：]\s*(?=\S)/u;
/** Katakana words a label is made of ("ステータス：", "メモ："). */
const katakanaLabel = /^(?:ステータス|サマリー|アクション|タイムライン|メモ|ノート|ポイント|ヒント|テーマ|タイトル|カテゴリ|タグ|リンク|ソース|ニュース|アップデート|リリース|バージョン|エラー|ログ|コメント|トピック|ゴール|スコープ|リスク|インパクト|フィードバック|アジェンダ|ステップ|フェーズ|ケース|パターン|ルール|オプション|ターゲット|ベース|レベル|モード|タイプ|キー|ヘッダー?|ボディ|データ|サービス|サーバー?|システム)$/u;

/** Whether what follows a word and its particle says a person did or was told of a responder's work. */
function doesWork(particle: string, after: string): boolean {
  switch (particle) {
    case 'が': case 'は': return subjectWork.test(after);
    case 'に': return addresseeWork.test(after);
    case 'から': return sourceWork.test(after);
    // "ユキとケンが対応": the next name and its work.
    case 'と': return /^(?:[\p{sc=Han}々]{2,4}|[\p{sc=Katakana}ー]{2,10}|[A-Z][a-z]{1,14})[がは]/u.test(after) && subjectWork.test(after.replace(/^[^がは]+[がは]/u, ''));
    case 'によると': case 'によれば': return true;
    case 'の': return true;
    // "蓮見によって切り戻しが行われました": the agent of a passive of work.
    case 'によって': case 'により': return agentWork.test(after) || /^[^、。！？!?]{0,16}?(?:行われ|実施され|対応され|確認され|修正され|戻され)/u.test(after);
    default: return agentWork.test(after);
  }
}

const nameWord = String.raw`[\p{sc=Han}々]{2,4}|[\p{sc=Katakana}ー]{2,10}|[A-Z][a-z]{1,14}`;
/** "…気づいたのはユキでした": a past verb of work, のは, a name and the copula. */
const clefted = new RegExp(String.raw`(?:気づい|気付い|調べ|対応し|確認し|報告し|担当し|発見し|修正し|判断し|実施し)た(?:の|人)は(?<name>${nameWord})(?=です|でした|だった|だ。|$|。)`, 'gu');
/** "ユキ、ケン、タロウの三人で": two names or more and how many people they are. */
const countedPeople = new RegExp(String.raw`(?<![\p{sc=Han}\p{sc=Katakana}ーA-Za-z])(?<names>(?:${nameWord})(?:[、,と](?:${nameWord}))+)の?(?:[二三四五六七八九両]人|全員|[二三四五六七八九]名|[2-9]人|[2-9]名)`, 'gu');

export interface JapaneseActingName {
  text: string;
  index: number;
  why: string;
}

/** True when `word` of `script` is a role, a group, a common noun or a loanword for a thing, not a name (read by japanese-bare-names.ts too). */
export function isKnownWord(word: string, script: 'han' | 'kana' | 'latin' | 'hira'): boolean {
  // A word ending in 的 is an adjective (定期的に), one ending in a unit of time or 以外 a time or a scope (うるう年以外).
  if (script === 'han') return hanNoun.test(word) || hanRole.test(word) || /(?:的|年|月|週|以外|以降|以前|以内|中)$/u.test(word);
  if (script === 'kana') return katakanaRole.test(word) || katakanaThing.test(word);
  if (script === 'hira') return hiraganaNotName.test(word);
  return false;
}

/** Names a Japanese sentence gives as who did a responder's work, or as whose account it reports. */
export function findJapaneseActingNames(line: string): JapaneseActingName[] {
  const found: JapaneseActingName[] = [];
  for (const m of line.matchAll(actingName)) {
    const groups = m.groups!;
    const script = (['han', 'kana', 'latin', 'hira'] as const).find((s) => groups[s] !== undefined)!;
    const word = groups[script];
    if (isKnownWord(word, script)) continue;
    const after = line.slice(m.index! + m[0].length);
    if (!doesWork(groups.particle, after)) continue;
    const index = m.index! + m[0].indexOf(word);
    found.push({ text: word, index, why: 'a name doing a responder\'s work in a Japanese sentence' });
  }
  // Who did it, said last ("最初に気づいたのはユキでした"), and people counted ("ユキ、ケン、タロウの三人").
  for (const m of line.matchAll(clefted)) {
    const word = m.groups!.name;
    if (!isKnownWord(word, /^[A-Z]/.test(word) ? 'latin' : /^[\p{sc=Han}々]/u.test(word) ? 'han' : 'kana')) found.push({ text: word, index: m.index! + m[0].indexOf(word, m[0].indexOf('のは')), why: 'who did a responder\'s work, in a Japanese sentence' });
  }
  for (const m of line.matchAll(countedPeople)) {
    let offset = m.index!;
    for (const word of m.groups!.names.split(/[、,と]/u)) {
      const index = line.indexOf(word, offset);
      offset = index + word.length;
      if (!isKnownWord(word, /^[A-Z]/.test(word) ? 'latin' : /^[\p{sc=Han}々]/u.test(word) ? 'han' : 'kana')) found.push({ text: word, index, why: 'people counted in a Japanese sentence' });
    }
  }
  const speaker = chatSpeaker.exec(line)?.groups?.name;
  if (speaker && !katakanaLabel.test(speaker) && !isKnownWord(speaker, /^[A-Z]/.test(speaker) ? 'latin' : 'kana')) {
    found.push({ text: speaker, index: line.indexOf(speaker), why: 'a chat\'s speaker before a Japanese sentence' });
  }
  return found;
}

/** The value after a role's label ("担当者：蓮見", "担当: Priya", "负责人：王伟"), in any line. */
export function findRoleLabelNames(line: string): JapaneseActingName[] {
  const found: JapaneseActingName[] = [];
  for (const m of line.matchAll(roleLabel)) {
    const name = m.groups!.value ?? m.groups!.said;
    // An acronym is a team or a tool ("担当: SRE"), not a person.
    // A team or a rota's role in Korean ("담당자: 온콜", the on-call; round 61 of false positives).
    if (/^\p{sc=Hangul}+$/u.test(name) && isKoreanTeamOrRole(name)) continue;
    if (/^[A-Z]+$/.test(name) || hanRole.test(name) || hanNoun.test(name) || katakanaRole.test(name) || katakanaThing.test(name) || hiraganaNotName.test(name)) continue;
    found.push({ text: name, index: m.index! + m[0].length - name.length, why: 'a name after a role\'s label' });
  }
  return found;
}

/**
 * A table cell that may hold a name alone: one word of Han (two to four letters), Katakana or
 * Hangul, or a Hiragana name, that is no known role, noun or loanword ("蓮見", "ユキ";
 * not "レビュー中", "確証バイアス", "ドラフト").
 */
export function mayBeNameCell(cell: string): boolean {
  const word = cell.trim().replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '');
  if (/^[\p{sc=Han}々]{1,4}$/u.test(word)) return !isKnownWord(word, 'han');
  if (/^[\p{sc=Katakana}ー・]{2,16}$/u.test(word)) return !isKnownWord(word, 'kana') && !katakanaLabel.test(word);
  if (/^\p{sc=Hiragana}{2,6}$/u.test(word)) return !isKnownWord(word, 'hira');
  // Chinese or Korean in a Japanese table, and a cell of several words ("蓮見、霧島"): held as a line that is no sentence.
  return /\p{sc=Hangul}/u.test(word) || /^[\p{sc=Han}\p{sc=Katakana}ー・、,\s]+$/u.test(word) && /[、,\s]/u.test(word);
}
