//! English (en): customers in the US, UK and Singapore, and the team's internal notes,
//! which are written in English whatever the customer's language.

use super::scenario::Scenario;
use super::text::{LanguageText, ScenarioText};

pub static TEXT: LanguageText = LanguageText {
    greeting: "Hi {name},",
    sign_off: "Best regards,\n{agent}\nCreator & Seller Support",
    nudges: &[
        "Any update on my case?",
        "Still waiting to hear back. Can you tell me where things stand?",
        "It's been {days} days and nobody has given me a proper answer. I don't want to open another ticket.",
    ],
    thanks: &[
        "Got it, thank you so much! All sorted.",
        "That worked, thanks for your help!",
        "Everything shows up correctly now. Appreciate the quick fix.",
    ],
    updates: &[
        "Just a quick update: your case is still with the responsible team (reference {ref}). We'll let you know here as soon as there's news.",
        "We're still waiting to hear back from the internal team. Thanks for your patience — there's no need to open a new ticket.",
    ],
    notes: &[
        "Customer also wrote in via in-app chat; merged into this case.",
        "Waiting on Payments, ref {ref}. Will chase tomorrow if nothing back.",
        "Checked account history: no previous tickets on this issue.",
        "Customer is upset; keep replies short and give a concrete timeline.",
    ],
    gifts: &["Rose", "Lion", "Galaxy", "Universe", "Heart", "Sports Car", "Whale", "Rocket"],
    streams: &[
        "Friday night acoustic session",
        "Sunday makeup tutorial",
        "Late-night gaming",
        "Cooking with Nan",
        "Home workout",
        "Unboxing haul",
    ],
    products: &[
        "Bluetooth earbuds",
        "phone case",
        "skincare set",
        "running shoes",
        "LED desk lamp",
        "oversized T-shirt",
        "insulated bottle",
    ],
    scenario,
};

/// Internal notes agents write about a scenario (always in English).
pub fn scenario_notes(s: Scenario) -> &'static [&'static str] {
    match s {
        Scenario::LiveGiftsMissing => &[
            "Checked the gift ledger for {date}: {diamonds} diamonds missing between stream end and settlement. Escalated to Tier 2 Payments, ref {ref}.",
            "Known issue with gift settlement for streams ending after midnight UTC. Told creator to allow 72h.",
        ],
        Scenario::PayoutDelayed => &[
            "Withdrawal {withdrawal} ({amount}) stuck in compliance review. Escalated to Payments, ref {ref}.",
            "Bank returned the transfer: account name mismatch. Asked creator to re-check bank details.",
        ],
        Scenario::StreamInterrupted => &[
            "No enforcement action on the account. Stream logs show encoder disconnects around {time}. Escalated to LIVE Tech, ref {ref}.",
            "Regional ingest incident at the time of the stream. Reach penalty not applied.",
        ],
        Scenario::AccountRestricted => &[
            "Auto-moderation flag (background music / copyright). Appeal submitted to Trust & Safety, ref {ref}.",
            "Reviewed the stream clip: no violation visible. Recommending reversal.",
        ],
        Scenario::OrderDispute => &[
            "Tracking confirms delivery. Requested buyer evidence; funds on hold ({amount}).",
            "Seller provided packing video. Forwarded to Seller Support Tier 2, ref {ref}.",
        ],
        Scenario::RefundMissing => &[
            "Refund for order {order} stuck in 'approved' since {date}. Manual refund requested from Payments, ref {ref}.",
            "Fee refund was not triggered because the order was cancelled after shipping. Known bug, ref {ref}.",
        ],
        Scenario::ParcelStuck => &[
            "Carrier trace opened with {carrier} for {tracking}, ref {ref}. Carrier SLA {hours}h.",
            "Pickup missed by {carrier} two days in a row for this seller. Late-dispatch penalties waived.",
        ],
        Scenario::ListingRemoved => &[
            "Listing flagged by the keyword filter. Sent to manual review, ref {ref}.",
            "Seller uploaded an invoice; looks legitimate. Waiting on Trust & Safety decision.",
        ],
        Scenario::RechargeMissing => &[
            "Payment captured on {date} ({amount}), coins not delivered. Escalated to Payments, ref {ref}.",
            "Duplicate charge confirmed in the payment gateway logs; refund of one charge requested.",
        ],
    }
}

fn scenario(s: Scenario) -> &'static ScenarioText {
    match s {
        Scenario::LiveGiftsMissing => &GIFTS,
        Scenario::PayoutDelayed => &PAYOUT,
        Scenario::StreamInterrupted => &STREAM,
        Scenario::AccountRestricted => &ACCOUNT,
        Scenario::OrderDispute => &DISPUTE,
        Scenario::RefundMissing => &REFUND,
        Scenario::ParcelStuck => &PARCEL,
        Scenario::ListingRemoved => &LISTING,
        Scenario::RechargeMissing => &RECHARGE,
    }
}

