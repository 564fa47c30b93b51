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
error-offline = The CRM can’t be reached. Your changes wait in the outbox and go as soon as it’s back.
error-auth-refused = The CRM refused the user name, password or token. Sign in again in Settings.
error-forbidden = The CRM doesn’t let this user do that. Ask a CRM administrator for access.
error-crm-not-found = The CRM doesn’t have it any more: it was deleted, or moved where this user can’t see it.
error-rate-limited = The CRM asked Polydesk to slow down. Polydesk waits, then goes on by itself.
error-rate-limited-until = The CRM asked Polydesk to slow down until { $until }. Polydesk waits, then goes on by itself.
error-conflict = The case changed in the CRM first. Compare both values and choose.
error-crm-rejected = The CRM refused this change and said why:
error-crm-malformed = The CRM answered with something Polydesk can’t read. Your local data is unchanged; Polydesk tries again.
error-crm-server-error = The CRM failed on its side. Polydesk tries again in a moment.
error-escalation-open = The case has an open escalation: record its outcome to solve the case.
error-root-cause-required = Choose the root cause to solve the case.
error-storage = Polydesk couldn’t read or write its local files. Check that the disk has free space and that your user can write to it.
error-keychain = Your system’s keychain couldn’t keep or give back the CRM password or token. Unlock the keychain (or let Polydesk use it) and try again.
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
view-escalated = Escalated
view-breaching = Breaching SLA

## Case list

list-label = Cases
list-loading = Loading cases…
list-empty = No cases in this view.
list-error = The case list couldn’t be loaded.
case-unassigned = Unassigned
case-draft = Draft
    .title = You have an unsent draft on this case
sla-due-in = in { $duration }
    .title = Next SLA target due { $time }
sla-overdue = { $duration } overdue
    .title = SLA target was due { $time }
sla-panel = SLA
    .aria-label = Service-level targets
sla-source-crm = CRM's SLA
    .title = The due time comes from the CRM's own SLA (it wins over the team's policy)
sla-source-policy = Team policy
    .title = The due time comes from the team's SLA policy (sla-policy.toml)
sla-target-first-response = First response
sla-target-next-response = Next response
sla-target-resolution = Resolution
sla-state-running = running
sla-state-paused = paused
sla-state-breached = breached
sla-state-met = met
sla-state-missed = missed
sla-paused = Clock paused while the case is pending or on hold
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
draft-hint = Drafts are kept on this computer.
note-input =
    .placeholder = Write an internal note for your team…
    .aria-label = Internal note

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
shortcut-macro = Insert a macro (in the reply box)
    .key = Ctrl+M
shortcut-send = Send the reply
    .key = Ctrl+Enter
shortcuts-ime-note = Shortcuts stay off while you type or compose text with an input method.

## Settings

settings-title = Settings
settings-close = Close settings
settings-language = Interface language
settings-language-hint = Case content is always shown in the customer’s language.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = Your gender (for Portuguese thank-you forms: Obrigado/Obrigada)
settings-macro-pack = Team macro pack folder
settings-macro-pack-dir =
    .placeholder = /path/to/team-macros
settings-macro-pack-use = Use
settings-macro-pack-clear = Clear
settings-macro-pack-count =
    { $count ->
        [one] One macro, team folder included
       *[other] { $count } macros, team folder included
    }
settings-macro-pack-none =
    { $count ->
        [one] No team folder: one built-in macro
       *[other] No team folder: { $count } built-in macros
    }
settings-macro-pack-problems =
    { $count ->
        [one] One file couldn’t be loaded:
       *[other] { $count } files couldn’t be loaded:
    }
settings-macro-pack-invalid = That isn’t a folder Polydesk can read.
settings-signature = Signature
settings-signature-language = Reply language of the signature
settings-signature-save = Save
settings-signature-reset = Use the standard signature
settings-signature-hint = Inserting a macro adds this signature at the end of the reply.

## Reply composer

composer-reply-language = Reply in
reply-source-agent = Your choice
    .title = You chose this language for this case; it sticks.
reply-source-customer-locale = Customer’s locale
    .title = Suggested by the customer’s locale in the CRM.
reply-source-detected = Detected
    .title = Detected from the customer’s messages.
reply-source-current = Case default
    .title = Nothing to suggest from: the case’s current language.
reply-suggestion = Suggested: { $language }
reply-kind-label = Reply type
reply-kind-reply = Public reply
reply-kind-note = Internal note
composer-send = Send
    .title = Send ({ $key })
