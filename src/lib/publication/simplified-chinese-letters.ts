/**
 * Letters only simplified Chinese writes (round 33): those built on a simplified component that
 * Japanese never writes — 讠 (言: 说, 询, 语), 钅 (金: 钱, 错, 锁), 纟 (糸: 线, 级, 细), 贝 (貝: 负,
 * 费, 资), 门 (門: 问, 间, 阅), 马 (馬: 验, 驱), 车 (車: 转, 较, 输), 见 (見: 观, 规, 览), 页 (頁:
 * 顺, 须, 题), 饣, 鸟, 鱼, 风, 龙 — and common letters simplified whole (样, 么, 两, 东, 书, 买, 卖, …).
 *
 * Why: `chinese-prose-names.ts` reads a line of Han as Chinese only when it holds a letter only
 * Chinese writes; otherwise the line may be Japanese Han (a heading "障害報告") and is held whole.
 * Its first list (round 32) had about a hundred such letters, so a plain Chinese line like
 * "使用 pd-ctl 同样可以查询上述信息" (样 and 询 are simplified only) was held whole, each of its words
 * a possible person. Every letter here is one Japanese writes in another form (樣, 詢), so a
 * Japanese line never holds one; letters Japanese shares with simplified Chinese (会, 学, 国, 体,
 * 数, 来, 号, 区, 万, 与, 台, 条, 当, 点, 写, 声, 称, 随, 践, 担, 断) are left out.
 */
const simplifiedOnlyLetters =
  // 讠
  '认识让议记讨论访设诉评证词试话该详语误说请读调谈谁课谢谓谋谱谨谊询诚询谐译讯训讲许诺诊诗诞诸谎谅谍谓谦谨' +
  // 钅
  '钱错锁银铁针链钟键镜钢铜销锋锐锅锚钓钥镇锻铺锤锦钮钻铅铃锈锌' +
  // 纟
  '线级纪约红纳纯纸组细终经结给统绝继续维综缓编网络绩绪绑绕绘缩缺纷纵纲练绿绳绵绒缘缠缴纠纹纺织绍绅绸综缆缝' +
  // 贝
  '贝负贡财责贯货质购贴费资贸赛赞赖贵贷贺贼贾赏赔赚赠赢账贫贩贪贤赌赋赎贮' +
  // 门
  '门问间闭闲闻阅阀阁阐闪闯阔阵阶阳阴际队' +
  // 马 车 见 页
  '马验驱驾驶驻骑骗骤驳骂吗妈码' + '车转轮较载辆输轨软轻辑辅辈辐轴轿' + '见观规视览觉现宽' +
  '页顶项顺须预领频题颜额颗颇颁顾顿颈颠颖' +
  // 饣 鸟 鱼 风 龙
  '饭饮饱饰饼馆饿' + '鸟鸡鸭鸣' + '鱼鲁鲜' + '风飘' + '龙' +
  // simplified whole
  '样么两东书买卖乐乔习乡亲亿仅从众优伤传伦侠侧债倾储兰关兴养兽冈决况冻净凤击划刘则刚创删别剧办务动劳势勋华协单卢卫厅历压厌县变叠叹吓员呜咏哑响哗唤园围图圆圣场坏块坚坛垄垒垦执扩扫扬扰抚抛护报拟拢拥择挡挤挥损换掷摄摆摇摊敌斋无时显晓暂术杀杂权杨构枪柜标栈树样档桥梦检欢歼毁气汇汉汤沟沪泪泽洁洒测济浏浓涂涛润涨渐渔满滚滤滥灭灵灾炼烂烟热焕爱爷牵犹猎环现玛琐电畅疗疮疯皱盏监盖盘睁矫矿码砖础确碱祸离种积稳穷窍竞笔笋筑筛签简粮紧纤罗罚罢职联聪肃肠肤肿胀胁胜脉脏脑腊舍舰艺节苏范荐荡荣药莱获萝营萧蓝虑虽蚀补质赶趋跃踪车轰边辽达迁过运还这进远违连迟适选逊递逻遗邮邻郑酝酱释鉴锁长闹陆陈陕险隐难雾韩飞饥驰' ;

/** One of the letters above, as a pattern: a line of Han holding one is Chinese. */
export const simplifiedOnlyLetter = new RegExp(`[${[...new Set([...simplifiedOnlyLetters])].join('')}]`, 'u');