static GIFTS: ScenarioText = ScenarioText {
    subjects: &[
        "Diamonds from my LIVE on {date} never arrived",
        "LIVE gifts not credited to my balance",
        "Missing diamonds after last night's stream",
    ],
    openings: &[
        "Hi, I went LIVE on {date} (“{stream}”) and my viewers sent loads of gifts, including the {gift} gift, but the diamonds never showed up. My dashboard only shows part of it. I should have around {diamonds} diamonds. Can you check?",
        "Hello, I ended my stream at {time} and the gifts didn't land in my account. My followers sent me screenshots showing they sent the {gift} gift. I'm missing {diamonds} diamonds.",
        "Hey support, my diamond balance hasn't updated since my LIVE on {date}. I've restarted the app and logged out and back in, nothing. This is a lot of money for me, please help asap.",
    ],
    follow_ups: &[
        "I've sent the screenshots you asked for. Still no diamonds and it's been {days} days.",
        "Any update? My viewers keep asking if their gifts arrived and I don't know what to tell them.",
    ],
    replies: &[
        "Thanks for reaching out, and sorry for the trouble. To look into the gifts from your LIVE “{stream}” on {date}, could you send us:\n- a screenshot of your earnings page;\n- the approximate time you received the {gift} gift.\nThat lets us trace the transactions.",
        "Thanks for your patience. We've passed your case to our Payments team (reference {ref}). Gifts sent in the last minutes of a LIVE can take up to 72 hours to settle. We'll update you here as soon as we hear back.",
    ],
    resolutions: &[
        "Good news: our Payments team confirmed a sync issue, and the {diamonds} diamonds from your LIVE on {date} have now been credited to your balance. If there's anything else, just reply to this message.",
        "We've finished our review: the gifts from “{stream}” have been settled and your diamond balance has been corrected. Sorry it took longer than it should have.",
    ],
};

static PAYOUT: ScenarioText = ScenarioText {
    subjects: &[
        "Withdrawal pending for {days} days",
        "Haven't received my {amount} payout",
        "Payout stuck on “processing”",
    ],
    openings: &[
        "Hi, I requested a withdrawal of {amount} on {date} (ID {withdrawal}) and it still says “pending”. My bank account and ID are both verified. What's going on?",
        "Hello, the app said payouts take up to 5 business days, but it's been {days} days and the {amount} still hasn't reached my account. I need this money for my bills this month.",
        "Hi, my withdrawal {withdrawal} shows as completed in the app, but my bank says no transfer has come in. Can you send me proof of payment?",
    ],
    follow_ups: &[
        "I checked with my bank again and nothing. Do you have an ETA?",
        "I've updated my bank details like you asked. The {amount} withdrawal is still pending.",
    ],
    replies: &[
        "Thanks for getting in touch. We can see withdrawal {withdrawal} for {amount} is currently under review by our finance team. To speed things up, please confirm that the account holder name and bank details on file are correct.",
        "We've escalated your case to our Payments team as a priority (reference {ref}). Withdrawals above a certain amount go through an extra security check, which can take up to {hours} hours.",
    ],
    resolutions: &[
        "Withdrawal {withdrawal} for {amount} was released today and should reach your account within 1 business day. Thanks for bearing with us.",
        "The transfer has been reprocessed and your bank has confirmed receipt of {amount}. You can find the receipt under Wallet > Withdrawal history.",
    ],
};

static STREAM: ScenarioText = ScenarioText {
    subjects: &[
        "My LIVE cut out for no reason",
        "LIVE ended unexpectedly mid-stream",
        "LIVE keeps freezing and my reach dropped",
    ],
    openings: &[
        "I was live with “{stream}” on {date} around {time} and the stream just ended on its own with an error message. My internet was fine (fibre). I lost a lot of viewers.",
        "Hi, for the past {days} days my LIVEs freeze every few minutes and my viewer count has halved. Am I being throttled? I haven't had any notification.",
        "Hello, my LIVE yesterday got cut off halfway and now I can't start a new one, it just keeps loading. I'm using the app on my phone and everything is up to date.",
    ],
    follow_ups: &[
        "Tried again today and the LIVE dropped again after about 20 minutes.",
        "Attached is a screen recording of the error. Phone and app are both on the latest version.",
    ],
    replies: &[
        "Thanks for letting us know. To investigate the interruption of your LIVE “{stream}” on {date}, could you tell us your phone model, app version, and whether you were on Wi-Fi or mobile data? A screen recording of the error would also help a lot.",
        "We've checked your account and there are no active restrictions. The interruption was caused by instability on the streaming servers in your region at that time. Our technical team is already on it (reference {ref}).",
    ],
    resolutions: &[
        "Our technical team has fixed the issue affecting streams. Could you try going LIVE again? If it happens again, just reply here and we'll reopen the investigation.",
        "We've confirmed the interruption was a fault on our side. The earlier shutdown won't affect the reach of your future LIVEs. Happy streaming!",
    ],
};

