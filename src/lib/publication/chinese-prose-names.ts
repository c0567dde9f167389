/**
 * Names in a Chinese sentence (round 32). Text in another script is held whole because no rule
 * reads names in it (`non-latin-text.ts`); a Chinese team could publish nothing. A line that is a
 * Chinese sentence (Han letters and the function words only Chinese writes: 了, 们, 这, 个, 说,
 * 没, 对, 为, 让, 从, 将, 把, 被, …) is read instead for what could name a person, and the rest of
 * it publishes:
 *
 * - a common Chinese surname (about 120 single letters and the compound ones, 欧阳, 司马, …) and
 *   the one or two Han letters after it ("王伟", "欧阳娜娜"), wherever it stands: Chinese writes no
 *   space between words and names its people bare ("王伟重启了数据库"). Not when the surname's
 *   letter is part of an everyday word there ("分钟", "依赖", "正常", "程序", "任务", "方案": the
 *   list `wordsHoldingSurnames`), which a name cannot be told from without a dictionary of words;
 * - any one to three Han letters before a title (先生, 女士, 小姐, 老师, 同学, 同事, 工程师, 经理,
 *   总监, 主管, 老板, 师傅, 总, 哥, 姐: "伟明先生", "王总"), or after 小/老 before a name ("小王");
 * - the value after a role's label and a colon ("负责人：伟明", "处理人: Priya", "值班：王伟"),
 *   and a Latin name or handle a Chinese sentence gives a title, a label or a responder's work
 *   ("Alex负责回滚", "由Priya处理", "联系 Alex").
 *
 * Published by this reading (the limit it adds): a given name alone with no title and no label
 * ("伟明重启了服务"), a surname that is no common one (a rarer one such as 蔺 or 晁), and a name
 * whose surname's letter opens one of the everyday words listed (a person called 程序员 would be
 * read as the word). A line of Han that is no sentence (a heading, a table cell, a label alone)
 * is held whole as before.
 */

import { isGivenNameOnly } from './given-names.ts';
import { isEnglishWord } from './people.ts';
import { simplifiedOnlyLetter } from './simplified-chinese-letters.ts';
import { findChineseGivenNames } from './chinese-given-names.ts';
import { addUnlessOverlapping, type FoundName } from './first-finding-keeps.ts';
import { isChineseOfKnownWords } from './chinese-known-words.ts';

const hanLetters = /\p{sc=Han}/gu;
/** Japanese and Korean letters: a line holding them is not read as Chinese. */
const kanaOrHangul = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/**
 * Function words only Chinese writes, simplified and traditional (Japanese writes none of them in
 * these forms: 了 stands in 完了 and 終了, hence it is weak). One of the strong ones, or two of the
 * weak, make a line of Han a Chinese sentence.
 */
const strongChinese = /[们們这這个個么麼吗嗎呢说說没沒对為为时进过还還该該让讓从從將并並发现问题导应务库启据复处后门间关开动报错误线网络负责经实计划统]|(?<![完終终修満魅])了/u;
const weakChinese = /[了的是在和我他她把被]/gu;
/** Fewer Han letters than this on a line are a label or a name, not a sentence. */
const sentenceLetters = 6;

/**
 * Letters only simplified Chinese writes (Japanese writes 図, 総, 処, 結, 優, … for them): a line of
 * Han holding one is Chinese however short (a heading "总结", a caption "图 2"), and is read too.
 */
const simplifiedOnly = /[们这个么说没对为时进过还该让从并发现问题导应务库启复处后门间关开动报错误线网络负责经实计划统图结总优监测试术运维节读设备迁选择频页项级长单击载态压缩译签类组权见览业据执]/u;

/** True when `line` reads as a Chinese sentence, whose names this module can find. */
export function isChineseSentence(line: string): boolean {
  if (kanaOrHangul.test(line)) return false;
  const letters = line.match(hanLetters)?.length ?? 0;
  if (letters && (simplifiedOnly.test(line) || simplifiedOnlyLetter.test(line))) return true;
  if (letters < sentenceLetters) return false;
  return strongChinese.test(line) || (line.match(weakChinese)?.length ?? 0) >= 2;
}