composer-send-note = Add note
composer-sending = Sending…
composer-language-mismatch = This reply looks like { $detected }, but the reply language is { $reply }.
composer-mismatch-switch = Reply in { $language }
composer-inserted-fallback = The inserted macro is in { $used }, not { $reply }. Check it before sending.
composer-confirm = Check the warning above before sending.
composer-confirm-send = Send anyway
composer-confirm-cancel = Keep editing
composer-queued-note = Queued replies are kept on this computer and sent when Polydesk connects to the CRM.
message-queued = Queued
    .title = Not sent yet: kept on this computer until Polydesk connects to the CRM.

## Files attached to a reply or note
composer-attach = Attach files
    .title = Attach files: up to { $count } per reply, { $size } each, { $total } in all
composer-files-label = Files to send
composer-file-remove = Remove { $name }
composer-file-no-name = A file without a name can’t be attached.
composer-file-empty = “{ $name }” is empty, so it wasn’t attached.
composer-file-too-big = “{ $name }” is { $size }: a file can be at most { $limit }.
composer-file-too-many = “{ $name }” wasn’t attached: a reply can take at most { $limit } files.
composer-file-total-too-big = “{ $name }” wasn’t attached: the files would come to { $total }, and a reply can take at most { $limit } in all.
composer-file-unreadable = “{ $name }” couldn’t be read (was it moved or deleted?). Remove it, or attach it again.
composer-files-refused = The attached files weren’t accepted: { $detail }
composer-files-dismiss = Dismiss
composer-drop-files = Drop files to attach them

## Macros

macro-picker-button = Macros
    .title = Insert a macro ({ $key })
macro-picker-title = Macros
macro-picker-close = Close macros
macro-search =
    .placeholder = Search macros by title, id or category
    .aria-label = Search macros
macro-list-loading = Loading macros…
macro-list-error = The macros couldn’t be loaded.
macro-list-empty = No macro matches “{ $query }”.
macro-list-keys = ↑ ↓ to move · Enter to choose · Esc to close
macro-locale-missing = No { $language } version
macro-back = All macros
macro-variables-address = Greeting and closing
macro-currency = Currency
macro-amount-invalid = Write the amount like 1234.50
macro-template-missing = Fill in before inserting: { $names }
macro-fallback = This macro has no { $requested } version, so the text is in { $used }. Check forms of address and vocabulary before sending.
macro-preview-customer = Customer sees
macro-preview-agent = In your language
macro-preview-rendering = Rendering…
macro-preview-none = No preview until the fields above are filled in.
macro-insert-keys = { $key } inserts · Esc closes
macro-cancel = Cancel
macro-insert = Insert

## Macro variables, their values and categories

variable-customer-name = Customer name
variable-customer-first-name = First name
variable-customer-surname = Surname
variable-customer-gender = Customer gender
variable-formality = Formality
variable-agent-name = Your name
variable-agent-gender = Your gender
variable-order-id = Order number
variable-case-ref = Case reference
variable-team = Team
variable-amount = Amount
variable-days = Business days
variable-date = Date
variable-diamonds = Diamonds
variable-item-count = Number of items
variable-appeal-id = Appeal ID
variable-carrier = Carrier
variable-gift-name = Gift
variable-policy-name = Policy
variable-product-name = Product
variable-stream-title = Stream title
variable-tracking-number = Tracking number
option-female = Female
option-male = Male
option-unknown = Not specified
option-formal = Formal
option-informal = Informal
category-creator-earnings = Creator earnings
category-live = Live
category-account = Account
category-seller-orders = Seller orders
category-refunds = Refunds
category-logistics = Shipping
category-listings = Listings
category-general = General
category-escalation = Escalation

## Sync (status bar, outbox)

sync-label = Sync
sync-state-not-configured = No CRM
sync-state-paused = Working offline
sync-state-connecting = Connecting…
sync-state-syncing = Syncing…
sync-state-online = Online
sync-state-offline = Offline
sync-state-rate-limited = Slowed down by the CRM
sync-state-failed = Sync failed
sync-state-sign-in-required = Sign in again
sync-state-cannot-start = Sync cannot start
sync-pending = { $count } queued
sync-attention =
    { $count ->
        [one] { $count } needs you
       *[other] { $count } need you
    }
sync-progress =
    { $total ->
        [one] { $done } of { $total } case
       *[other] { $done } of { $total } cases
    }
sync-progress-count =
    { $done ->
        [one] { $done } case so far
       *[other] { $done } cases so far
    }
