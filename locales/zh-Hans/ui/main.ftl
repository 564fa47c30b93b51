# Polydesk 桌面界面 — 简体中文。

app-name = Polydesk
app-loading = 正在打开工作区…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk 无法打开本地缓存
error-cache-corrupt = 本地缓存文件已损坏，无法读取。您在 CRM 中的数据不受影响：Polydesk 可以把损坏的文件移到一旁，用空缓存重新开始。
error-cache-locked = 另一个 Polydesk 窗口正在使用本地缓存。请先关闭该窗口，然后重试。
error-cache-too-new = 本地缓存由更新版本的 Polydesk 写入。请更新 Polydesk，或将此缓存移到一旁并重新开始。
error-template = 无法填写此回复模板：缺少所需的值。未插入任何内容；请补全缺少的字段后重试。
error-offline = 无法连接到 CRM。您的更改会在发件箱中等待，CRM 恢复后立即发送。
error-auth-refused = CRM 拒绝了用户名、密码或令牌。请在“设置”中重新登录。
error-forbidden = CRM 不允许此用户执行该操作。请向 CRM 管理员申请权限。
error-crm-not-found = CRM 中已没有此内容：它已被删除，或被移到此用户看不到的地方。
error-rate-limited = CRM 要求 Polydesk 放慢速度。Polydesk 会等待，然后自动继续。
error-rate-limited-until = CRM 要求 Polydesk 放慢速度，直到 { $until }。Polydesk 会等待，然后自动继续。
error-conflict = 此工单已先在 CRM 中被修改。请比较两个值并做出选择。
error-crm-rejected = CRM 拒绝了此更改，原因如下：
error-crm-malformed = CRM 返回的内容 Polydesk 无法读取。您的本地数据未受影响；Polydesk 会重试。
error-crm-server-error = CRM 自身出错。Polydesk 稍后会重试。
error-escalation-open = 该案例有未关闭的升级：请先记录处理结果，再解决案例。
error-root-cause-required = 请选择根本原因后再解决案例。
error-storage = Polydesk 无法读写本地文件。请检查磁盘是否有剩余空间，以及当前用户是否有写入权限。
error-keychain = 系统钥匙串无法保存或读取 CRM 的密码或令牌。请解锁钥匙串（或允许 Polydesk 使用它）后重试。
error-not-found = 本地缓存中已没有这个工单。
error-invalid-input = Polydesk 发出了无效的请求，请重试。
error-unknown = 发生了意外错误。
error-code = 错误代码：{ $code }
error-move-aside = 移到一旁并重新开始
error-move-aside-hint = 旧文件会以新名称保留，不会删除任何内容。
error-retry = 重试

## Welcome (empty cache)

welcome-title = 欢迎使用 Polydesk
welcome-body = 本地缓存是空的。连接 CRM 即可同步工单，也可以先在演示工作区里看看。
welcome-demo = 打开演示工作区
welcome-demo-hint = 约 300 个英语、葡萄牙语和中文的示例工单。所有数据都只保存在这台电脑上。

## Top bar

search-input =
    .placeholder = 搜索工单和消息
    .aria-label = 搜索工单和消息
search-clear = 清除搜索
shortcuts-button = 快捷键
settings-button = 设置

## Views (left pane)

views-label = 视图
view-all = 全部
view-mine = 我的未解决
view-unassigned = 未分配
view-due-soon = 即将到期
view-pending = 待回复
view-solved = 已解决
view-escalated = 已升级
view-breaching = SLA 告急

## Case list

list-label = 工单
list-loading = 正在加载工单…
list-empty = 此视图中没有工单。
list-error = 无法加载工单列表。
case-unassigned = 未分配
case-draft = 草稿
    .title = 此工单有尚未发送的草稿
sla-due-in = { $duration }后到期
    .title = 下一个 SLA 目标截止：{ $time }
sla-overdue = 已超时 { $duration }
    .title = SLA 目标已于 { $time } 到期
sla-panel = SLA
    .aria-label = 服务水平目标
