/**
 * Japanese headings, labels and table cells made of the words of incident response (round 36 of
 * false positives, docs/redaction.md): "## 前提条件", "## トレーニングプロセス", "### 記録係の手順",
 * "| 深刻度 | 解説 |", "- 内部連絡". A line of Japanese that is no sentence and no phrase
 * (japanese-prose-names.ts, japanese-phrases.ts) is held whole, since Katakana or Han alone may be
 * a name; 605 of the 686 false findings left on 18 collections after round 34 were such lines of
 * PagerDuty's two guides in Japanese.
 *
 * A run of Japanese is read as no name when it splits, from its first letter to its last, into
 * words of the vocabulary below (two Han letters or more: no one-letter word, so "中本" is not
 * 中 + 本; Katakana loanwords, `isKatakanaThing` of japanese-acting-names.ts included), a prefix or
 * a suffix of such a word ("非難", "発生中", "ドキュメント化", "委任先"), and between two words the
 * Hiragana of grammar only: a postposition ("顧客連絡の手順", "平常時と緊急時"), the ending of a
 * verb noun ("記録する", "把握する") or of an adjective noun ("ブレームレスな文化"). A name is no
 * word of the vocabulary, so a run holding one does not split and is held as before: "蓮見",
 * "蓮見の手順", "ユキ", "記録係ユキ", "さくら", "補佐さくら".
 *
 * The vocabulary leaves out the nouns that are also given names ("未来", "希望", "大地", "勇気",
 * "光"): a heading of such a word alone is held, as before.
 */
import { isKatakanaThing } from './japanese-acting-names.ts';

/** Han nouns of incident response, reports and guides, two letters or more. */
const hanWords = new Set(`
  非難 概要 目的 前提 条件 責務 責任 役割 構造 手順 用語 内容 領域 専門 専門家 顧客 連絡 記録 記録係 補佐 経営 経営陣 委任 委任先
  口頭 文面 能力 応答 発生 重大 対応 過去 知識 講演 評価 記事 行動 経験 乱入 目標 深刻度 深刻 法務 部門 書籍 支援 推奨
  事項 必須 任意 参加 参考 文献 内部 外部 通話 場合 資料 追加 措置 情報 質問 項目 説明 認知 解説 解決 解決者 製品 補足
  義務 練習 経理 組織 管理 範囲 確認 準備 定義 更新 時間 文書 作成 文化 攻撃 防止 改善 指揮権 指揮 移譲 投票 結果 把握
  戦時 平時 平常時 緊急時 緊急 意思決定 意思 決定 漏洩 情報漏洩 必要 状況 後処理 処理 影響 優先度 優先 対象 対象者
  対策 対応者 動員 家族 事態 実践 実践例 安定 好戦的 告知 修正 具体 数字 公的 個人 個人的 世界 不適切 表現 適切 分析
  原因 根本原因 要約 調査 検知 検出 通知 報告 報告書 障害 事象 事故 問題 課題 復旧 回復 再発 防止策 対応策 教訓 学習
  議事録 会議 参加者 出席者 司会 進行 議題 期限 担当 担当者 期待 動機 誘因 判断 意見 反対 賛成 合意 同意
  反対意見 専門用語 最初 最後 次回 以下 上記 下記 全体 詳細 一覧 目次 索引 付録 序文 背景 経緯 時系列 年表 時刻 日時
  期間 継続 中断 停止 遅延 低下 劣化 損失 損害 被害 範囲外 利用者 顧客数 件数 総数 割合 比率 指標 基準 水準 閾値 上限 下限
  手動 自動 自動化 監視 運用 開発 設計 実装 試験 検証 本番 環境 構成 設定 変更 移行 展開 配備 撤回 切替 切り戻し
  承認 許可 権限 認証 認可 暗号 暗号化 証明書 秘密 機密 個人情報 法令 規制 規程 規則 方針 方法 手法 方策 戦略 計画
  予定 予算 費用 請求 契約 合意書 保証 品質 性能 容量 負荷 遅延時間 可用性 信頼性 安全 安全性 安全保障 脆弱性 侵害 侵入
  攻撃者 被害者 不正 不正利用 悪用 監査 証跡 証拠 鑑識 解析 経理部 人事 人事部 総務 広報 営業 販売 財務 会計 法務部 技術
  技術者 技術部 開発者 運用者 管理者 責任者 担当部署 部署 全社 社員 従業員 職員 幹部 役員 社長 副社長 部長 課長 係長
  都市 国家 地域 地方 政府 機関 法的機関 警察 消防 救急 医療 病院 学校 大学 研究 研究所 会社 企業 団体 組合 協会 委員会
  正直 明確 簡潔 重要 重要点 要点 注意 注意点 留意点 要件 仕様 機能 不具合 欠陥 誤り 失敗 成功 完了 終了 開始 再開 中止
  宣言 発表 公開 共有 周知 伝達 報道 記者 取材 電話 電子 電子メール 郵便 文章 手紙 掲示 掲示板 通信 回線 接続 切断
  確率 頻度 傾向 予測 予防 予兆 兆候 症状 現象 再現 再現性 恒久 恒久対策 暫定 暫定対策 根治 是正 是正措置 改善策 施策
  主導 主体 指示 命令 指令 号令 指名 任命 交代 移管 委託 外注 業者 委員 代表 代理 補助 支援者 協力 協力者
  沈黙 進捗 憶測 推測 仮説 検討 考察 結論 所見 所感 感想 反省 教訓 集中 乱入 醸成 育成 訓練 研修 教育
  卒業 修了 資格 認定 試験 合格 不合格 課程 講座 講義 教材 演習 模擬 模擬訓練 机上 机上訓練 理由 目安 例外 特例 警告
  気持 正解 順序 維持 終了 開始 日々 通常 普通 常時 平常 非常 非常時 乱用 悪影響 副作用 要因 誘因 背景 収束 休息 出典 典型 典型的 一部 全部 余裕
  緩和 重大度 寄与 要因 直接 直接原因 定量 定性 影響度 着手 期待値 新規 実際 実行 関連 正常 異常 成功率 達成 配線 追記 起動 干渉 起源 削除 取得 送信 受信 検索 一致 失敗率 再試行 期限切れ
  出力 入力 対処 判定 成功 失敗 直近 現在 状態 週次 月次 日次 年次 最終 作成日 更新日 監査票 画面 手元 末尾 冒頭 保存 保持 選択 再実行
`.trim().split(/\s+/u));

