/**
 * Names in a Japanese sentence (false positives round 31). Text in another script is held whole
 * because no rule reads names in it (`non-latin-text.ts`); on a blog written in Japanese that held
 * every post, whatever it said. A line that is a Japanese sentence (its grammar is written in
 * Hiragana: "…を再起動しました") is read instead for the ways Japanese writes a person:
 *
 * - a name before an honorific (さん, 様, さま, 氏, 君, くん, ちゃん, 先生), in Han, Katakana,
 *   Hiragana or Latin letters ("田中さん", "ジョンさん", "Tanaka さん", "syuiloさん"); not a role
 *   before it ("利用者様", "ユーザーさん", "皆さん", "お客様") nor a word that ends in 様 without
 *   being an honorific ("仕様", "同様", "様々");
 * - a foreign full name in Katakana with its middle dot ("ジョン・スミス");
 * - a run of Han letters holding a common Japanese surname ("田中が対応しました": a company
 *   writing to customers names its own staff without an honorific);
 * - the Han letters after "弊社の" / "当社の" (our company's …), how such staff are introduced;
 * - the writer's own name after a greeting ("こんにちは、ほのかです。"), and whose comment or
 *   message a post quotes ("ほのかによるコメント").
 *
 * A line that is not such a sentence (a table cell, a label and its value, a list of names, a
 * heading of Han and Katakana alone, Japanese inside an English sentence) is held whole as before:
 * there no grammar tells a name from a word. Chinese and Korean have readers of their own since
 * round 32 (chinese-prose-names.ts, korean-prose-names.ts).
 *
 * Published by this reading (the limit it adds): a name in a Japanese sentence with no honorific
 * that is no common surname and not introduced as staff; since the Japanese probes of round 31 a
 * bare name doing a responder's work is found too ("薬師寺が対応しました": japanese-acting-names.ts),
 * so the limit is such a name doing nothing a responder does ("薬師寺は遅れて参加しました").
 */

import { isCompanyName, isKatakanaListOfThings } from './japanese-things-not-names.ts';
import { findJapaneseActingNames } from './japanese-acting-names.ts';
import { findJapaneseBareNames } from './japanese-bare-names.ts';
import { addUnlessOverlapping, type FoundName } from './first-finding-keeps.ts';

const hiraganaLetter = /\p{sc=Hiragana}/u;
const japaneseLetters = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;

/**
 * Endings and particles only a sentence has: the polite and plain past and present, the
 * progressive and the usual postpositions of clauses. A name such as "田中たろう" has Hiragana
 * but none of these, and stays held whole.
 */
const sentenceGrammar = /(?:です|ます|ました|ません|でした|した|して|する|される|された|ている|ていた|について|による|により|ため|こと|ので|から|まで|など|には|では|への|との|ください|しょう|ある|あり|いる|おり|なる|なり)/u;

/**
 * A postposition standing alone between a word and the next, as Japanese written around Latin
 * terms puts it ("query planner の search_queries を BM25 検索にも渡す", "`compose.yaml` の
 * alt-backend に追加"): grammar only a sentence has (round 56 of false positives; such rows of a
 * team's post-mortems were held on every "の" and "を", 811 findings in 10 reports).
 */
