/**
 * A bare name in a Japanese sentence that does no responder's work (probe round 35,
 * docs/redaction.md, "Probe round 35: other languages and scripts"). japanese-acting-names.ts finds
 * a name by the work it does ("蓮見が再起動しました"); a report names its people in other places
 * too, bare, with no honorific, and those were published:
 *
 * - whose account the report gives: "霧島の報告によると", "稲葉の指摘で", "第一報は久我からで";
 * - whom the team thanked or asked: "鳴海に感謝します", "稲葉に状況を聞いたところ";
 * - what only a person does or is: taking part, joining, standing by, being on leave or away,
 *   watching a graph ("蓮見は休暇中", "ハルトは翌朝まで待機", "久我がVPNに接続", "東雲が見ていた");
 * - attendees listed before 参加 / 出席 ("蓮見、霧島、東雲が参加しました");
 * - the value after a task's name and は ("作成は鳴海、", "担当は霧島とし");
 * - a full name written with a space ("霧島 晴人が");
 * - since probe round 36, who read or checked something ("蓮見もエラーを確認していました").
 *
 * A word is taken only when it is no role, group, common noun or loanword of the lists of
 * japanese-acting-names.ts (`isKnownWord`): "サーバーが接続" and "本日は休み" stay public.
 */
import { isKnownWord } from './japanese-acting-names.ts';
import type { JapaneseActingName } from './japanese-acting-names.ts';
import { addUnlessOverlapping } from './first-finding-keeps.ts';

const han = String.raw`[\p{sc=Han}々]{2,4}`;
const kana = String.raw`[\p{sc=Katakana}ー]{2,10}`;
/** A word that may be a name, not inside a longer run of its script. */
const word = String.raw`(?<![\p{sc=Han}々\p{sc=Katakana}ー])(?:${han}|${kana})(?![\p{sc=Han}々\p{sc=Katakana}ー])`;

/** Whose account: the word, の, an account, and "according to" or "by" ("霧島の報告によると", "稲葉の指摘で"). */
const account = new RegExp(String.raw`(?<name>${word})の(?:報告|指摘|説明|話|調査|分析|見立て|証言|メモ|コメント|連絡|共有|提案|気づき)(?:によると|によれば|では|で|から|を受け|に基づ|に従)`, 'gu');
/** The first report came from someone: "報告は久我からで", "第一報は久我から". */
const reportFrom = new RegExp(String.raw`(?:報告|連絡|電話|通報|第一報|一報)は(?<name>${word})から`, 'gu');
/** Thanked or asked: "鳴海に感謝", "稲葉に状況を聞いた". */
const thankedOrAsked = new RegExp(String.raw`(?<![ごお御])(?<name>${word})に(?:感謝|お礼|礼を|(?:状況|詳細|経緯|様子|事情|原因)を(?:聞|尋ね|問い合わせ|質問|確認))`, 'gu');
/** What only a person does or is, after the subject's particle within a short clause (a lookahead: "当日は霧島が休み" reads 霧島 after 当日). */
const personOnly = new RegExp(String.raw`(?<name>${word})(?=(?:が|は)(?:(?:(?!ない|か|も)[^、。！？!?]){0,8}?)(?:参加|出席|同席|合流|待機|休暇|休み|不在|出張|在宅|出社|帰宅|就寝|駆けつけ|交代し|(?:VPN|ＶＰＮ|Slack|Zoom)に(?:接続|入|参加)|見てい|一次対応に(?:あた|当た)|対応に(?:あた|当た)))`, 'gu');
/**
 * Since probe round 36: what a responder reads or checks, after が, は or も within a short clause
 * and an object with を ("蓮見もエラーを確認していました", "霧島がランブックを読み直しました"); a
 * tool checks too ("監視ツールがエラーを検知"), so only reading, looking and checking in a person's
 * tenses, and the subject is no known noun. Not a clause made a noun before を ("情報が掲載されて
 * いることを確認し", "関連があることを確認してください": a guide's instruction, measured on
 * ja-pagerduty-ir) nor a request ("…を確認してください").
 */