sla-source-crm = CRM 的 SLA
    .title = 截止时间来自 CRM 自身的 SLA（优先于团队策略）
sla-source-policy = 团队策略
    .title = 截止时间来自团队的 SLA 策略（sla-policy.toml）
sla-target-first-response = 首次回复
sla-target-next-response = 下次回复
sla-target-resolution = 解决
sla-state-running = 计时中
sla-state-paused = 已暂停
sla-state-breached = 已超时
sla-state-met = 已达成
sla-state-missed = 未达成
sla-paused = 案件处于待回复或挂起状态，计时暂停
duration-minutes = { $count } 分钟
duration-hours = { $count } 小时
duration-days = { $count } 天

## Status, priority, direction, customer kind

status-new = 新建
status-open = 处理中
status-pending = 待回复
status-on-hold = 已搁置
status-solved = 已解决
status-closed = 已关闭
priority-low = 低
priority-normal = 普通
priority-high = 高
priority-urgent = 紧急
direction-inbound = 客户
direction-outbound = 回复
direction-note = 内部备注
kind-creator = 创作者
kind-seller = 商家
kind-viewer = 观众

## Reply languages

reply-language-en = 英语
reply-language-pt-br = 葡萄牙语（巴西）
reply-language-pt-pt = 葡萄牙语（葡萄牙）
reply-language-zh-hans = 简体中文
reply-language-zh-hant = 繁体中文
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = 未识别语言

## Search

search-running = 正在搜索…
search-results =
    { $count ->
       *[other] “{ $query }”共有 { $count } 条结果
    }
search-none = 没有与“{ $query }”匹配的内容。
search-subject-match = 主题

## Case detail

detail-empty-title = 未打开工单
detail-empty-hint = 从列表中选择一个工单，或用 j 和 k 移动后按 Enter 打开。
detail-loading = 正在加载工单…
detail-close = 关闭工单
detail-properties = 详细信息
detail-thread =
    { $count ->
       *[other] { $count } 条消息
    }
field-customer = 客户
field-handle = 账号
field-kind = 类型
field-locale = 区域设置
field-country = 国家/地区
field-status = 状态
field-priority = 优先级
field-group = 组
field-assignee = 负责人
field-tags = 标签
field-reply-language = 回复语言
field-empty = —

## Draft

draft-input =
    .placeholder = 用{ $language }撰写回复…
    .aria-label = 回复草稿
draft-saving = 正在保存…
draft-saved = 草稿已保存
draft-error = 草稿保存失败
draft-hint = 草稿保存在这台电脑上。
note-input =
    .placeholder = 给团队写一条内部备注…
    .aria-label = 内部备注

## Status bar

statusbar-cache = 缓存 { $size }
statusbar-cases =
    { $count ->
       *[other] { $count } 个工单
    }
statusbar-sync = 上次同步：{ $when }
statusbar-sync-demo = 演示工作区
statusbar-sync-never = 从未同步
statusbar-agent = 当前登录：{ $name }
statusbar-shortcuts = 按 ? 查看键盘快捷键

## Shortcuts overlay

shortcuts-title = 键盘快捷键
shortcuts-close = 关闭
shortcut-next = 下一个工单
    .key = j
shortcut-prev = 上一个工单
    .key = k
shortcut-open = 打开选中的工单
    .key = Enter
shortcut-back = 返回：关闭工单、清除搜索、关闭此面板
    .key = Esc
shortcut-search = 搜索
    .key = /
shortcut-help = 显示或隐藏此列表
    .key = ?
shortcut-macro = 插入快捷回复（在回复框中）
    .key = Ctrl+M
shortcut-send = 发送回复
    .key = Ctrl+Enter
shortcuts-ime-note = 在输入文字或使用输入法组字时，快捷键不会生效。

## Settings

settings-title = 设置
settings-close = 关闭设置
settings-language = 界面语言
settings-language-hint = 工单内容始终以客户的语言显示。
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = 您的性别（用于葡萄牙语致谢：Obrigado/Obrigada）
settings-macro-pack = 团队快捷回复文件夹
settings-macro-pack-dir =
    .placeholder = /团队/快捷回复/路径