static ACCOUNT: ScenarioText = ScenarioText {
    subjects: &[
        "Appeal: unfair LIVE ban",
        "Account restricted with no explanation",
        "Can't go LIVE – {days}-day ban",
    ],
    openings: &[
        "I got a LIVE ban for “inappropriate content” during my stream “{stream}”, but I didn't break any guidelines. I want to appeal. Streaming is my job.",
        "Hi, my account was restricted today and I can't go LIVE or receive gifts anymore. I didn't get any warning beforehand. Can you please review this?",
        "I've been banned from LIVE for {days} days because of background music. The song is my own, and I can prove it. How do I appeal?",
    ],
    follow_ups: &[
        "I've also submitted the appeal form in the app. I have brand partnerships booked this week and can't be off LIVE.",
        "It's been {days} days and still no answer on my appeal. Can someone please help?",
    ],
    replies: &[
        "Thanks for contacting us, and we understand how stressful this is. Your appeal has been logged (reference {ref}) and will be reviewed by our Trust & Safety team. If you have any further evidence, such as a music licence or screenshots, you can send it here.",
        "We can see the restriction was applied automatically after a report during your LIVE “{stream}”. Your appeal is now in manual review; the average turnaround is {hours} hours.",
    ],
    resolutions: &[
        "After a manual review, we've concluded the restriction was applied in error. Your LIVE access has been restored and the strike has been removed from your account history.",
        "Our Trust & Safety team reviewed your appeal and upheld the restriction, which ends in {days} days. You can read the Community Guidelines at https://example.com/help to avoid future issues.",
    ],
};

static DISPUTE: ScenarioText = ScenarioText {
    subjects: &[
        "Dispute opened on order {order}",
        "Unfair buyer complaint – order {order}",
        "Order {order}: buyer says it never arrived",
    ],
    openings: &[
        "Hi, the buyer on order {order} opened a dispute saying the {product} arrived faulty, but I tested everything before shipping and I have a packing video. How do I challenge this?",
        "Hello, order {order} shows as delivered by {carrier}, but the buyer opened a dispute claiming they never got it. {amount} is now on hold in my balance.",
        "I run a Shop store and got a dispute on order {order}. The customer wants to return the {product} after using it for 20 days. Is that within the rules?",
    ],
    follow_ups: &[
        "I've attached the packing video and proof of delivery. The funds are still on hold.",
        "The buyer isn't answering my messages in chat. Can you step in?",
    ],
    replies: &[
        "Thanks for getting in touch. To challenge the dispute on order {order}, please send us the packing video, the invoice and the tracking number. With those, our Seller Support team will review the case within {hours} hours.",
        "We've reviewed order {order} and tracking shows it as delivered. We've asked the buyer for more information; in the meantime, the {amount} stays on hold until a decision is made.",
    ],
    resolutions: &[
        "The dispute on order {order} has been closed in your favour. The {amount} has been released to your Shop balance.",
        "We've completed our review of order {order}: the return has been approved, with return shipping covered by the platform at no cost to your store.",
    ],
};

static REFUND: ScenarioText = ScenarioText {
    subjects: &[
        "Refund not received – order {order}",
        "Still waiting for my {amount} refund",
        "Shipping fee refunds never reached my balance",
    ],
    openings: &[
        "Hi, order {order} was cancelled by the buyer and I was told the commission and shipping fee ({amount}) would be refunded within 7 days. It's been {days} days and I haven't received the refund.",
        "Hello, I paid for the return label on order {order} ({amount}) because the system asked me to, but support later said the platform would cover it. Where is my refund?",
        "I have three shipping refunds pending since {date}, one of them for order {order}. None of them show up on my Shop statement. Can you check?",
    ],
    follow_ups: &[
        "Checked my statement again today and the refund still isn't there.",
        "Here's a screenshot of my statement. There's no {amount} credit anywhere.",
    ],
    replies: &[
        "Thanks for reaching out. We've located order {order} and the {amount} refund shows as approved. Refunds to your seller balance can take up to 10 business days; if it hasn't arrived by then, please let us know.",
        "We found that the refund for order {order} wasn't triggered automatically because of an error during cancellation. We've raised a manual refund request with our Payments team (reference {ref}).",
    ],
    resolutions: &[
        "The {amount} refund for order {order} was credited to your Shop balance today. Sorry for the wait.",
        "All of your pending refunds have now been processed. They appear on your statement as “Adjustment – shipping refund”.",
    ],
};

