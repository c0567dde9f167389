/**
 * A Chinese given name written alone, with no surname, title or label (probe round 35,
 * docs/redaction.md, "Probe round 35: other languages and scripts"). chinese-prose-names.ts finds a
 * common surname and its given name; colleagues call each other by the given name ("志强发现磁盘满了",
 * "感谢思远和浩然连夜修复"), and nothing but the place in the sentence says it is a name. Read, in a
 * line `isChineseSentence` accepts, two Han letters that are no word of the list below:
 *
 * - a common given name (the list `commonGivenNames`) opening a clause before a responder's work
 *   or a word said ("志强发现", "晓明反馈说", "建国重启", "志偉在凌晨兩點重新啟動");
 * - after 感谢 / 谢谢, and the names joined to them by 和, 与 or 、 ("感谢思远和浩然");
 * - since probe round 37, whom the incident was handed to (交接给, 移交给, 转交给: "交接给沐阳后继续排查");
 * - before 的 and an account after 根据 / 据 ("根据雨桐的排查");
 * - after "who was on duty / in charge / found it was" ("值班的是佳怡");
 * - listed as who took part ("参与复盘的有晓明、佳怡和浩然").
 *
 * The words of the list (`notNames`) are the nouns that take those places in the reports
 * (系统, 监控, 大家, 团队, 运维, …); a report's own noun missing there is an error to allow.
 */
import { addUnlessSameStart, type FoundName } from './first-finding-keeps.ts';

/** Two-letter words that stand where a name does in reports: people in general, teams, systems, times. */
const notNames = new Set([
  '大家', '各位', '我们', '我們', '你们', '你們', '他们', '他們', '她们', '她們', '团队', '團隊', '同事', '同学', '同學', '用户', '用戶', '客户', '客戶', '社区', '社區', '所有', '全体', '全體', '领导', '領導', '老板', '老闆',
  '系统', '系統', '服务', '服務', '监控', '監控', '告警', '报警', '報警', '运维', '運維', '开发', '開發', '测试', '測試', '平台', '集群', '节点', '節點', '数据', '數據', '程序', '脚本', '腳本', '机器', '機器', '网关', '網關', '应用', '應用', '业务', '業務',
  '值班', '研发', '研發', '前端', '后端', '後端', '运营', '運營', '产品', '產品', '安全', '公司', '官方', '厂商', '廠商', '对方', '對方', '上游', '下游', '自动', '自動', '人工', '手动', '手動', '随后', '隨後', '然后', '然後', '最后', '最後', '最终', '最終', '同时', '同時', '当时', '當時', '之后', '之後', '此后', '此後', '事后', '事後', '今天', '昨天', '当晚', '當晚', '凌晨', '早上', '晚上', '上午', '下午', '中午', '夜里', '夜裡',
  '后来', '後來', '经过', '經過', '立即', '立刻', '马上', '馬上', '及时', '及時', '再次', '重新', '初步', '随即', '隨即', '已经', '已經', '没有', '沒有', '未能', '尚未', '并且', '並且', '然而', '但是', '因此', '所以', '于是', '於是', '需要', '应该', '應該', '可以', '无法', '無法', '成功', '正在', '开始', '開始', '继续', '繼續', '主动', '主動', '进而', '進而', '从而', '從而', '如果', '只要', '一旦', '首先', '其次', '另外', '此外', '还有', '還有', '并未', '並未', '及早', '定期', '统一', '統一', '负责', '負責', '直接', '共同', '一起', '分别', '分別', '均已', '都已', '未被', '没能', '沒能', '能够', '能夠', '必须', '必須', '不再', '不会', '不會', '用来', '用來', '用于', '用於', '通过', '通過', '由于', '由於', '因为', '因為',
  '支持', '理解', '耐心', '配合', '帮助', '幫助', '反馈', '反饋', '日志', '日誌', '排查', '分析', '调查', '調查', '监控', '经验', '經驗', '记录', '記錄', '文档', '文檔', '流程', '规范', '規範', '复盘', '復盤', '会议', '會議', '问题', '問題', '故障', '事故', '原因', '结果', '結果',
]);
const hanName = String.raw`\p{sc=Han}{2}`;
/** A clause's start: the line's or after punctuation. */
const clauseStart = String.raw`(?:^|(?<=[，,。；;：:、！!？?\s（(「“"]))`;
const work = String.raw`(?:发现|發現|反馈|反饋|说|說|表示|指出|重启|重啟|重新启动|重新啟動|执行|執行|回滚|回滾|处理|處理|负责|負責|修复|修復|确认|確認|排查|定位|联系|聯繫|通知|收到|手动|手動|登录|登錄|提交|合并|合併|部署|上线|上線|跟进|跟進|值班)`;
/**
 * Since probe round 36: any two letters opening a clause before a responder's act done, with 了 and
 * an object ("沐阳重启了服务", "子墨回滚了配置"). Without an object the verb reads as what happened
 * to the subject ("容器重启了", "网络恢复了"), and without 了 as a noun compound ("应急重启",
 * the 629 findings on zh-kudig that kept the clause rule to the list), so both are needed.
 */
