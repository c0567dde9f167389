/**
 * Chinese words of engineering and incident response (round 45 of false positives,
 * docs/redaction.md), for the runs of Han the guard holds whole where no Chinese sentence is read
 * for names: a home lab's post-mortems written in Chinese open each with bold labels and headings
 * of one word ("**日期**: 2026-04-03", "## 根因", "**发现人**: 用户"), and each was an error in
 * every post, as Japanese and Korean headings were before rounds 36 and 37
 * (japanese-known-words.ts, korean-known-words.ts). Function words between code spans ("`a` 或
 * `b`", "在 `x` 中") are no name either.
 *
 * Fail closed: a run is no name only when it is one of these words exactly. A Chinese name (a
 * surname and one or two characters) is no word of this list, so a run that holds one ("王秀英")
 * is held as before.
 */
const words = new Set(`
日期 时间 时间线 影响 影响范围 发现 发现人 发现者 用户 根因 根本原因 原因 问题 背景 概述 摘要 总结 结论 现象 症状
修复 解决 解决方案 方案 措施 改进 教训 复盘 事故 故障 告警 报警 监控 部署 回滚 测试 配置 服务 集群 节点 网络
数据库 缓存 版本 环境 状态 结果 说明 备注 附录 参考 目标 行动 行动项 后续 预防 验证 排查 定位 触发 检测 恢复
严重程度 级别 处理 流程 步骤 命令 输出 日志 陈旧 过期 锁 快照 镜像 容器 存储 磁盘 路由 证书 域名 代理 重启
升级 迁移 变更 待办 经验 时间轴 持续时间 负责 状态页 相关 链接 其他 问题描述 影响评估 改进措施 后续行动
主代理 子代理 代理人 位置 所在位置 字符 字段 文件 目录 记录 内容
或 在 和 与 及 的 中 后 前
`.split(/\s+/).filter(Boolean));

/** Whether a run of Han is a word of the list. */
export function isChineseOfKnownWords(run: string): boolean {
  return words.has(run);
}
