### Creator-facing reply macros — English (source).
### LIVE, gifts and diamonds, payouts, appeals and account standing.
### Bodies start with { greeting } and end with { closing }; no signature.
### $days is a number of business days; $diamonds is a number.

## LIVE

live-gifts-not-credited =
    { greeting }

    Thank you for letting us know that the { $gift_name } gifts from your LIVE “{ $stream_title }” on { $date } haven’t shown up in your balance. { $diamonds ->
        [0] Our earnings team is reconciling the gift records for that LIVE to confirm exactly how many diamonds are missing.
        [one] Our earnings team has confirmed that { $diamonds } diamond from that LIVE is missing from your balance.
       *[other] Our earnings team has confirmed that { $diamonds } diamonds from that LIVE are missing from your balance.
    } Any missing diamonds will be credited { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, and you don’t need to do anything else in the meantime.

    { closing }
    .title = LIVE gifts not credited

live-stream-throttled =
    { greeting }

    Thanks for your message about your LIVE “{ $stream_title }” on { $date }. I’ve checked your account and there are no restrictions or penalties on it, so the interruption and the drop in viewers weren’t caused by a violation. When the upload connection becomes unstable, the app automatically lowers the video quality and may show the LIVE to fewer people until the connection recovers. Going LIVE on a strong Wi-Fi network and closing other apps that use data usually prevents this. If it happens again on a stable connection, please send us the time it started and a screen recording, and we’ll check our stream logs.

    { closing }
    .title = LIVE interrupted or reach limited

live-ended-unexpectedly =
    { greeting }

    I’m sorry your LIVE “{ $stream_title }” ended unexpectedly. This almost always happens when the connection drops for more than a few seconds, for example when your phone switches between Wi-Fi and mobile data. Before your next LIVE, please stay on one strong Wi-Fi network, keep your phone charging, turn on Do Not Disturb so calls don’t interrupt the stream, and make sure the app is up to date. If your LIVE ends again on a stable connection, reply with the date and time and we’ll investigate further.

    { closing }
    .title = LIVE ended unexpectedly

## Earnings and payouts

payout-delayed =
    { greeting }

    Thank you for your patience with your diamond payout of { $amount }, requested on { $date }. Payouts are taking a little longer than usual to process right now, and I’m sorry for the wait. Your request is already in the queue and there’s nothing you need to do: you should receive the funds { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }.

    { closing }
    .title = Diamond payout delayed

payout-withdrawal-pending =
    { greeting }

    Your withdrawal of { $amount } is pending because we couldn’t verify the bank details on your account. To release it, please open your balance in the app, edit your withdrawal method and re-enter the account holder’s name exactly as it appears on your bank statement, together with the account number and bank code. Once the details are updated, the withdrawal will be processed { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, with no need to request it again.

    { closing }
    .title = Withdrawal pending: bank details needed

## Account standing

account-restricted =
    { greeting }

    Your account has been temporarily restricted because recent activity didn’t follow our { $policy_name }. While the restriction is in place, you won’t be able to go LIVE or receive gifts, but you can keep using the app as usual otherwise. The restriction will be lifted automatically on { $date }. If you believe this is a mistake, you can submit an appeal from the notification in your inbox, and it will be reviewed by a different team.

    { closing }
    .title = Account restricted

account-policy-warning =
    { greeting }

    We’re contacting you about your LIVE “{ $stream_title }” on { $date }, which included content that goes against our { $policy_name }. This is a warning only: there are no restrictions on your account at the moment. However, further violations may lead to LIVE features being limited or your account being restricted, so please take a few minutes to review the policy before your next stream. If you think we got this wrong, just reply and let us know.

    { closing }
    .title = Policy violation warning

account-verify-identity =
    { greeting }

    For your security, we need to confirm that this account belongs to you before we can make any changes to it. Please reply from the email address linked to the account and attach a photo of a valid government-issued ID (such as a national ID card or passport) that shows your name and date of birth; feel free to cover the document number. We use this only to verify your identity and delete it as soon as the check is complete. Please never share your password or verification codes with anyone — our team will never ask for them.

    { closing }
    .title = Verify identity (account security)

## Appeals

appeal-received =
    { greeting }

    We’ve received your appeal { $appeal_id } against the LIVE ban on your account. It will be reviewed by a member of our team who wasn’t involved in the original decision, and we’ll let you know the outcome { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. There’s no need to submit another appeal in the meantime, as duplicates won’t speed up the review.

    { closing }
    .title = LIVE ban appeal received

appeal-approved =
    { greeting }

    Good news: after reviewing your appeal { $appeal_id }, we found that the LIVE ban on your account shouldn’t have been applied, so we’ve lifted it. Your LIVE access has been fully restored, and the violation has been removed from your account record. We’re sorry for the inconvenience, and thank you for your patience while we looked into it.

    { closing }
    .title = Appeal approved

appeal-denied =
    { greeting }

    Thank you for your patience while we reviewed your appeal { $appeal_id }. After a careful second review, we’ve confirmed that the content went against our { $policy_name }, so the original decision stands. Your LIVE access will be restored automatically on { $date }. I know this isn’t the outcome you were hoping for, and I’d recommend reading through the policy to help you avoid similar issues in future LIVEs.

    { closing }
    .title = Appeal denied
