# Polydesk 桌面界面 — 简体中文。

app-name = Polydesk
app-loading = 正在打开工作区…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk 无法打开本地缓存
error-cache-corrupt = 本地缓存文件已损坏，无法读取。您在 CRM 中的数据不受影响：Polydesk 可以把损坏的文件移到一旁，用空缓存重新开始。
error-cache-locked = 另一个 Polydesk 窗口正在使用本地缓存。请先关闭该窗口，然后重试。
error-cache-too-new = 本地缓存由更新版本的 Polydesk 写入。请更新 Polydesk，或将此缓存移到一旁并重新开始。
error-template = 无法填写此回复模板：缺少所需的值。未插入任何内容；请补全缺少的字段后重试。
error-sync = Polydesk 无法与 CRM 同步：CRM 返回的内容无法使用。您的本地数据未受影响。
error-storage = Polydesk 无法读写本地文件。请检查磁盘是否有剩余空间，以及当前用户是否有写入权限。
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

## Case list

list-label = 工单
list-loading = 正在加载工单…
list-empty = 此视图中没有工单。
list-error = 无法加载工单列表。
case-unassigned = 未分配
case-draft = 草稿
    .title = 此工单有尚未发送的草稿
sla-due-in = { $duration }后到期
    .title = 下次回复截止：{ $time }
sla-overdue = 已超时 { $duration }
    .title = 回复已于 { $time } 到期
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