const postpositionBetweenWords = /[\p{L}\p{N}`)\]"'」]\s+(?:の|を|に|が|で|は|と|へ|も|や|から|まで|より|にも|では|には|とは|への|での|との)\s+\S/u;

/** Fewer Japanese letters than this on a line are a label or a name, not a sentence. */
const sentenceLetters = 8;

/** True when `line` reads as a Japanese sentence, whose names this module can find. */
export function isJapaneseSentence(line: string): boolean {
  if (!hiraganaLetter.test(line)) return false;
  const letters = line.match(japaneseLetters)?.length ?? 0;
  return letters >= sentenceLetters && (sentenceGrammar.test(line) || postpositionBetweenWords.test(line));
}

/**
 * A name and its honorific. The name is the letters of one script just before it (or a Latin
 * handle, with an optional space); 殿 and たん are left out, since they end ordinary words
 * (宮殿, かんたん) more often than they follow a name in such posts.
 */
const honorificName = /(?<name>[\p{sc=Han}々]{1,6}|[\p{sc=Katakana}ー・]{1,16}|[A-Za-z][A-Za-z0-9_.-]{0,38}[A-Za-z0-9_] ?|[A-Za-z] ?|\p{sc=Hiragana}[\p{sc=Hiragana}ー]{0,7})(?<honorific>さん|さま|様|氏|くん|君|ちゃん|先生)/gu;

/** Han words that end in a role or a relation, never a name ("利用者", "会員", "お客", "お父"). */
const hanRole = /(?:者|員|客|皆|家|屋|父|母|兄|姉|弟|妹|爺|婆|奥|嫁|娘|神|王|様|方|共|達|等|陣|社|店|局|部|課|係|先|長)$/u;
/** Katakana words that name a role or a group ("ユーザー様", "メンバーさん"). */
const katakanaRole = /(?:ユーザー?|メンバー|オーナー|スタッフ|ゲスト|サポーター|パトロン|ファン|ママ|パパ|チーム|カスタマー|クライアント|ベンダー|ドライバー|オペレーター|エンジニア|デザイナー|リーダー|マネージャー|フォロワー|コントリビューター|プレイヤー|プレーヤー)$/u;
/** Hiragana before さん that is no name: "たくさん" (many), "みなさん", "おじさん", "おつかれさま". */
const hiraganaNotName = /(?:たく|みな|みんな|おじ|おば|おじい|おばあ|おとう|おかあ|おにい|おねえ|おきゃく|おつかれ|ごくろう|おかげ|この|その|あの|どの|かの|よう|さまざ|ざん|いっ|ごち|ちゃ)$/u;
/** Words ending in 様, 氏 or 君 that are no honorific (仕様 specification, 同様 likewise, 氏名 full name, 諸君 everyone). */
const wordWithHonorificLetter = /^(?:仕|同|模|多|異|一|左|態|有|文|紋|貴|如何|彼|某|両|各|諸|主|暴|細|夫|名)$/u;
/** 様, 氏 and 君 opening a longer word (様々, 様子, 様式, 様相; 氏名, 氏族; 君主, 君臨), each its own. */
const honorificLetterWord: Record<string, RegExp> = { 様: /^[々子式相態]/u, 氏: /^[名族]/u, 君: /^[主臨]/u };
/** Hiragana opening a longer word after ちゃん/くん: "ちゃんと" (properly). */
const ちゃんと = /^と/u;

/** Common Japanese surnames of two or three Han letters; a run holding one is a name. */
const commonSurnames = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '渡邊', '渡部', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木',
  '山口', '松本', '井上', '木村', '斎藤', '斉藤', '齋藤', '清水', '山崎', '阿部', '池田', '橋本', '山下', '石川', '中島',
  '前田', '藤田', '後藤', '小川', '岡田', '長谷川', '村上', '近藤', '石井', '坂本', '遠藤', '青木', '藤井', '西村', '福田',
  '太田', '三浦', '藤原', '岡本', '松田', '中川', '中野', '原田', '小野', '田村', '竹内', '金子', '和田', '中山', '石田',
  '上田', '森田', '小島', '柴田', '酒井', '工藤', '横山', '宮崎', '宮本', '内田', '高木', '安藤', '谷口', '大野', '丸山',
  '今井', '高田', '河野', '村田', '武田', '上野', '杉山', '増田', '小山', '大塚', '千葉', '久保', '松井', '小西', '岩崎',
  '木下', '野口', '松尾', '菊地', '菊池', '野村', '新井', '佐野', '杉本', '古川', '大西', '浅野', '小松', '松下', '市川',
  '桜井', '櫻井', '樋口', '秋山', '北村', '平田', '服部', '荒木', '星野', '永井', '関口', '川口', '水野', '中田', '小池',
  '吉川', '山内', '西田', '大橋', '北川', '土屋', '安田', '内藤', '本田', '久保田', '大久保', '松岡', '黒田', '飯田', '川村',
];
const surnameInRun = new RegExp(commonSurnames.join('|'), 'u');
const hanRun = /[\p{sc=Han}々]+/gu;
/** Staff introduced by their company: "弊社の田中", "当社の佐藤", "担当の鈴木". */
const introducedStaff = /(?:弊社|当社|担当)の?(?<name>[\p{sc=Han}々]{2,4})/gu;
/**
 * The writer introducing themselves after a greeting: "こんにちは、ほのかです。", "…、Quorvane
 * Projectのほのかです。" and "…のほのかと申します" (a name with no honorific, as one writes one's own).
 */
const selfIntroduction = /(?:こんにちは|こんばんは|おはようございます|おはこんばんちは|はじめまして)[、,，!！\s]*(?:[^、。]{0,40}?の)??(?<name>\p{sc=Hiragana}[\p{sc=Hiragana}ー]{0,11}|\p{sc=Katakana}[\p{sc=Katakana}ー・]{0,15}|[\p{sc=Han}々]{1,6}|[A-Za-z][\w.-]{0,38})(?<verb>です|と申します|といいます)/gu;
/** Whose words a post quotes: "ほのかによるコメント", "ほのかからのメッセージ" (people comment and send messages), "蓮見いわく、" (round 32). */
const quotedSpeaker = /(?<name>\p{sc=Hiragana}[\p{sc=Hiragana}ー]{1,9}|[\p{sc=Katakana}ー・]{2,16}|[\p{sc=Han}々]{2,6}|[A-Za-z][\w.-]{0,38})(?:(?:による|からの)(?:コメント|発言|談話|寄稿|メッセージ|ご挨拶|挨拶)|(?:いわく|曰く)[、,，])/gu;
/** The writer's partner in the work: "私と蓮見で見直しました", "筆者とユキが" (round 32): only a person works beside the writer so. */
const writersPartner = /(?:私|僕|筆者|自分|わたし)と(?<name>[\p{sc=Han}々]{1,4}|[\p{sc=Katakana}ー・]{2,16}|[A-Z][A-Za-z.'-]{1,30})(?=で|が|の(?:二人|2人|ふたり))/gu;
/** A foreign full name in Katakana: words joined by a middle dot or an equals sign. */
const katakanaFullName = /[\p{sc=Katakana}ー]{2,}(?:[・=＝][\p{sc=Katakana}ー]{2,})+/gu;

function isRoleBeforeHonorific(name: string, honorific: string, after: string): boolean {
  const bare = name.trim();
  if (/^\p{sc=Han}/u.test(bare) || bare.startsWith('々')) {
    if (hanRole.test(bare)) return true;
    if ((honorific === '様' || honorific === '氏' || honorific === '君') && (wordWithHonorificLetter.test(bare.slice(-2)) || wordWithHonorificLetter.test(bare.slice(-1)))) return true;
  }
  if (/^[\p{sc=Katakana}ー・]/u.test(bare) && katakanaRole.test(bare)) return true;
  if (/^\p{sc=Hiragana}/u.test(bare)) {
    // Hiragana runs hold particles and words as well as names: every honorific but 君 (also
    // "you") follows a name written so ("ゆずりょー氏", "ほのかさん"), never after the words of
    // hiraganaNotName; the run is taken whole, particles before the name included.
    if (honorific === '君' || hiraganaNotName.test(bare)) return true;
  }
  if (honorificLetterWord[honorific]?.test(after)) return true;
  if ((honorific === 'ちゃん' || honorific === 'くん') && ちゃんと.test(after)) return true;
  // "さまざま" (various) in Hiragana: the particle before it is no name ("のさまざまな").
  if (honorific === 'さま' && after.startsWith('ざ')) return true;
  return false;
}

/** The names of a line that `isJapaneseSentence` accepts, each once, in order. */
export function findJapaneseNames(line: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (text: string, index: number, why: string) => addUnlessOverlapping(found, { text, index, why });
  for (const m of line.matchAll(honorificName)) {
    const name = m.groups!.name;
    const honorific = m.groups!.honorific;
    const after = line.slice(m.index! + m[0].length);
    if (isRoleBeforeHonorific(name, honorific, after)) continue;
    // A company thanked with 様 ("株式会社ミライ様"; round 33).
    if (isCompanyName(line.slice(0, m.index!), after)) continue;
    // A Latin handle is one word: "the syuiloさん" takes "syuilo", not the words before it.
    add(m[0].trimStart(), m.index! + (m[0].length - m[0].trimStart().length), `a name before the honorific ${honorific} in a Japanese sentence`);
  }
  for (const m of line.matchAll(selfIntroduction)) add(m.groups!.name, m.index! + m[0].length - m.groups!.verb.length - m.groups!.name.length, 'the writer introducing themselves in a Japanese sentence');
  for (const m of line.matchAll(quotedSpeaker)) {
    const name = m.groups!.name;
    if (hanRole.test(name) || katakanaRole.test(name) || hiraganaNotName.test(name)) continue;
    add(name, m.index!, 'whose words a Japanese sentence quotes');
  }
  for (const m of line.matchAll(writersPartner)) {
    const name = m.groups!.name;
    if (hanRole.test(name) || katakanaRole.test(name)) continue;
    add(name, m.index! + m[0].length - name.length, 'who worked beside the writer in a Japanese sentence');
  }
  for (const m of line.matchAll(katakanaFullName)) {
    // A list of products or parts ("エディタ・ビューア・コンバータ"; round 33).
    if (isKatakanaListOfThings(m[0])) continue;
    add(m[0], m.index!, 'a full name in Katakana in a Japanese sentence');
  }
  for (const m of line.matchAll(introducedStaff)) add(m.groups!.name, m.index! + m[0].length - m.groups!.name.length, 'a member of staff introduced by the company in a Japanese sentence');
  for (const m of line.matchAll(hanRun)) if (surnameInRun.test(m[0])) add(m[0], m.index!, 'a common Japanese surname in a Japanese sentence');
  // Probe round 35: a bare name by whose account, thanks, presence or task (japanese-bare-names.ts);
  // before the acting names, so that a full name with a space is taken whole ("霧島 晴人が").
  for (const name of findJapaneseBareNames(line)) add(name.text, name.index, name.why);
  // Japanese probes, round 31: a bare name doing a responder's work (japanese-acting-names.ts).
  for (const name of findJapaneseActingNames(line)) add(name.text, name.index, name.why);
  return found.sort((a, b) => a.index - b.index);
}