settings-macro-pack-use = 使用
settings-macro-pack-clear = 清除
settings-macro-pack-count =
    { $count ->
       *[other] 共 { $count } 条快捷回复（含团队文件夹）
    }
settings-macro-pack-none =
    { $count ->
       *[other] 未设置团队文件夹：{ $count } 条内置快捷回复
    }
settings-macro-pack-problems =
    { $count ->
       *[other] 有 { $count } 个文件无法加载：
    }
settings-macro-pack-invalid = 这不是 Polydesk 可以读取的文件夹。
settings-signature = 签名
settings-signature-language = 签名所用的回复语言
settings-signature-save = 保存
settings-signature-reset = 使用标准签名
settings-signature-hint = 插入快捷回复时，会在回复末尾附上此签名。

## Reply composer

composer-reply-language = 回复语言
reply-source-agent = 您的选择
    .title = 您为此工单选择了该语言，之后会一直沿用。
reply-source-customer-locale = 客户区域设置
    .title = 根据 CRM 中客户的区域设置推荐。
reply-source-detected = 自动识别
    .title = 根据客户的消息识别。
reply-source-current = 工单默认
    .title = 没有可参考的信息：使用工单当前的语言。
reply-suggestion = 建议：{ $language }
reply-kind-label = 回复类型
reply-kind-reply = 公开回复
reply-kind-note = 内部备注
composer-send = 发送
    .title = 发送（{ $key }）
composer-send-note = 添加备注
composer-sending = 正在发送…
composer-language-mismatch = 这条回复看起来是{ $detected }，但回复语言是{ $reply }。
composer-mismatch-switch = 改用{ $language }回复
composer-inserted-fallback = 插入的快捷回复是{ $used }，而不是{ $reply }。发送前请检查。
composer-confirm = 发送前请先查看上面的提示。
composer-confirm-send = 仍然发送
composer-confirm-cancel = 继续编辑
composer-queued-note = 排队中的回复保存在这台电脑上，Polydesk 连接到 CRM 后即会发送。
message-queued = 排队中
    .title = 尚未发送：保存在这台电脑上，Polydesk 连接到 CRM 后发送。

## Files attached to a reply or note
composer-attach = 添加附件
    .title = 添加附件：每条回复最多 { $count } 个文件，每个不超过 { $size }，总计不超过 { $total }
composer-files-label = 待发送的文件
composer-file-remove = 移除 { $name }
composer-file-no-name = 无法附加没有名称的文件。
composer-file-empty = “{ $name }”是空文件，未附加。
composer-file-too-big = “{ $name }”大小为 { $size }：每个文件不能超过 { $limit }。
composer-file-too-many = 未附加“{ $name }”：每条回复最多只能附加 { $limit } 个文件。
composer-file-total-too-big = 未附加“{ $name }”：文件总大小将达到 { $total }，而每条回复总计不能超过 { $limit }。
composer-file-unreadable = 无法读取“{ $name }”（文件是否已被移动或删除？）。请移除它，或重新附加。
composer-files-refused = 附件未被接受：{ $detail }
composer-files-dismiss = 关闭
composer-drop-files = 将文件拖放到此处即可附加

## Macros

macro-picker-button = 快捷回复
    .title = 插入快捷回复（{ $key }）
macro-picker-title = 快捷回复
macro-picker-close = 关闭快捷回复
macro-search =
    .placeholder = 按标题、ID 或类别搜索快捷回复
    .aria-label = 搜索快捷回复
macro-list-loading = 正在加载快捷回复…
macro-list-error = 无法加载快捷回复。
macro-list-empty = 没有与“{ $query }”匹配的快捷回复。
macro-list-keys = ↑ ↓ 移动 · Enter 选择 · Esc 关闭
macro-locale-missing = 没有{ $language }版本
macro-back = 全部快捷回复
macro-variables-address = 称呼与结束语
macro-currency = 币种
macro-amount-invalid = 请按 1234.50 的格式填写金额
macro-template-missing = 插入前请填写：{ $names }
macro-fallback = 此快捷回复没有{ $requested }版本，因此内容为{ $used }。发送前请检查称呼和用词。
macro-preview-customer = 客户看到的内容
macro-preview-agent = 您的语言
macro-preview-rendering = 正在生成…
macro-preview-none = 填写上面的字段后即可预览。
macro-insert-keys = { $key } 插入 · Esc 关闭
macro-cancel = 取消
macro-insert = 插入

