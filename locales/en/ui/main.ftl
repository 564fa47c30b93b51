# Polydesk desktop UI — English (source).
# Every id here must exist in pt-BR and zh-Hans too, with the same attributes.

app-name = Polydesk
app-loading = Opening your workspace…

## Startup errors (error-<code in kebab case>)

error-screen-title = Polydesk can’t open its local cache
error-cache-corrupt = The local cache file is damaged and can’t be read. Your CRM data is safe: Polydesk can set the damaged file aside and start again with an empty cache.
error-cache-locked = Another Polydesk window is already using the local cache. Close it, then try again.
error-cache-too-new = The local cache was written by a newer version of Polydesk. Update Polydesk, or set this cache aside and start fresh.
error-template = This reply template can’t be filled in: a value it needs is missing. Nothing was inserted; fill in the missing fields and try again.
error-storage = Polydesk couldn’t read or write its local files. Check that the disk has free space and that your user can write to it.
error-not-found = This case is no longer in the local cache.
error-invalid-input = Polydesk sent a request it shouldn’t have. Please try again.
error-unknown = Something unexpected went wrong.
error-code = Error code: { $code }
error-move-aside = Move it aside and start fresh
error-move-aside-hint = The old file is kept under a new name; nothing is deleted.
error-retry = Try again

## Welcome (empty cache)

welcome-title = Welcome to Polydesk
welcome-body = Your local cache is empty. Connect a CRM to sync your cases, or look around in a demo workspace first.
welcome-demo = Open the demo workspace
welcome-demo-hint = About 300 sample cases in English, Portuguese and Chinese. Everything stays on this computer.

## Top bar

search-input =
    .placeholder = Search cases and messages
    .aria-label = Search cases and messages
search-clear = Clear search
shortcuts-button = Shortcuts
settings-button = Settings

## Views (left pane)

views-label = Views
view-all = All
view-mine = My open
view-unassigned = Unassigned
view-due-soon = Due soon
view-pending = Pending
view-solved = Solved

## Case list

list-label = Cases
list-loading = Loading cases…
list-empty = No cases in this view.
list-error = The case list couldn’t be loaded.
case-unassigned = Unassigned
case-draft = Draft
    .title = You have an unsent draft on this case
sla-due-in = in { $duration }
    .title = Next reply due { $time }
sla-overdue = { $duration } overdue
    .title = Reply was due { $time }
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days = { $count } d

## Status, priority, direction, customer kind

status-new = New
status-open = Open
status-pending = Pending
status-on-hold = On hold
status-solved = Solved
status-closed = Closed
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
direction-inbound = Customer
direction-outbound = Reply
direction-note = Internal note
kind-creator = Creator
kind-seller = Seller
kind-viewer = Viewer

## Reply languages

reply-language-en = English
reply-language-pt-br = Portuguese (Brazil)
reply-language-pt-pt = Portuguese (Portugal)
reply-language-zh-hans = Chinese (Simplified)
reply-language-zh-hant = Chinese (Traditional)
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = Language not detected

## Search

search-running = Searching…
search-results =
    { $count ->
        [one] One result for “{ $query }”
       *[other] { $count } results for “{ $query }”
    }
search-none = Nothing matches “{ $query }”.
search-subject-match = Subject

## Case detail

detail-empty-title = No case open
detail-empty-hint = Pick a case from the list, or move with j and k and press Enter.
detail-loading = Loading case…
detail-close = Close case
detail-properties = Details
detail-thread =
    { $count ->
        [one] One message
       *[other] { $count } messages
    }
field-customer = Customer
field-handle = Handle
field-kind = Type
field-locale = Locale
field-country = Country
field-status = Status
field-priority = Priority
field-group = Group
field-assignee = Assignee
field-tags = Tags
field-reply-language = Reply language
field-empty = —

## Draft

draft-input =
    .placeholder = Write your reply in { $language }…
    .aria-label = Reply draft
draft-saving = Saving…
draft-saved = Draft saved
draft-error = Couldn’t save the draft
draft-hint = Drafts are kept on this computer. Sending comes in a later version.

## Status bar

statusbar-cache = Cache { $size }
statusbar-cases =
    { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
statusbar-sync = Last sync { $when }
statusbar-sync-demo = Demo workspace
statusbar-sync-never = Never synced
statusbar-agent = Signed in as { $name }
statusbar-shortcuts = Press ? for keyboard shortcuts

## Shortcuts overlay

shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcut-next = Next case
    .key = j
shortcut-prev = Previous case
    .key = k
shortcut-open = Open the selected case
    .key = Enter
shortcut-back = Back: close the case, clear the search, close this panel
    .key = Esc
shortcut-search = Search
    .key = /
shortcut-help = Show or hide this list
    .key = ?
shortcuts-ime-note = Shortcuts stay off while you type or compose text with an input method.

## Settings

settings-title = Settings
settings-close = Close settings
settings-language = Interface language
settings-language-hint = Case content is always shown in the customer’s language.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
