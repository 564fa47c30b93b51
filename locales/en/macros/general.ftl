### General reply macros — English (source).
### Information requests, escalations, follow-ups, closings and other topics.
### Bodies start with { greeting } and end with { closing }; no signature.
### $days is a number of business days.

## Information requests

info-request-more =
    { greeting }

    To look into this properly, I need a few more details: the username of the account involved, a short description of what happened and roughly when, and any order or transaction number related to the issue. As soon as I have these, I’ll pick up your case { $case_ref } again straight away.

    { closing }
    .title = Request more information

info-request-evidence =
    { greeting }

    To help us investigate, could you please send us screenshots or a short screen recording that shows the issue? It’s most helpful if the date and time on your device and any error messages are visible. Please send them { $days ->
        [0] today
        [one] within { $days } business day
       *[other] within { $days } business days
    } so we can keep case { $case_ref } open.

    { closing }
    .title = Request screenshots or video

## Escalations

escalation-acknowledged =
    { greeting }

    Thank you for your patience. Your case needs a closer look, so we’ve passed this to the specialist team { $team }, reference { $case_ref }. They’ll review it and get back to you { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. There’s nothing you need to do in the meantime, but if you write to us again, please mention the reference so we can find your case quickly.

    { closing }
    .title = Escalated to specialist team

escalation-update =
    { greeting }

    I wanted to give you a quick update on case { $case_ref }: the specialist team { $team } is still investigating, and I’m sorry it’s taking longer than we hoped. Your case is being followed closely, and we’ll send you another update { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, or sooner if there’s news.

    { closing }
    .title = Escalation update: still investigating

## Follow-ups and apologies

followup-no-reply =
    { greeting }

    I’m following up on case { $case_ref }, as we haven’t heard back from you yet. To keep helping, we still need the information requested in our last message. If we don’t hear from you { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, we’ll close the case, but you can reopen it at any time simply by replying to this message.

    { closing }
    .title = Follow-up: no reply

apology-delay =
    { greeting }

    I’m sorry it has taken us so long to get back to you. We’ve had an unusually high number of requests, but you deserved a faster reply. I’ve now taken over your case { $case_ref } and will send you an update { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }.

    { closing }
    .title = Apology for delay

## Closings

closing-case-resolved =
    { greeting }

    I’m glad we could get this sorted out for you. I’m now marking case { $case_ref } as resolved. If anything else comes up about this issue, just reply to this message and the case will reopen.

    { closing }
    .title = Case resolved

closing-survey =
    { greeting }

    Thank you again for your patience while we worked on this. Shortly after this conversation ends, you’ll receive a short satisfaction survey. It only takes a minute, and your feedback helps us improve our support.

    { closing }
    .title = Closing with satisfaction survey

## Viewers: coins

coins-recharge-not-received =
    { greeting }

    I’m sorry the coins from your { $amount } recharge on { $date } haven’t arrived yet. Sometimes the payment confirmation from the app store or payment provider takes a little longer to reach us. Please check that you’re logged in to the same account you used for the recharge, then close and reopen the app to refresh your balance. If the coins still aren’t there, reply with a screenshot of the payment receipt and we’ll credit them manually once we’ve matched the payment.

    { closing }
    .title = Coin recharge not received

## Privacy

privacy-request-received =
    { greeting }

    We’ve received your request about your personal data, and it has been logged under reference { $case_ref }. Our privacy team may first need to confirm your identity; if so, they’ll contact you at the email address linked to your account. We’ll respond { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, in line with applicable data protection law.

    { closing }
    .title = Privacy request acknowledged