/** Katakana loanwords of incident response and guides, beyond `isKatakanaThing`. */
const kanaWords = new Set(`
  ポイント トレーニング プロセス コース ガイド ガイドライン インシデント コマンダー コマンド スタッフ ステップ ステータス
  チェックリスト チェック リスト テンプレート タイムライン アクション アイテム アクションアイテム メッセージ メール レビュー
  レポート ポストモーテム ミーティング アジェンダ リソース ライセンス エンジニアリング エンジニア マネージャー プロダクト
  プロダクトマネージャー デザイナー マーケティング セールス サポート サクセス カスタマー リエゾン カスタマイズ ファシリテーション
  ファシリテーター レトロスペクティブ ラーニング アフター インシデントレビュー オーバービュー オーナー オンコール エチケット
  アラート コミュニケーション セキュリティ フォレンジック トリアージ スロットリング ステークホルダー スコープ サブチーム チーム
  ノイズ レイテンシ リスク バイアス パターン アンチパターン ドキュメント フォローアップ アクセス アナウンス タスク ポリシー
  ブレームレス ヴァイスプレジデント プレジデント ディレクター ビジネス スクール ルール フェーズ レベル モード タイプ ケース
  アップデート リリース バージョン エラー ログ コメント トピック ゴール インパクト フィードバック ターゲット ベース データ
  サービス システム サーバー ネットワーク インフラ プラットフォーム ツール ボット チャット チャンネル チャネル スレッド
  ダッシュボード メトリクス モニタリング エスカレーション ローテーション シフト スケジュール カレンダー イベント ユーザー
  アカウント パートナー ベンダー コンテンツ メディア プレス ニュース ブログ ウェブ サイト ページ リンク ヒント
  メモ ノート サマリー タイトル カテゴリ タグ ソース ヘッダー フッター テーブル フォーム ボタン メニュー ウィンドウ
  メタデータ レビュアー ランブック マイクロサービス セッション サイドカー コンテナ キャッシュ クエリ ヘルスチェック
  クリック タップ マージ ダウンロード アップロード インストール コピー スクリーンショット スクショ デフォルト ワークフロー バックアウト プリフライト オンリー
`.trim().split(/\s+/u));

/**
 * Countries written in Katakana, places and no person (the guides name the countries whose
 * incident systems they cite). Not those that are given names too (ジョージア, チャド, タイ, イスラエル).
 */
const kanaPlaces = new Set(`
  イギリス アメリカ カナダ オーストラリア ニュージーランド ドイツ フランス イタリア スペイン ポルトガル オランダ ベルギー
  スイス オーストリア スウェーデン ノルウェー フィンランド デンマーク アイルランド ポーランド チェコ ハンガリー ギリシャ トルコ
  ロシア ウクライナ インド インドネシア シンガポール マレーシア ベトナム フィリピン ブラジル メキシコ アルゼンチン チリ
  エジプト
`.trim().split(/\s+/u));

/**
 * Runs of Hiragana that are words of grammar alone: pronouns, particles, conjunctions and a filler
 * ("など", "のみ", "あなた", "はじめに", "ええと"). A given name in Hiragana ("ひなた", "さくら") is none.
 */
