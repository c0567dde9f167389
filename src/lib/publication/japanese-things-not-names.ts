/**
 * Two Japanese shapes of a name that hold none (round 33 of false positives):
 *
 * - a company thanked with 様: "株式会社ミライ様", "ミライ（株）様". The honorific rule reads
 *   the Katakana word before 様 as a person; a legal form of a company right before or after it
 *   (株式会社, 有限会社, 合同会社, 一般社団法人, (株), ㈱, …) says it is a company. A person's name
 *   is never written after 株式会社, so "ミライ様" alone and "担当のミライ様" stay held.
 * - a list of Katakana products or parts joined by ・ ("エディタ・ビューア・コンバータ"), read as a
 *   foreign full name written so ("ジョン・スミス"). Published only when every part is a loanword
 *   for a thing (the list below or `katakanaThing` of japanese-acting-names.ts): a name has no part
 *   that is such a word, so "ジョン・スミス" and "エディタ・スミス" stay held.
 */
import { isKatakanaThing } from './japanese-acting-names.ts';

const legalFormBefore = /(?:株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|学校法人|[(（]株[)）]|[(（]有[)）]|㈱|㈲)\s?$/u;
const legalFormAfter = /^\s?(?:株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]|㈱|㈲)/u;

/** True when the word `name` before an honorific, by `before` and `after` around it, is a company's name. */
export function isCompanyName(before: string, after: string): boolean {
  return legalFormBefore.test(before) || legalFormAfter.test(after);
}

/** Loanwords for software and its parts that a product list joins with ・, beyond `katakanaThing`. */
const productWord = /^(?:エディタ|エディター|ビューア|ビューアー|ビューワ|ビューワー|コンバータ|コンバーター|プレイヤー|プレーヤー|ランチャー|マネージャー|マネージャ|ジェネレーター|ジェネレータ|ビルダー|パーサー|パーサ|コンパイラ|コンパイラー|デバッガ|デバッガー|フォーマッター|リンター|テンプレート|テーマ|アイコン|フォント|ウィジェット|ガジェット|カメラ|マイク|スピーカー|キーボード|マウス|モニター|ディスプレイ|タブレット|スマホ|スマートフォン|パソコン|ノートパソコン|プリンター|スキャナー|ルータ|ケーブル|アダプター|バッテリー|チャット|ビデオ|オーディオ|音声|ストリーミング|ダウンロード|アップロード|インストール|セットアップ|カスタマイズ|エクスポート|インポート|バリデーション|レンダリング|アニメーション|ナビゲーション|メニュー|ボタン|フォーム|ウィンドウ|タブ|パネル|ダイアログ|ツールバー|サイドバー|ヘッダー|フッター|タイムライン|ノート|リスト|ギャラリー|アルバム|カレンダー|リマインダー|ブックマーク|ニュース|フィード|検索)$/u;

/** True when a ・-joined Katakana run is a list of things: every part a loanword for a thing. */
export function isKatakanaListOfThings(run: string): boolean {
  const parts = run.split(/[・]/u);
  return parts.length >= 2 && !/[=＝]/u.test(run) && parts.every((part) => productWord.test(part) || isKatakanaThing(part));
}