const actedWithObject = new RegExp(String.raw`${clauseStart}(?<name>${hanName})(?=(?:重启|重啟|回滚|回滾|修复|修復|部署|执行|執行|扩容|擴容|下线|下線|切换|切換|删除|刪除|关闭|關閉|合并|合併|提交)了\p{sc=Han}{1,8}(?:[。，；！!,;]|$))`, 'gu');
const acting = new RegExp(String.raw`${clauseStart}(?<name>${hanName})(?:在[^，。；]{0,10}?)?(?=${work})`, 'gu');

/**
 * Common two-letter given names (written from general knowledge of the names of people born in
 * the last seventy years, not copied from a register), in simplified letters; their traditional
 * forms are made by `traditional`. A clause opening with two letters before a verb is most often a
 * noun and the verb ("应急重启", "紧急处理", "风险确认": 629 such findings on the Chinese runbooks of
 * /work/corpora/zh-kudig when any two letters were read), so there only a given name of this list
 * is read; the other places (thanks, "according to …'s", "on duty was", who took part) read any two.
 */
const commonGivenNames = new Set(`
  伟明 志强 志伟 志刚 志勇 志明 志华 志军 志平 志远 建国 建华 建军 建平 建明 建伟 建新 建林 国强 国华 国栋 国平
  海涛 海峰 海燕 海龙 海波 永强 永刚 永明 永生 晓明 晓东 晓峰 晓燕 晓丽 晓红 晓华 晓军 晓伟 晓梅 晓雪 晓慧
  丽娟 丽华 丽萍 丽娜 秀英 秀兰 秀珍 秀梅 桂英 桂兰 玉兰 玉梅 玉华 淑珍 淑华 淑英 红梅 红霞 春梅 春燕 美玲 美兰
  子涵 子轩 子豪 子墨 梓涵 梓轩 梓萱 梓豪 浩然 浩宇 浩轩 皓轩 宇轩 一诺 一鸣 雨桐 雨涵 雨萱 雨泽 欣怡 欣妍
  佳怡 佳琪 嘉怡 思远 思涵 思琪 诗涵 语桐 可馨 家豪 俊杰 俊熙 铭泽 天佑 明杰 明轩 雅婷 婷婷 静怡 梦琪 若曦 文博
  文杰 文涛 文静 文华 文斌 斌斌 磊磊 鹏飞 鹏程 振华 振宇 家乐 家伟 家明 嘉欣 嘉琪 晨阳 晨曦 欣然 安琪 心怡
  佳豪 佳乐 凯文 凯瑞 宏伟 宏宇 立新 立军 立伟 云飞 云龙 德华 学友 少华 少军 少杰 金龙 金凤 亚楠 亚军 亚男
  雪梅 雪莲 冬梅 秋菊 春华 丹丹 芳芳 娜娜 倩倩 莉莉 慧敏 慧琳 慧芳 颖颖 雯雯 琳琳 晶晶 洁琼 梦瑶 雨欣 紫涵 子怡
`.split(/\s+/).filter(Boolean));
/** Traditional forms of the simplified letters the names above use. */
const traditionalLetter: Record<string, string> = { 伟: '偉', 强: '強', 华: '華', 军: '軍', 国: '國', 庆: '慶', 栋: '棟', 涛: '濤', 龙: '龍', 波: '波', 晓: '曉', 东: '東', 丽: '麗', 红: '紅', 兰: '蘭', 梅: '梅', 萍: '萍', 凤: '鳳', 轩: '軒', 诺: '諾', 鸣: '鳴', 泽: '澤', 杰: '傑', 诗: '詩', 语: '語', 馨: '馨', 豪: '豪', 铭: '銘', 婷: '婷', 静: '靜', 梦: '夢', 曦: '曦', 鹏: '鵬', 飞: '飛', 振: '振', 乐: '樂', 凯: '凱', 宏: '宏', 云: '雲', 德: '德', 学: '學', 亚: '亞', 胜: '勝', 莲: '蓮', 慧: '慧', 颖: '穎', 雯: '雯', 琳: '琳', 洁: '潔', 琼: '瓊', 瑶: '瑤', 紫: '紫', 怡: '怡', 刚: '剛', 远: '遠', 涵: '涵', 宇: '宇', 航: '航', 桐: '桐', 萱: '萱', 欣: '欣', 妍: '妍', 佳: '佳', 嘉: '嘉', 琪: '琪', 思: '思', 俊: '俊', 熙: '熙', 天: '天', 佑: '佑', 雅: '雅', 若: '若', 文: '文', 博: '博', 斌: '斌', 磊: '磊', 程: '程', 家: '家', 晨: '晨', 阳: '陽', 然: '然', 安: '安', 心: '心', 立: '立', 新: '新', 少: '少', 金: '金', 楠: '楠', 男: '男', 利: '利', 雪: '雪', 冬: '冬', 秋: '秋', 菊: '菊', 春: '春', 丹: '丹', 芳: '芳', 娜: '娜', 倩: '倩', 莉: '莉', 敏: '敏', 晶: '晶', 子: '子', 梓: '梓', 雨: '雨', 一: '一', 浩: '浩', 皓: '皓', 可: '可', 明: '明', 志: '志', 建: '建', 海: '海', 永: '永', 燕: '燕', 峰: '峰', 玉: '玉', 淑: '淑', 珍: '珍', 英: '英', 秀: '秀', 桂: '桂', 美: '美', 玲: '玲', 霞: '霞', 友: '友', 平: '平', 勇: '勇', 林: '林', 生: '生', 墨: '墨' };
const traditional = (name: string) => [...name].map((letter) => traditionalLetter[letter] ?? letter).join('');
const givenNames = new Set([...commonGivenNames, ...[...commonGivenNames].map(traditional)]);
const thanked = new RegExp(String.raw`(?:感谢|感謝|谢谢|謝謝)(?<names>${hanName}(?:[和与與、及](?:${hanName}))*)`, 'gu');
const handedTo = new RegExp(String.raw`(?:交接给|交接給|移交给|移交給|转交给|轉交給)(?<names>${hanName}(?:[和与與、及](?:${hanName}))*)`, 'gu');
const account = new RegExp(String.raw`(?:根据|根據|据|據|按照)(?<name>${hanName})的(?:排查|分析|反馈|反饋|调查|調查|判断|判斷|说法|說法|描述|记录|記錄|报告|報告)`, 'gu');
const dutyOf = new RegExp(String.raw`(?:值班|负责|負責|发现|發現|处理|處理|报告|報告|主持)的(?:人)?是(?<name>${hanName})(?![\p{sc=Han}])`, 'gu');
const tookPart = new RegExp(String.raw`(?:参与|參與|参加|參加|出席)[^，。；]{0,8}?的(?:人)?(?:有|包括)(?<names>${hanName}(?:[和与與、及](?:${hanName}))*)`, 'gu');