## Macro variables, their values and categories

variable-customer-name = 客户姓名
variable-customer-first-name = 客户名字
variable-customer-surname = 客户姓氏
variable-customer-gender = 客户性别
variable-formality = 语气
variable-agent-name = 您的姓名
variable-agent-gender = 您的性别
variable-order-id = 订单号
variable-case-ref = 工单编号
variable-team = 团队
variable-amount = 金额
variable-days = 工作日数
variable-date = 日期
variable-diamonds = 钻石数
variable-item-count = 商品数量
variable-appeal-id = 申诉编号
variable-carrier = 承运商
variable-gift-name = 礼物
variable-policy-name = 政策
variable-product-name = 商品
variable-stream-title = 直播标题
variable-tracking-number = 运单号
option-female = 女
option-male = 男
option-unknown = 未指定
option-formal = 正式
option-informal = 非正式
category-creator-earnings = 创作者收益
category-live = 直播
category-account = 账号
category-seller-orders = 商家订单
category-refunds = 退款
category-logistics = 物流
category-listings = 商品发布
category-general = 通用
category-escalation = 升级处理

## Sync (status bar, outbox)

sync-label = 同步
sync-state-not-configured = 未连接 CRM
sync-state-paused = 离线工作中
sync-state-connecting = 正在连接…
sync-state-syncing = 正在同步…
sync-state-online = 在线
sync-state-offline = 离线
sync-state-rate-limited = 已被 CRM 限速
sync-state-failed = 同步失败
sync-state-sign-in-required = 需要重新登录
sync-state-cannot-start = 无法开始同步
sync-pending = { $count } 项排队中
sync-attention = { $count } 项需要处理
sync-progress = 已同步 { $done } / { $total } 个案例
sync-progress-count = 已同步 { $done } 个案例
sync-eta-soon = 剩余不到一分钟
sync-eta-minutes = 约剩 { $count } 分钟
sync-eta-hours = 约剩 { $count } 小时
sync-offline-retry = { $seconds } 秒后重试
sync-last = 上次同步：{ $when }
sync-last-never = 尚未同步
sync-open-outbox = 打开发件箱
sync-now = 立即同步
sync-work-offline = 离线工作
sync-work-offline-hint = 你的更改会继续在本机排队；关闭此选项之前，不会发送或获取任何内容。
sync-no-crm = 尚未连接 CRM：你的更改只保存在本机。请在“设置”中连接一个 CRM。
sync-sign-in-hint = CRM 拒绝了已保存的登录信息。请在“设置”中重新输入密码或令牌。
sync-cannot-start-hint = 由于下方的原因（钥匙串，或数据文件夹中团队的 crm-mapping.toml），此电脑无法开始同步。修复之前，你的更改会一直排队。
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = 演示 CRM（内置）

## Pending changes and the outbox

case-pending = { $count } 项排队中
    .title = 你的更改尚未同步到 CRM
outbox-title = 发件箱
outbox-close = 关闭发件箱
outbox-loading = 正在加载发件箱…
outbox-empty = 没有待发送的内容：你的所有操作都已同步到 CRM。
outbox-group-conflict = CRM 中也有改动：请选择保留哪一个
outbox-group-rejected = 被 CRM 拒绝
outbox-group-failed = 正在重试
outbox-group-pending = 等待发送
outbox-kind-reply = 回复
outbox-kind-note = 内部备注
outbox-kind-fields = 字段更改
outbox-kind-link = 关联另一案例
outbox-kind-merge = 合并到另一案例
outbox-open-case = 打开案例
outbox-attempts = 已尝试 { $count } 次
outbox-change = { $field }：{ $from } → { $to }
outbox-tags-add = 添加标签：{ $tags }
outbox-tags-remove = 移除标签：{ $tags }
outbox-resolve = 选择…
outbox-retry = 重试
outbox-copy = 复制文本
outbox-copied = 已复制
outbox-copy-failed = 无法复制：请手动选中文本并复制
outbox-discard = 丢弃
outbox-discard-confirm = 确定要永久丢弃吗？它将不会发送到 CRM。
outbox-discard-yes = 丢弃
outbox-discard-no = 保留
outbox-discarded = 已丢弃。关闭发件箱之前，仍可复制其文本。