const hiraganaFunctionWord = /^(?:など|のみ|あなた|あなたの|あなたが|わたし|わたしたち|はじめに|いくつか|これにより|それなら|このように|のように|ええと|ただし|なお|または|および|つまり|まず)$/u;

/** Han letters that prefix a word ("非難", "不適切", "高優先度", "最優先", "再発"), before a word of the vocabulary only. */
const hanPrefix = /^(?:非|不|未|無|高|低|最|再|全|各|総|初|新|旧|副|準|超|本)$/u;
/** Han suffixes after a word: ongoing, after, before, at the time, -ise, -ness, -er, place, way, matters, range. */
const hanSuffix = new Set(['中', '後', '前', '時', '化', '性', '的', '者', '係', '陣', '先', '事項', '方法', '範囲', '例', '数', '別', '用', '上', '下', '内', '外', '間', '毎']);
/** Nouns of one Han letter that name no one (example, figure, table, item, point): after a word or a postposition only ("優先度の例"). */
const oneLetterNoun = /^(?:例|図|表|件|点)$/u;
/**
 * A verb after a postposition: one or two Han letters and the Hiragana of its inflection, from a
 * closed list ("影響を受けたシステム", "非難を避ける方法", "同意を得る"). A name is no such inflection
 * ("林ひなた" and "蓮見さくら" are not): it is not taken for a verb.
 */
const verb = /^[\p{sc=Han}]{1,2}(?:る|た|て|う|く|む|す|ぶ|つ|けた|ける|けて|えた|える|えて|った|って|いた|いて|した|して|れた|れる|めた|める|げた|げる|きた|きる|じる|じた|せる|せた|べる|べた|こった|こる|きた)$/u;
/** An adjective before a word: one or two Han letters and い or しい ("詳しい情報", "新しい手順", "良い表現"). */
const adjective = /^[\p{sc=Han}]{1,2}(?:い|しい)$/u;
/** Hiragana between two words that only grammar writes: postpositions and their compounds. */
const joiner = /^(?:の|と|や|を|が|は|に|で|へ|も|から|まで|より|および|または|による|によって|について|として|における|での|への|との|からの|までの|にあたっての|な|的な)$/u;
/** The endings of a verb noun ("記録する", "把握します") or an adjective noun ("明確に", "正直に"), after a word. */
const ending = /^(?:する|します|しない|しません|した|して|される|させる|できる|に|な|とは|のみ|など|なし|あり)$/u;

/** True when `word`, in one script, is a word of the vocabulary. */
function isWord(word: string): boolean {
  if (/^[\p{sc=Han}々]+$/u.test(word)) return [...word].length >= 2 && hanWords.has(word);
  if (/^[\p{sc=Katakana}ー]+$/u.test(word)) return kanaWords.has(word) || kanaPlaces.has(word) || isKatakanaThing(word);
  return false;
}

/**
 * True when `run`, a run of Japanese letters (no spaces), splits into words of the vocabulary
 * joined as above. Splits are tried at every letter (a run is a heading's length): the first word
 * is a word or a prefix and a word, and after a word come a suffix, a joiner or an ending, or the
 * next word.
 */
export function isJapaneseOfKnownWords(run: string): boolean {
  if (hiraganaFunctionWord.test(run)) return true;
  const letters = [...run];
  if (letters.length < 2 || letters.length > 40 || !/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]+$/u.test(run)) return false;
  // `afterWord[i]`: letters 0..i-1 split into words, the last of them a word (not a joiner).
  const afterWord: boolean[] = new Array(letters.length + 1).fill(false);
  // `afterJoiner[i]`: they end with a joiner or a prefix, so a word must follow.
  const afterJoiner: boolean[] = new Array(letters.length + 1).fill(false);
  afterJoiner[0] = true;
  for (let start = 0; start < letters.length; start++) {
    if (!afterWord[start] && !afterJoiner[start]) continue;
    for (let end = start + 1; end <= letters.length; end++) {
      const part = letters.slice(start, end).join('');
      if (isWord(part)) afterWord[end] = true;
      if (afterJoiner[start] && start === 0 && hanPrefix.test(part)) afterJoiner[end] = true;
      if (afterWord[start]) {
        if (hanSuffix.has(part)) afterWord[end] = true;
        if (joiner.test(part)) afterJoiner[end] = true;
        if (ending.test(part)) afterWord[end] = true;
      }
      if (start > 0 && oneLetterNoun.test(part)) afterWord[end] = true;
      if (afterJoiner[start] && start > 0 && verb.test(part)) afterWord[end] = true;
      if (afterJoiner[start] && adjective.test(part)) afterWord[end] = true;
    }
  }
  return afterWord[letters.length];
}