/** Common Chinese surnames (simplified and traditional forms), single letters. */
const singleSurnames = [...new Set([...
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱马馬胡郭林何罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡余杜叶葉苏蘇魏吕呂丁沈姚卢盧姜崔谭譚陆陸汪范金廖贾賈夏韦韋付邹鄒孟熊秦邱江尹薛闫閻雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫孔汤湯康牛樊葛邢乔喬伍庞龐倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿兰蘭焦俞柳甘祝宁寧符阮柯纪紀梅凌毕畢裴霍涂苗谷盛曲翁冉骆駱辛靳柴蒙鲍鮑喻祁蒲房滕屈饶饒牟艾尤穆农農吉缪繆简簡芦蘆麦麥褚娄婁窦竇戚岑卜晏柏宗瞿桂佟臧闵閔苟邬鄔卞姬仇栾欒隋刁荣榮巫寇桑郎甄丛叢仲虞敖巩鞏佘苑邝鄺',
])];
const compoundSurnames = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '尉遲', '公孙', '公孫', '长孙', '長孫', '宇文', '端木', '轩辕', '軒轅', '南宫', '南宮'];

/**
 * Everyday words of technical Chinese that hold a surname's letter (分钟 holds 钟, 依赖 赖, 正常 常,
 * 程序 程, 任务 任, 方案 方): where one stands, the letter is read as the word's, not a surname.
 * Kept to words, never to names; a report's own word missing here is an error to allow.
 */