## Conflicts

conflict-title = CRM 中也有改动
conflict-intro = 你对“{ $subject }”的更改等待发送期间，有人在 CRM 中修改了相同的字段。请逐个字段选择保留哪个值。
conflict-base = 你当时看到的
conflict-mine = 你的
conflict-theirs = CRM 当前的
conflict-all-mine = 全部保留我的
conflict-all-theirs = 全部保留 CRM 的
conflict-choose-all = 请为每个字段选择一个值。
conflict-submit = 应用
conflict-cancel = 取消

## Case header: fields, escalation

detail-fields = 案例字段
field-order-id = 订单
field-creator-id = 创作者 ID
field-escalation-due = 升级处理截止时间
field-pending = 排队中
    .title = 尚未同步到 CRM：同步完成前先在此显示
field-conflict = 冲突
    .title = CRM 中也有改动：请选择保留哪个值
case-resolve-conflict = 解决冲突…
tag-add =
    .placeholder = 添加标签
    .aria-label = 添加标签（多个标签用逗号分隔）
tag-remove = 移除标签 { $tag }
escalate-button = 升级
escalate-title = 升级案例
escalate-intro = 案例将从 { $group } 转交给你选择的团队，并加上“escalated”标签。升级原因会作为内部备注发给对方。
escalate-team = 团队
    .placeholder = 选择或输入团队
escalate-priority = 优先级
escalate-priority-keep = 保持不变（{ $priority }）
escalate-reason = 原因
    .placeholder = 下一个团队需要了解的情况
escalate-reason-hint = 必填：下一个团队会首先看到它。
escalate-invalid = 请选择团队，并说明升级的原因。
escalate-submit = 升级
escalate-cancel = 取消
escalate-severity = 严重程度
escalate-risks = 风险
escalate-due = 跟进时间
escalate-due-hint = 留空：紧急 2 小时，高 8 小时，普通 1 天。
severity-critical = 紧急
severity-high = 高
severity-normal = 普通
risk-legal = 法律
risk-safety = 安全
risk-creator-revenue = 创作者收入
risk-public-attention = 舆论关注
risk-vip = VIP
escalation-banner = 已升级至 { $team }（未关闭）
escalation-to = 已升级至 { $team }
escalation-due = { $when }跟进
escalation-overdue = 跟进已到期（{ $when }）
escalation-follow-up = 跟进
escalation-resolve = 关闭升级
escalation-note = 已做的处理
escalation-outcome = 处理结果
escalation-next-due = 下次跟进
escalation-due-invalid = 请选择下次跟进的时间。
solve-title = 标记为{ $status }
solve-root-cause = 根本原因
solve-root-cause-none = 选择根本原因…
solve-root-cause-required = 请选择根本原因：团队按它统计重复问题。
solve-with-reply = 该宏会解决此案例：填写以下内容后，回复将一并发送。
solve-escalation-open = 该案例已升级至 { $team }，升级尚未关闭。请记录处理结果以完成闭环。
solve-outcome = 升级的处理结果
    .placeholder = 做了什么、告诉了客户什么