static PARCEL: ScenarioText = ScenarioText {
    subjects: &[
        "Parcel stuck for {days} days – order {order}",
        "No tracking updates on {tracking}",
        "Carrier missed pickup",
    ],
    openings: &[
        "Hi, order {order} was shipped on {date} with tracking number {tracking} and it's been stuck on “in transit” ever since. The buyer keeps chasing me and I don't know what to tell them.",
        "Hello, {carrier} didn't collect yesterday's orders. That's over 30 parcels, and I'm going to miss the dispatch deadlines. Will this count against my store?",
        "My buyer says the parcel for order {order} has been sitting at the sorting centre for {days} days. Can you raise a claim with {carrier}?",
    ],
    follow_ups: &[
        "Still no tracking update. The buyer is threatening to open a dispute.",
        "Today's pickup didn't happen either.",
    ],
    replies: &[
        "Thanks for getting in touch. We've opened a trace request with {carrier} for {tracking} (reference {ref}). The carrier has up to {hours} hours to respond. Delays caused by the carrier won't affect your store rating.",
        "We can see there's an operational backlog at the sorting centre in your area. If order {order} isn't updated within 3 business days, it will be treated as lost and you'll be compensated {amount}.",
    ],
    resolutions: &[
        "Good news: the parcel for order {order} is moving again and was delivered to the buyer today.",
        "{carrier} has confirmed the parcel for order {order} as lost. Compensation of {amount} has been credited to your balance, and the buyer has been refunded by the platform.",
    ],
};

static LISTING: ScenarioText = ScenarioText {
    subjects: &[
        "Product removed for policy violation",
        "My listing was taken down for no reason",
        "Appeal – listing “{product}” removed",
    ],
    openings: &[
        "Hi, my listing “{product}” was removed today for “violating the prohibited products policy”, but it's an ordinary item you can buy anywhere. Can you review it?",
        "I got a policy violation notice and two listings were deleted, including “{product}”. I don't understand which rule I broke. I have invoices for every product.",
        "Hello, my store got a penalty point for “intellectual property” on the listing “{product}”, but I'm the manufacturer. How do I appeal?",
    ],
    follow_ups: &[
        "I've sent the invoice and photos of the product. When will the listing be back?",
        "Sales have dropped a lot since the removal. I need an answer.",
    ],
    replies: &[
        "Thanks for contacting us. The listing “{product}” was removed by our automated checks because of words in the title that match restricted products. You can edit the title and resubmit, or send documents for a manual review (reference {ref}).",
        "To review your appeal, please send us the supplier invoice and real photos of the product with its packaging. Our Trust & Safety team will reply within {hours} hours.",
    ],
    resolutions: &[
        "After a manual review, the listing “{product}” has been reinstated and the penalty point has been removed from your store.",
        "The review upheld the removal, as this product requires a certification that wasn't provided. You can find the full rules at https://example.com/help.",
    ],
};

static RECHARGE: ScenarioText = ScenarioText {
    subjects: &[
        "Coin recharge didn't go through",
        "Paid {amount} but got no coins",
        "Coins not credited after top-up",
    ],
    openings: &[
        "Hi, I bought {coins} coins for {amount} on {date}. The money left my card but the coins never showed up in my account.",
        "Hello, I topped up coins and the payment says successful, but my balance is still 0. I wanted to send gifts on a creator's LIVE.",
        "I tried to recharge twice and got charged twice ({amount} each). I didn't get a single coin. I want either the coins or a refund.",
    ],
    follow_ups: &[
        "Sent you the payment receipt. Still no coins.",
        "Any idea when this will be sorted? I don't want to be charged again.",
    ],
    replies: &[
        "Thanks for reaching out. To find your recharge, please send us the payment receipt (with date, time and amount) and the transaction ID shown on your statement.",
        "We've found your {amount} recharge. The payment was still awaiting confirmation from your card issuer; we've passed it to our Payments team (reference {ref}).",
    ],
    resolutions: &[
        "Your {coins} coins have now been credited to your account. Sorry for the inconvenience.",
        "We've confirmed the duplicate charge: one recharge was credited as coins, and the other {amount} has been refunded to your card. Refunds can take a few business days to show on your statement.",
    ],
};
