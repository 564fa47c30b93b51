# Polydesk 桌面界面 — 简体中文。

app-name = Polydesk
app-loading = 正在打开工作区…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk 无法打开本地缓存
error-cache-corrupt = 本地缓存文件已损坏，无法读取。您在 CRM 中的数据不受影响：Polydesk 可以把损坏的文件移到一旁，用空缓存重新开始。
error-cache-locked = 另一个 Polydesk 窗口正在使用本地缓存。请先关闭该窗口，然后重试。
error-cache-too-new = 本地缓存由更新版本的 Polydesk 写入。请更新 Polydesk，或将此缓存移到一旁并重新开始。
error-template = 无法填写此回复模板：缺少所需的值。未插入任何内容；请补全缺少的字段后重试。
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
draft-hint = 草稿保存在这台电脑上。发送功能将在后续版本中推出。

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
shortcuts-ime-note = 在输入文字或使用输入法组字时，快捷键不会生效。

## Settings

settings-title = 设置
settings-close = 关闭设置
settings-language = 界面语言
settings-language-hint = 工单内容始终以客户的语言显示。
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