solve-outcome-required = 请记录升级的处理结果后再解决案例。
solve-submit = 标记为{ $status }
solve-cancel = 取消
history-title = 该客户的案例
history-counts = 近 90 天 { $casesText } 个案例，{ $escalationsText } 次升级
history-none = 该客户没有其他案例。
repeat-title = 重复投诉
repeat-intro = 该客户在近 30 天内就同一问题联系过 { $count } 次：
repeat-root-cause = 根本原因相同
repeat-order-id = 订单相同
repeat-subject = 主题相似
duplicate-title = 可能是同一请求
duplicate-intro = 该客户还有 { $count } 个类似的未解决案例：
duplicate-link = 关联
duplicate-linked = 已关联：两个案例各加一条备注
duplicate-merge = 合并到该案例
duplicate-merge-confirm = 本案例将被关闭，并留下指向另一案例的备注；CRM 无法撤销合并。
risk-banner-title = 风险：请考虑升级
risk-banner-term = 客户写了“{ $term }”
risk-banner-tag = 客户带有标签 { $tag }
risk-banner-escalate = 按这些风险升级
reminders-label = 提醒
reminders-count = { $count } 条提醒
reminders-many-title = { $count } 条提醒：升级与 SLA 目标即将到期
reminders-clear = 全部清除
reminder-escalation-title = 升级至 { $team } 的案件需要跟进
reminder-escalation-body = { $subject } — 截止 { $time }
reminder-sla-title = SLA 目标即将超时
reminder-sla-body = { $subject } — 截止 { $time }
reminder-open = 打开案件
file-problem = 团队文件未被使用
    .title = { $problem } — 文件修正前使用内置版本

## Changed-case warning (before a reply goes out)

case-changed-title = 你打开此案例后，它有了变化
case-changed-intro = 尚未发送任何内容。请先查看变化，然后按原样发送回复，或返回案例。
case-changed-customer = 客户又发来 { $count } 条新消息。最新一条：
case-changed-colleague = 同事新增了 { $count } 条消息，最新一条来自 { $author }。
case-changed-status = 状态已从“{ $from }”变为“{ $to }”。
case-changed-assignee = 负责人已从 { $from } 变为 { $to }。
case-changed-send = 仍然发送
case-changed-review = 查看案例

## Settings: CRM connection

settings-connection = CRM 连接
connection-none = 尚未连接 CRM：案例保持缓存中的状态。
connection-current = 已连接到 { $crm }
connection-kind = CRM
connection-demo-hint = 演示 CRM 为内置功能，随演示工作区一起提供：无需地址或账号。如需与团队的 CRM 同步，请在上方选择。
connection-url = 地址
    .placeholder = https://acme.zendesk.com
connection-user = 邮箱或用户名
connection-user-hint = 仅使用令牌登录时请留空。
connection-secret = API 令牌或密码
connection-secret-saved =
    .placeholder = 留空则继续使用已保存的
connection-secret-hint = 保存在系统钥匙串中，绝不写入 Polydesk 的文件。
connection-test = 测试连接
connection-testing = 正在测试…
connection-save = 保存并同步
connection-saved = 已保存。Polydesk 正在与 CRM 同步。
connection-forget = 移除
connection-forget-confirm = 确定移除此 CRM 吗？同步将停止，密码或令牌会从钥匙串中删除；你的缓存和发件箱仍保留在本机。
connection-forget-cancel = 保留
connection-forgotten = 已移除。重新连接 CRM 之前不会同步任何内容。
connection-ok = 已连接，登录身份：{ $agent }。
connection-ok-admin = 已连接，登录身份：{ $agent }（管理员）。
connection-failed = 连接测试失败。
connection-invalid = 请检查连接设置。

## Demo CRM simulation

demo-title = 演示 CRM 模拟
demo-hint = 体验 Polydesk 在离线时、以及同事修改同一案例时如何工作。
demo-network-down = 断开网络
demo-network-up = 恢复网络
demo-colleague-edit = 让同事编辑当前案例
demo-colleague-hint = 请先打开一个案例。
demo-colleague-done = 一位同事在 CRM 中修改了该案例的状态和优先级。
demo-refused = 演示 CRM 无法执行此操作。

## 消息附件
attachments-label = 附件
attachment-open =
    .title = 下载并用默认应用打开
attachment-saved = 已保存到 { $path }