sync-eta-soon = less than a minute left
sync-eta-minutes = about { $count } min left
sync-eta-hours = about { $count } h left
sync-offline-retry = Trying again in { $seconds } s
sync-last = Last sync { $when }
sync-last-never = Not synced yet
sync-open-outbox = Open the outbox
sync-now = Sync now
sync-work-offline = Work offline
sync-work-offline-hint = Your changes keep queueing on this computer; nothing is sent or fetched until you turn this off.
sync-no-crm = No CRM is connected: your changes stay on this computer. Set one up in Settings.
sync-sign-in-hint = The CRM refused the saved sign-in. Enter the password or token again in Settings.
sync-cannot-start-hint = Sync cannot start on this computer for the reason below (the keychain, or the team’s crm-mapping.toml in the data folder). Your changes stay queued until it is fixed.
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = Demo CRM (built in)

## Pending changes and the outbox

case-pending = { $count } queued
    .title = Changes of yours not in the CRM yet
outbox-title = Outbox
outbox-close = Close the outbox
outbox-loading = Loading the outbox…
outbox-empty = Nothing waiting: everything you did is in the CRM.
outbox-group-conflict = Changed in the CRM too: choose what stays
outbox-group-rejected = Refused by the CRM
outbox-group-failed = Retrying
outbox-group-pending = Waiting to be sent
outbox-kind-reply = Reply
outbox-kind-note = Internal note
outbox-kind-fields = Field changes
outbox-kind-link = Link to another case
outbox-kind-merge = Merge into another case
outbox-open-case = Open the case
outbox-attempts =
    { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
outbox-change = { $field }: { $from } → { $to }
outbox-tags-add = Add tags: { $tags }
outbox-tags-remove = Remove tags: { $tags }
outbox-resolve = Choose…
outbox-retry = Retry
outbox-copy = Copy text
outbox-copied = Copied
outbox-copy-failed = Couldn’t copy: select the text and copy it yourself
outbox-discard = Discard
outbox-discard-confirm = Discard it for good? It won’t reach the CRM.
outbox-discard-yes = Discard
outbox-discard-no = Keep
outbox-discarded = Discarded. You can still copy its text until you close the outbox.

## Conflicts

conflict-title = Changed in the CRM too
conflict-intro = While your change to “{ $subject }” waited, someone changed the same fields in the CRM. Choose, field by field, which value stays.
conflict-base = You saw
conflict-mine = Yours
conflict-theirs = The CRM’s now
conflict-all-mine = Keep all mine
conflict-all-theirs = Keep all the CRM’s
conflict-choose-all = Choose a value for every field.
conflict-submit = Apply
conflict-cancel = Cancel

## Case header: fields, escalation

detail-fields = Case fields
field-order-id = Order
field-creator-id = Creator ID
field-escalation-due = Escalation due
field-pending = Queued
    .title = Not in the CRM yet: shown here until it syncs
field-conflict = Conflict
    .title = Changed in the CRM too: choose which value stays
case-resolve-conflict = Resolve the conflict…
tag-add =
    .placeholder = Add a tag
    .aria-label = Add a tag (separate several with commas)
tag-remove = Remove the tag { $tag }
escalate-button = Escalate
escalate-title = Escalate the case
escalate-intro = The case leaves { $group } for the team you choose, tagged “escalated”. Your reason goes to them as an internal note.
escalate-team = Team
    .placeholder = Choose or type a team
escalate-priority = Priority
escalate-priority-keep = Keep it ({ $priority })
escalate-reason = Reason
    .placeholder = What the next team needs to know
escalate-reason-hint = Required: the next team reads it first.
escalate-invalid = Choose a team and say why the case is escalated.
escalate-submit = Escalate
escalate-cancel = Cancel
escalate-severity = Severity
escalate-risks = Risks
escalate-due = Follow up by
escalate-due-hint = Empty: in 2 hours for critical, 8 for high, a day for normal.
severity-critical = Critical
severity-high = High
severity-normal = Normal
risk-legal = Legal
risk-safety = Safety
risk-creator-revenue = Creator revenue
risk-public-attention = Public attention
risk-vip = VIP
escalation-banner = Open escalation to { $team }
escalation-to = Escalated to { $team }
escalation-due = Follow up { $when }
escalation-overdue = Follow-up due { $when }
escalation-follow-up = Follow up
escalation-resolve = Resolve
escalation-note = What was done
escalation-outcome = Outcome
escalation-next-due = Next follow-up
escalation-due-invalid = Choose when to follow up next.
solve-title = Mark as { $status }
solve-root-cause = Root cause
solve-root-cause-none = Choose the root cause…
solve-root-cause-required = Choose the root cause: the team counts repeat problems by it.
solve-with-reply = The macro solves the case: your reply goes with it once this is filled in.
solve-escalation-open = The case is escalated to { $team } and the escalation is open. Record its outcome to close the loop.
solve-outcome = Outcome of the escalation
    .placeholder = What was done and what the customer was told
solve-outcome-required = Record the escalation’s outcome to solve the case.
solve-submit = Mark as { $status }
solve-cancel = Cancel
history-title = Their cases
history-counts = { $cases ->
    [one] { $casesText } case
   *[other] { $casesText } cases
} and { $escalations ->
    [one] { $escalationsText } escalation
   *[other] { $escalationsText } escalations
} in the last 90 days
history-none = No other cases from this customer.
repeat-title = Repeat complaint
repeat-intro = { $count ->
    [one] This customer wrote about the same thing in the last 30 days:
   *[other] This customer wrote about the same thing { $count } times in the last 30 days:
}
repeat-root-cause = same root cause
repeat-order-id = same order
repeat-subject = similar subject
duplicate-title = Likely the same request
duplicate-intro = { $count ->
    [one] This customer has another unsolved case like this one:
   *[other] This customer has { $count } other unsolved cases like this one:
}
duplicate-link = Link
duplicate-linked = Linked: a note on both cases
duplicate-merge = Merge into it
duplicate-merge-confirm = This case will be closed with a note naming the other; the CRM cannot undo a merge.
risk-banner-title = Risk: consider escalating
risk-banner-term = the customer wrote “{ $term }”
risk-banner-tag = the customer is tagged { $tag }
risk-banner-escalate = Escalate with these risks
reminders-label = Reminders
reminders-count = { $count ->
    [one] 1 reminder
   *[other] { $count } reminders
}
reminders-many-title = { $count } reminders: escalations and SLA targets due
reminders-clear = Clear all
reminder-escalation-title = Escalation to { $team } due for follow-up
reminder-escalation-body = { $subject } — due { $time }
reminder-sla-title = SLA target about to be missed
reminder-sla-body = { $subject } — due { $time }
reminder-open = Open case
file-problem = A team file is not used
    .title = { $problem } — the shipped one counts until the file is fixed

## Changed-case warning (before a reply goes out)

case-changed-title = This case changed since you opened it
case-changed-intro = Nothing was sent yet. Read what changed, then send your reply as it is or go back to the case.
case-changed-customer =
    { $count ->
        [one] The customer wrote again:
       *[other] The customer wrote { $count } new messages. The latest:
    }
case-changed-colleague =
    { $count ->
        [one] { $author } added a message.
       *[other] Colleagues added { $count } messages, the latest by { $author }.
    }
case-changed-status = The status changed from { $from } to { $to }.
case-changed-assignee = The assignee changed from { $from } to { $to }.
case-changed-send = Send anyway
case-changed-review = Review the case

## Settings: CRM connection

settings-connection = CRM connection
connection-none = No CRM connected: cases stay as they are in the cache.
connection-current = Connected to { $crm }
connection-kind = CRM
connection-demo-hint = The demo CRM is built in and comes with the demo workspace: no address or account needed. To sync with your team’s CRM, choose it above.
connection-url = Address
    .placeholder = https://acme.zendesk.com
connection-user = Email or user name
connection-user-hint = Leave it empty to sign in with a token alone.
connection-secret = API token or password
connection-secret-saved =
    .placeholder = Leave empty to keep the saved one
connection-secret-hint = Kept in your system’s keychain, never in Polydesk’s files.
connection-test = Test connection
connection-testing = Testing…
connection-save = Save and sync
connection-saved = Saved. Polydesk is syncing with the CRM.
connection-forget = Forget
connection-forget-confirm = Forget this CRM? Sync stops and the password or token is removed from the keychain; your cache and outbox stay on this computer.
connection-forget-cancel = Keep it
connection-forgotten = Forgotten. Nothing is synced until you connect a CRM again.
connection-ok = Connected as { $agent }.
connection-ok-admin = Connected as { $agent } (administrator).
connection-failed = The connection test failed.
connection-invalid = Check the connection settings.

## Demo CRM simulation

demo-title = Demo CRM simulation
demo-hint = See how Polydesk works offline and when a colleague changes the same case.
demo-network-down = Cut the network
demo-network-up = Restore the network
demo-colleague-edit = A colleague edits the open case
demo-colleague-hint = Open a case first.
demo-colleague-done = A colleague changed the case’s status and priority in the CRM.
demo-refused = The demo CRM couldn’t do that.

## Attachments of a message
attachments-label = Attachments
attachment-open =
    .title = Download and open with the default app
attachment-saved = Saved to { $path }