const wordsHoldingSurnames = [
  // 钟 鍾 赖 常 程 任 方 文 于 万 易 石 田 白 江 史 龙 段 雷 金 马 林 何
  '分钟', '分鐘', '时钟', '時鐘', '秒钟', '依赖', '依賴', '信赖', '正常', '异常', '異常', '常见', '常見', '常用', '经常', '經常', '非常', '通常', '日常', '常规', '常規', '常量', '常驻', '常駐', '无常',
  '程序', '过程', '過程', '流程', '进程', '進程', '线程', '線程', '工程', '协程', '協程', '课程', '課程', '编程', '編程', '远程', '遠程', '章程', '程度', '日程', '全程', '规程', '規程', '行程', '路程', '教程', '方程', '历程', '歷程',
  '任务', '任務', '任何', '责任', '責任', '信任', '担任', '擔任', '任意', '任一', '继任', '繼任', '上任', '主任', '任职', '任職',
  '方案', '方式', '方面', '方法', '方便', '方向', '对方', '對方', '双方', '雙方', '官方', '地方', '多方', '一方', '各方', '方针', '方針', '第三方', '平方', '配方', '下方', '上方', '前方', '后方', '後方', '远方', '东方式',
  '文件', '文档', '文檔', '文本', '文章', '中文', '英文', '原文', '下文', '上文', '正文', '全文', '文字', '语文', '語文', '文化', '论文', '論文', '日文', '明文', '密文', '文献', '文獻', '报文', '報文', '图文', '圖文', '本文', '文中',
  '由于', '由於', '对于', '對於', '关于', '關於', '于是', '等于', '等於', '大于', '大於', '小于', '小於', '在于', '在於', '属于', '屬於', '处于', '處於', '基于', '基於', '用于', '用於', '终于', '終於', '至于', '至於', '高于', '低于', '位于', '位於', '多于', '少于', '趋于', '免于', '急于', '便于', '易于', '适用于', '于此',
  '一万', '十万', '百万', '千万', '上万', '万一', '数万', '數萬', '万条', '万个', '万行', '万次', '亿', '容易', '交易', '简易', '簡易', '轻易', '輕易', '贸易', '易用', '易于',
  '明白', '空白', '白名单', '白名單', '黑白', '白天', '白屏', '坦白', '石头', '基石', '田地', '长江', '長江', '历史', '歷史', '史上', '段落', '阶段', '階段', '片段', '字段', '手段', '分段', '号段', '號段', '网段', '網段', '时间段', '时段', '時段', '代码段', '雷区', '雷達', '雷达',
  '资金', '資金', '金额', '金額', '现金', '現金', '黄金', '黃金', '金融', '美金', '奖金', '獎金', '租金', '金丝雀', '金絲雀', '马上', '馬上', '木马', '木馬', '森林', '如何', '任何', '为何', '為何', '几何', '幾何', '何时', '何時', '何种', '何種', '何地', '何处', '何處',
  // 高 张 周 许 曾 苏 范 陆 顾 康 谢 罗 付 钱 余 叶 夏 毛 孟 汤 尹 黎 武 乔 宋 严 温 安 齐 易 关 包 宁 尚 符 成 全 明 和 应 时 华 车 项 连 简 米 师 司 古 吉 单 路 党 宫 商 沙 查 池
  '高可用', '高并发', '高並發', '高性能', '高效', '提高', '最高', '高峰', '高级', '高級', '高度', '高速', '高危', '高负载', '高負載', '高压', '较高', '較高', '很高', '过高', '過高', '更高', '高于', '偏高', '升高', '高频', '高頻', '高端', '高层', '高層', '高手', '高质量', '高質量', '高优', '高可靠', '高昂', '高达', '高達', '拉高', '调高', '調高', '飙高', '高并行', '高吞吐', '高延迟', '高延遲', '高水位', '高可扩展', '高版本', '高亮',
  '扩张', '擴張', '紧张', '緊張', '张表', '一张', '一張', '两张', '兩張', '张图', '張圖', '主张', '主張', '夸张', '誇張', '周期', '週期', '每周', '每週', '周末', '週末', '周围', '周圍', '上周', '上週', '下周', '下週', '本周', '本週', '一周', '一週', '周边', '周邊', '周年', '周报', '週報', '周会', '週會', '两周', '兩週', '周内', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周到', '四周',
  '允许', '允許', '许多', '許多', '也许', '也許', '或许', '或許', '许可', '許可', '少许', '些许', '曾经', '曾經', '未曾', '不曾', '苏醒', '蘇醒', '复苏', '復蘇', '范围', '範圍', '范式', '范例', '範例', '规范', '規範', '示范', '示範', '防范', '防範', '模范', '陆续', '陸續', '登陆', '登陸', '着陆', '大陆', '大陸',
  '回顾', '回顧', '顾客', '顧客', '照顾', '照顧', '兼顾', '兼顧', '顾虑', '顧慮', '健康', '康复', '感谢', '感謝', '谢谢', '謝謝', '代谢', '罗列', '羅列', '逻辑', '付费', '付費', '支付', '交付', '付出', '应付', '應付', '对付', '對付', '付款', '赚钱', '值钱', '省钱', '花钱', '钱包', '錢包',
  '剩余', '剩餘', '多余', '多餘', '其余', '其餘', '余量', '余额', '餘額', '冗余', '冗餘', '业余', '業餘', '余下', '叶子', '葉子', '树叶', '叶节点', '夏天', '夏季', '毛病', '毛刺', '毛利', '汤', '伊尹', '黎明', '武器', '武断', '乔迁', '宋体', '严重', '嚴重', '严格', '嚴格', '严谨', '嚴謹', '严密', '严峻', '庄严', '温度', '溫度', '温和', '溫和', '保温', '高温', '高溫', '降温', '升温',
  '安全', '安装', '安裝', '安排', '不安', '平安', '安静', '安靜', '安稳', '安穩', '安心', '安置', '公安', '整齐', '整齊', '齐全', '齊全', '对齐', '對齊', '一齐', '齐备', '关键', '關鍵', '关系', '關係', '关闭', '關閉', '相关', '相關', '开关', '開關', '有关', '有關', '关注', '關注', '关联', '關聯', '关机', '關機', '网关', '網關', '海关', '机关', '關於', '难关', '攻关', '过关', '关心', '关掉', '關掉', '闭关', '通关',
  '包括', '包含', '打包', '安装包', '数据包', '數據包', '包裹', '包装', '包裝', '红包', '钱包', '背包', '封包', '丢包', '丟包', '发包', '發包', '抓包', '分包', '包名', '包管理', '宁可', '寧可', '宁愿', '寧願', '安宁', '尚未', '时尚', '高尚', '符合', '符号', '符號', '字符', '相符', '成功', '完成', '成为', '成為', '造成', '形成', '组成', '組成', '生成', '集成', '成本', '成员', '成員', '成熟', '变成', '變成', '达成', '達成', '构成', '構成', '成果', '合成', '成立', '成长', '成長', '换成', '換成', '改成', '分成', '做成', '写成', '寫成', '成千', '成倍', '成败', '成敗', '成就', '成绩', '成績', '成效', '一成',
  '全部', '完全', '安全', '全面', '全局', '全量', '全球', '全新', '健全', '齐全', '全体', '全體', '全文', '全程', '全栈', '全棧', '全都', '明显', '明顯', '说明', '說明', '明确', '明確', '证明', '證明', '透明', '表明', '明天', '明年', '明细', '明細', '声明', '聲明', '明白', '分明', '查明', '阐明', '闡明', '指明', '注明', '文明', '发明', '發明', '光明', '和', '应该', '應該', '应用', '應用', '响应', '響應', '对应', '對應', '相应', '相應', '适应', '適應', '应当', '應當', '供应', '供應', '反应', '反應', '效应', '效應', '应急', '應急', '回应', '回應', '答应', '應對', '应对', '理应',
  '时间', '時間', '时候', '時候', '同时', '同時', '及时', '及時', '实时', '實時', '超时', '超時', '临时', '臨時', '当时', '當時', '时刻', '時刻', '小时', '小時', '定时', '定時', '时延', '時延', '耗时', '耗時', '按时', '准时', '準時', '时序', '時序', '何时', '暂时', '暫時', '时区', '時區', '时长', '時長', '时钟', '随时', '隨時', '有时', '有時', '届时', '屆時', '那时', '這時', '这时', '此时', '此時', '平时', '平時', '时期', '時期', '时代', '時代', '时效', '時效', '过时', '過時', '计时', '計時', '时机', '時機', '时常', '时而', '时光', '时点', '時點',
  '华为', '華為', '中华', '中華', '精华', '精華', '车辆', '車輛', '汽车', '汽車', '列车', '项目', '項目', '事项', '事項', '选项', '選項', '配置项', '配置項', '项数', '各项', '各項', '单项', '一项', '一項', '强项', '連接', '连接', '连续', '連續', '连通', '連通', '连线', '连带', '关联', '串连', '简单', '簡單', '简化', '簡化', '简介', '簡介', '简称', '簡稱', '简洁', '簡潔', '简直', '精简', '精簡', '简要', '简述', '米', '毫米', '厘米', '老师', '師傅', '师傅', '工程师', '工程師', '架构师', '架構師', '分析师', '分析師', '设计师', '設計師', '司机', '公司', '上司', '司法', '古老', '古典', '吉利', '单元', '單元', '单位', '單位', '简单', '单个', '單個', '单独', '單獨', '名单', '名單', '菜单', '菜單', '订单', '訂單', '单机', '單機', '单点', '單點', '单线程', '单线', '单测', '單測', '清单', '清單', '表单', '表單', '单一', '單一', '单元测试', '单次', '單次', '单纯', '單純', '账单', '帳單', '工单', '工單', '单条', '單條', '单台', '單台', '单副本', '单实例', '單實例', '单表', '單表', '单调', '單調', '单向', '單向',
  '路径', '路徑', '路由', '线路', '線路', '思路', '道路', '电路', '電路', '链路', '鏈路', '网路', '網路', '一路', '回路', '旁路', '多路', '通路', '短路', '路线', '路線', '出路', '套路', '商业', '商業', '厂商', '廠商', '商品', '商用', '协商', '協商', '供应商', '服务商', '服務商', '云厂商', '商家', '商量', '商城', '沙箱', '沙盒', '检查', '檢查', '查询', '查詢', '查看', '排查', '调查', '調查', '查找', '审查', '審查', '查到', '查出', '查明', '核查', '巡查', '查阅', '查閱', '追查', '自查', '资源池', '连接池', '池子', '线程池', '線程池', '内存池', '對象池', '池化', '电池',
  '江湖', '龙头', '龍頭', '恐龙', '尽管', '管理', '管道', '管控', '主管', '不管', '监管', '監管', '托管', '託管', '接管', '掌管', '保管', '管辖', '看管', '总管', '管家', '管线', '管線',
  '严肃', '嚴肅', '鲁棒', '魯棒', '金服', '金属', '金屬', '凌晨', '胡思乱想', '何况', '何況', '顾问', '顧問', '普罗米修斯', '罗马', '钟爱', '陆金所', '携程', '攜程', '牛逼', '牛的', '余人', '余个', '余台', '余家', '余条',
  '机房', '機房', '延迟', '延遲', '迟到', '遲到', '推迟', '推遲', '周知', '连锁', '連鎖', '谷歌', '吉祥', '基金会', '基金會', '消费', '消費', '费用', '費用', '花费', '花費', '免费', '免費', '收费', '收費', '路道', '至关重要', '至關重要', '严苛', '嚴苛', '直方图', '直方圖', '分布式', '王者', '吉林', '里程碑', '網易', '网易', '申请', '申請', '毕竟', '畢竟', '毕业', '畢業', '庞大', '龐大', '完毕', '完畢', '周全', '严谨', '江苏', '黄页', '卢布', '钟表', '金山', '石油', '白皮书', '白皮書', '文艺', '温州', '苏州', '高德', '万达', '万科', '程碑', '雷同', '叶子节点',
  // round 33 (pingcap-blog-cn's false class: a surname's letter opening a noun; 曾 as "once" before a verb)
  '章节', '章節', '文章', '曲线', '曲線', '曲折', '歌曲', '金钱', '金錢', '房间', '房間', '房子', '房屋', '房产', '房產', '房价', '房價', '马车', '馬車',
  '荣誉', '榮譽', '荣幸', '榮幸', '光荣', '光榮', '董事', '简陋', '簡陋', '简便', '簡便', '简历', '簡歷', '祝愿', '祝願', '祝福', '宗旨', '纪录', '紀錄',
  '纪律', '紀律', '世纪', '世紀', '年纪', '年紀', '牛刀', '何谓', '何謂', '何人', '何时', '何時', '辛苦', '花钱', '赚钱', '省钱', '价钱', '價錢', '有钱',
  '曾出现', '曾出現', '曾多次', '曾反复', '曾反覆', '曾尝试', '曾嘗試', '曾遇到', '曾设计', '曾設計', '曾提到', '曾发生', '曾發生', '曾有', '曾在', '曾被', '曾是',
];
const surnameWordList = [...new Set(wordsHoldingSurnames.filter((word) => [...word].length > 1))];

