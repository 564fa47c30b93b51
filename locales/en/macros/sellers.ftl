### Shop reply macros (sellers and buyers) — English (source).
### Orders, refunds, logistics, listings and seller payouts.
### Bodies start with { greeting } and end with { closing }; no signature.
### $days is a number of business days; $item_count is a number.

## Orders

order-dispute-opened =
    { greeting }

    We’re letting you know that the buyer has opened a dispute on order { $order_id } (case { $case_ref }). Please reply with your side of the story and any supporting evidence, such as proof of shipment or photos of the item before it was sent, { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. If we don’t hear from you by then, we’ll have to decide the case based on the information we already have.

    { closing }
    .title = Order dispute opened

order-wrong-item =
    { greeting }

    I’m so sorry you received the wrong item in order { $order_id } instead of { $product_name }. Please send us a photo of the item you received and of the shipping label, and we’ll arrange a replacement or a full refund, whichever you prefer. We’ll also send you a prepaid return label, so sending the wrong item back won’t cost you anything.

    { closing }
    .title = Wrong item received

## Refunds

refund-approved =
    { greeting }

    Good news: your refund of { $amount } for order { $order_id } has been approved. The money will go back to your original payment method, and you should see it { $days ->
        [0] later today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, depending on your bank. You’ll also get a notification as soon as the refund has been sent.

    { closing }
    .title = Refund approved

refund-not-received =
    { greeting }

    I understand you still haven’t received your refund of { $amount } for order { $order_id }, and I’m sorry for the worry. Our records show it was sent to your original payment method on { $date }, so it’s now being processed by your bank. Banks can take { $days ->
        [0] a few hours
        [one] up to { $days } business day
       *[other] up to { $days } business days
    } to show a refund, and it often appears as a separate credit rather than a cancellation of the original charge. If it still isn’t there after that, reply to this message and we’ll send you a refund confirmation you can share with your bank.

    { closing }
    .title = Refund not received yet

refund-denied-outside-window =
    { greeting }

    Thank you for your refund request for order { $order_id }. Unfortunately, we can’t approve it: the order was delivered on { $date }, which is outside the refund window set out in our { $policy_name }. If the item is faulty, it may still be covered by the seller’s or manufacturer’s warranty, so we recommend contacting the seller from the order page. I’m sorry I don’t have better news this time.

    { closing }
    .title = Refund denied: outside refund window

refund-duplicate-charge =
    { greeting }

    I’m sorry you were charged twice for order { $order_id }. I’ve confirmed the duplicate payment of { $amount } and refunded it to your original payment method. Depending on your bank, it should appear { $days ->
        [0] later today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. In some cases the second charge was only a pending authorization, and it will simply disappear from your statement instead of showing as a refund.

    { closing }
    .title = Duplicate charge refunded

refund-cancelled-order =
    { greeting }

    Your order { $order_id } has been cancelled, and we’ve issued a refund of { $amount } for { $item_count ->
        [0] the order
        [one] the cancelled item
       *[other] the { $item_count } cancelled items
    }. It will go back to your original payment method { $days ->
        [0] later today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. You don’t need to return anything or take any further action.

    { closing }
    .title = Cancelled order refunded

## Logistics

logistics-delay =
    { greeting }

    I’m sorry your order { $order_id } is taking longer than expected. I’ve checked with { $carrier }, and the parcel (tracking number { $tracking_number }) is still on its way but has been delayed in their network. They now expect to deliver it { $days ->
        [0] today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. If it hasn’t arrived by then, just reply to this message and we’ll follow up with the carrier for you.

    { closing }
    .title = Delivery delayed

logistics-parcel-lost =
    { greeting }

    I’m really sorry: the tracking for your order { $order_id } ({ $carrier }, { $tracking_number }) hasn’t updated for several days, so we’ve opened a lost-parcel investigation with the carrier under reference { $case_ref }. We expect an answer { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. If the parcel is confirmed lost, we’ll offer you a replacement or a full refund, whichever you prefer. There’s no need to contact the carrier yourself; we’ll keep you posted here.

    { closing }
    .title = Lost parcel: investigation opened

logistics-delivered-not-received =
    { greeting }

    I’m sorry to hear that order { $order_id } hasn’t reached you, even though { $carrier } marked it as delivered on { $date }. Parcels marked as delivered sometimes turn up a day or two later, so please check with your neighbors, your building’s front desk or any safe place the driver might have used. If you still can’t find it, reply to confirm your delivery address and we’ll open a claim with { $carrier } for tracking number { $tracking_number }.

    { closing }
    .title = Marked as delivered but not received

## Listings

listing-removed-policy =
    { greeting }

    Your listing “{ $product_name }” has been removed from Shop because it doesn’t meet our { $policy_name }. This doesn’t affect your other listings or your shop’s standing. If the issue can be fixed, for example with new photos or a revised description, you’re welcome to list the product again. If you think it was removed by mistake, reply with the details and we’ll ask our listings team to take another look.

    { closing }
    .title = Listing removed for policy

## Seller payouts

seller-payout-on-hold =
    { greeting }

    Your seller payout of { $amount } is on hold while we complete a routine review of recent orders in your shop. Holds like this are standard after a sudden rise in sales or refund requests, and they don’t mean you’ve done anything wrong. We expect to finish the review { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, and the funds will then be released to your account automatically. If we need any documents from you, we’ll contact you directly.

    { closing }
    .title = Seller payout on hold