const personReads = new RegExp(String.raw`(?<name>${word})(?=(?:が|は|も)[^、。！？!?]{0,12}?(?<!こと|の|か)を(?:確認し(?:て|た|ま)|読(?:み|ん)|見(?:て|た|ま|直)|調べ|参照し(?:て|た|ま)|チェックし(?:て|た|ま))(?!\p{sc=Hiragana}{0,3}(?:ください|下さい|ほしい|欲しい)))`, 'gu');
/** Attendees: two names or more joined by 、 or と before が or も and 参加 / 出席. */
const attendees = new RegExp(String.raw`(?<names>${word}(?:[、,と]${word})+)(?:が|も|の[二三四五六七八九]?[人名]?が?)(?:参加|出席|同席|集ま)`, 'gu');
/** A task's name, は, and who does it: "作成は鳴海、", "担当は霧島とし". */
const taskOwner = new RegExp(String.raw`(?:作成|執筆|レビュー|司会|進行|記録|議事録|担当|起票|承認|調整|窓口)は(?<name>${word})(?=[、,]|と(?:し|な|す)|で(?:す|し|、)|。|$)`, 'gu');
/** A full name with a space between family and given name ("霧島 晴人が", "霧島　晴人の"). */
const spacedFullName = /(?<![\p{sc=Han}々])(?<name>[\p{sc=Han}々]{1,3}[ 　][\p{sc=Han}々]{1,3})(?=が|は|の|に|と|から|さん|氏|様|[、。])/gu;

const scriptOf = (name: string): 'han' | 'kana' => (/^[\p{sc=Han}々]/u.test(name) ? 'han' : 'kana');
/**
 * Words the lists of japanese-acting-names.ts lack that take these places in real reports
 * (PagerDuty's Japanese incident-response guide, measured in probe round 35): roles ("消防士",
 * "カスタマーリエゾン", "エグゼクティブ") and the stems of na-adjectives used as adverbs before に
 * ("自由に", "冷静に", "明確に"). A report's own word missing here is an error to allow.
 */
const roleEnding = /(?:士|師|官|手|リエゾン|エグゼクティブ|スクライブ|エキスパート|ディレクター|オーナー|マネージャー|メンバー|スタッフ|ユーザー|チーム|コマンダー|リーダー|担当)$/u;
const naAdjective = /^(?:自由|明確|冷静|正確|丁寧|簡単|詳細|慎重|迅速|適切|直接|個別|率直|気軽|素直|簡潔|十分|大切|必要|重要|明快|公平|静か|柔軟|確実|安全|無理|真剣|具体的|積極的|定期的|一時的)$/u;
const isName = (name: string) => !isKnownWord(name, scriptOf(name)) && !roleEnding.test(name) && !naAdjective.test(name);

/** The bare names a Japanese sentence gives by whose account, thanks, presence, attendance or task. */
export function findJapaneseBareNames(line: string): JapaneseActingName[] {
  const found: JapaneseActingName[] = [];
  const add = (name: string, index: number, why: string) => {
    if (isName(name)) addUnlessOverlapping(found, { text: name, index, why });
  };
  const one = (pattern: RegExp, why: string) => {
    for (const m of line.matchAll(pattern)) add(m.groups!.name, m.index! + m[0].indexOf(m.groups!.name), why);
  };
  // First, so that the full name is taken whole before its given name alone.
  for (const m of line.matchAll(spacedFullName)) {
    const [family, given] = m.groups!.name.split(/[ 　]/u);
    if (isName(family) || isName(given)) found.push({ text: m.groups!.name, index: m.index!, why: 'a full name with a space in a Japanese sentence' });
  }
  one(account, 'whose account a Japanese sentence reports');
  one(reportFrom, 'who reported, in a Japanese sentence');
  one(thankedOrAsked, 'whom a Japanese sentence thanks or asks');
  one(personOnly, 'what only a person does or is, in a Japanese sentence');
  one(taskOwner, 'who does a task, in a Japanese sentence');
  one(personReads, 'what a responder reads or checks, in a Japanese sentence');
  for (const m of line.matchAll(attendees)) {
    let offset = m.index!;
    for (const name of m.groups!.names.split(/[、,と]/u)) {
      const index = line.indexOf(name, offset);
      offset = index + name.length;
      add(name, index, 'attendees listed in a Japanese sentence');
    }
  }
  return found;
}