/** A surname's letter, its place and the word around it: true when the letter stands in one of the words above. */
function isInEverydayWord(line: string, index: number): boolean {
  for (const word of surnameWordList) {
    const chars = [...word];
    for (let at = 0; at < chars.length; at += 1) {
      if (chars[at] !== line[index]) continue;
      const start = index - chars.slice(0, at).join('').length;
      if (start >= 0 && line.startsWith(word, start)) return true;
    }
  }
  return false;
}

const surnameLetter = new RegExp(`(?:${compoundSurnames.join('|')}|[${singleSurnames.join('')}])`, 'gu');
/** A Han letter that may end a name: not a function word, a particle or a measure word. */
const nameLetter = /[\p{sc=Han}](?<![的了是在和与與及或把被将將对對从從向给給让讓由为為等也都就还還又才但而并並很更最已这這那个個们們吗嗎呢吧啊着著过過地得之其此各每该該所于於以上下中内內外里裡前后後时時年月日号號点點分秒次个条條台套项項位名])/u;

/**
 * Two-letter words a name is often followed by (发现, 负责, 处理, …): when the letter after a
 * surname's given letter opens one, the name is the surname and one letter ("张磊发现" holds 张磊).
 */
const wordsAfterName = /^(?:发现|發現|负责|負責|处理|處理|重启|重啟|回滚|回滾|确认|確認|进行|進行|通过|通過|执行|執行|修复|修復|提交|部署|上线|上線|排查|告诉|告訴|表示|已经|已經|通知|联系|聯繫|完成|开始|開始|介绍|介紹|认为|認為|指出|提出|带领|帶領|同学|同學|老师|老師|先生|女士|同事|工程|经理|經理|总监|總監|主管|值班|跟进|跟進|手动|手動|决定|決定|收到|看到|注意|分析|定位|解决|解決|登录|登錄|操作|检查|檢查|查看|编写|編寫|撰写|撰寫|编辑|編輯|整理|翻译|翻譯|主持|参与|參與|参加|參加|出席|也是|就是|还是|還是|和|与|與)/u;