/** Given names a Chinese sentence writes alone, by their place (above). */
export function findChineseGivenNames(line: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (name: string, index: number, why: string) => {
    if (!notNames.has(name)) addUnlessSameStart(found, { text: name, index, why });
  };
  for (const m of line.matchAll(acting)) if (givenNames.has(m.groups!.name)) add(m.groups!.name, m.index!, 'a given name doing a responder\'s work in a Chinese sentence');
  for (const m of line.matchAll(actedWithObject)) add(m.groups!.name, m.index!, 'a given name doing a responder\'s work with 了 and an object, in a Chinese sentence');
  for (const m of line.matchAll(account)) add(m.groups!.name, m.index! + m[0].indexOf(m.groups!.name), 'whose account a Chinese sentence reports');
  for (const m of line.matchAll(dutyOf)) add(m.groups!.name, m.index! + m[0].length - m.groups!.name.length, 'who was on duty, in a Chinese sentence');
  for (const pattern of [thanked, handedTo, tookPart]) {
    for (const m of line.matchAll(pattern)) {
      let offset = m.index! + m[0].length - m.groups!.names.length;
      for (const name of m.groups!.names.split(/[和与與、及]/u)) {
        const index = line.indexOf(name, offset);
        offset = index + name.length;
        add(name, index, pattern === thanked ? 'a given name thanked in a Chinese sentence' : pattern === handedTo ? 'whom the incident was handed to, in a Chinese sentence' : 'who took part, in a Chinese sentence');
      }
    }
  }
  return found;
}