/** Titles and forms of address a Chinese sentence puts after a name. */
const titleAfterName = /(?<name>[\p{sc=Han}]{2,3})(?<title>先生|女士|小姐|老师|老師)/gu;
/** Titles that follow a surname ("王总", "刘经理", "黄东旭同学"), not any word ("汇总", "前端工程师"). */
const surnameTitle = new RegExp(`(?<name>(?:${compoundSurnames.join('|')}|[${singleSurnames.join('')}])\\p{sc=Han}{0,2}?)(?<title>先生|女士|小姐|老师|老師|同学|同學|同事|工程师|工程師|经理|經理|总监|總監|主管|老板|老闆|师傅|師傅|总(?![体體结結共计計之的是数數量线線部])|總(?![體結共計之的是數量線部])|哥(?![们們])|姐(?!妹))`, 'gu');
/** 小王, 老李: a surname after 小 or 老 is a name by itself. */
const familiarName = new RegExp(`[小老](?<name>[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱胡郭罗羅郑鄭梁谢謝宋唐韩韓冯馮邓鄧曹彭曾萧蕭董林马馬高])(?![\\p{sc=Han}]{0,1}(?:时|時|版|化|点|點|数|數|于|於|型|量|的|了|是))`, 'gu');
/** Words a title follows that are no name ("技术总监" is a role, "项目经理" a role). */
const roleBeforeTitle = /(?:技术|技術|项目|項目|产品|產品|运维|運維|开发|開發|测试|測試|研发|研發|部门|部門|销售|銷售|客户|客戶|区域|區域|大区|市场|市場|软件|軟件|软體|系统|系統|网络|網絡|数据|數據|算法|安全|值班|一线|一線|二线|二線|高级|高級|资深|資深|首席|副|总|總|的|各位|诸位|諸位|位|名|个|個|这|這|那|该|該|本|我|你|他|她|其|贵|貴|和|与|與|及|是|为|為|作为|作為|担任|擔任|成为|成為|做|当|當|对|對|给|給|向|请|請|谢谢|感谢|感謝|新|老|多|几|幾|一|两|兩|三|众|眾)$/u;

/** Role labels of a Chinese report, whose value after a colon is a person. */
const roleLabel = /(?:负责人|負責人|处理人|處理人|报告人|報告人|值班(?:人员|人員|工程师|工程師|人)?|联系人|聯繫人|联络人|聯絡人|作者|撰写人|撰寫人|撰稿|记录人|記錄人|审核人|審核人|审批人|審批人|发现人|發現人|提交人|执行人|執行人|跟进人|跟進人|owner|Owner)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?(?<value>[\p{sc=Han}]{2,4}|[A-Za-z][A-Za-z0-9_.'-]{1,30}|@[A-Za-z0-9_.-]{2,30})/gu;
/** Values after a label that name a team or a role, not a person. */
const teamValue = /(?:团队|團隊|小组|小組|组|組|部|部门|部門|中心|平台|平臺|值班|运维|運維|研发|研發|开发|開發|测试|測試|工程师|工程師|负责人|負責人|待定|暂无|暫無|无|無|未知|同上|全员|全員|所有人)$/u;

/**
 * A Latin name or handle a Chinese sentence gives a title, a label or a responder's work: "Alex先生",
 * "由Priya处理", "联系Alex", "Alex负责回滚", "@zhenya 确认了". Not an acronym ("由SRE处理"), not a word
 * of code (lower-case words are read as identifiers by the other rules).
 */
const latinActing = /(?<by>由|请|請|联系|聯繫|通知|告知|找|让|讓|和|与|與|跟|同)\s?(?<before>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|@[A-Za-z0-9_.-]{2,30})(?![A-Za-z0-9_])|(?<![A-Za-z0-9_.@-])(?<acting>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|@[A-Za-z0-9_.-]{2,30})\s?(?<verb>先生|女士|老师|老師|同学|同學|同事|说|說|表示|指出|提出|介绍|介紹|值班|负责|負責|处理|處理|发现|發現|确认|確認|重启|重啟|回滚|回滾|修复|修復|排查|跟进|跟進|执行|執行|提交|上线|上線|部署|报告|報告)/gu;
/** What only a person is: a title, a word said, on call; and whom one contacts, asks or tells. */
const personOnly = /^(?:先生|女士|老师|老師|同学|同學|同事|说|說|表示|指出|提出|介绍|介紹|值班|由|请|請|联系|聯繫|通知|告知|找|让|讓)$/u;
/** Capitalised words that are no person: products and words a Chinese tech sentence joins to its text. */
const latinThing = /^(?:The|This|We|I|It|In|On|For|And|Or|If|Linux|Windows|Mac|Docker|Kubernetes|Redis|MySQL|Kafka|Nginx|Java|Go|Python|Rust|Node|Google|Amazon|Microsoft|Apple|GitHub|Git|Slack|Grafana|Prometheus|Leader|Follower|Region|Raft|Store|Peer|Client|Server|Master|Slave|Worker|Owner|Admin|Root|Error|Warning|Info|Debug|Pod|Node|Operator|Controller|Scheduler|Manager|Service|Proxy|Pump|Drainer|Binlog|Lightning|Chaos|Mesh|Cloud|Online|Offline|Ops|Dev|Test|Team|Issue|Bug|Release|Commit|Merge|Review|Job|Task)$/u;

/** The names of a line that `isChineseSentence` accepts, each once, in order. */
export function findChineseNames(line: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (text: string, index: number, why: string) => {
    // A word of engineering read as a name ("发现人: 用户", "陈旧" read as a surname and a given name;
    // round 45 of false positives, chinese-known-words.ts) is none.
    if (text && !isChineseOfKnownWords(text)) addUnlessOverlapping(found, { text, index, why });
  };
  for (const m of line.matchAll(roleLabel)) {
    const value = m.groups!.value;
    if (/^[A-Z]+$/.test(value) || teamValue.test(value)) continue;
    add(value, m.index! + m[0].length - value.length, 'a name after a role\'s label');
  }
  for (const m of line.matchAll(surnameTitle)) {
    if (isInEverydayWord(line, m.index!)) continue;
    add(m[0], m.index!, `a surname before the title ${m.groups!.title} in a Chinese sentence`);
  }
  for (const m of line.matchAll(titleAfterName)) {
    // Three letters whose first is no surname: the name is the last two ("用鲁迅先生" holds 鲁迅).
    let name = m.groups!.name;
    let index = m.index!;
    if (name.length === 3 && !singleSurnames.includes(name[0])) { name = name.slice(1); index += 1; }
    const before = line.slice(0, m.index!);
    if (roleBeforeTitle.test(before + name) || roleBeforeTitle.test(name)) continue;
    add(name + m.groups!.title, index, `a name before the title ${m.groups!.title} in a Chinese sentence`);
  }
  for (const m of line.matchAll(familiarName)) add(m[0], m.index!, 'a surname after 小 or 老 in a Chinese sentence');
  for (const m of line.matchAll(latinActing)) {
    const name = m.groups!.before ?? m.groups!.acting;
    const first = name.split(' ')[0];
    if (latinThing.test(first)) continue;
    // Products do work too ("Ansible 执行", "和 Spark"): a capitalised word doing it is a person when
    // it is a given name; before a title, a word said, or after whom one contacts, any word that is
    // no English word is.
    const handle = name.startsWith('@');
    const cue = m.groups!.by ?? m.groups!.verb;
    if (!handle && !isGivenNameOnly(first) && !(personOnly.test(cue) && !isEnglishWord(first))) continue;
    add(name, m.index! + m[0].indexOf(name), 'a Latin name or handle doing a responder\'s work in a Chinese sentence');
  }
  for (const m of line.matchAll(surnameLetter)) {
    const index = m.index!;
    if (isInEverydayWord(line, index)) continue;
    // 张 after a number or a demonstrative is the measure word ("一张大表", "这张表"), not the surname.
    if ((m[0] === '张' || m[0] === '張') && /[0-9一二三四五六七八九十两兩几幾这這那每各某多]$/u.test(line.slice(0, index))) continue;
    const rest = line.slice(index + m[0].length);
    const given = /^(\p{sc=Han})(\p{sc=Han})?/u.exec(rest);
    if (!given || !nameLetter.test(given[1])) continue;
    // The letters after the surname: one or two, the second only when it is no function word and
    // no word of the list opens there.
    const second = given[2] && nameLetter.test(given[2]) && !isInEverydayWord(line, index + m[0].length + 1) && !wordsAfterName.test(line.slice(index + m[0].length + 1)) ? given[2] : '';
    if (isInEverydayWord(line, index + m[0].length)) continue;
    add(m[0] + given[1] + second, index, 'a common Chinese surname and a given name in a Chinese sentence');
  }
  // Probe round 35: a given name alone, by its place in the sentence (chinese-given-names.ts).
  for (const name of findChineseGivenNames(line)) add(name.text, name.index, name.why);
  return found.sort((a, b) => a.index - b.index);
}
