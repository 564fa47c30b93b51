//! RT answers a ticket update with 200 and a list of messages, one per change made or
//! refused (`"Ticket 5: Status changed from 'open' to 'stalled'"`, `"Ticket 5: That user
//! does not exist"`). These functions read them. RT words them in the user's language,
//! so a message not recognized here is only a hint: the connector then reads the ticket
//! back and decides from the values themselves.

/// Whether a message reports a change RT made.
pub fn is_success(message: &str) -> bool {
    let m = message.trim();
    [" changed from ", " changed to ", " added as a value for ", " is no longer a value for "]
        .iter()
        .any(|p| m.contains(p))
        // A single-value custom field set for the first time: "Order ID X-1 added".
        || (m.ends_with(" added") && !m.contains(':'))
}

/// The Polydesk field a refusal is about, when its words say.
pub fn field_of(message: &str) -> Option<&'static str> {
    let m = message.to_lowercase();
    if m.contains("status") {
        Some("status")
    } else if m.contains("priority") {
        Some("priority")
    } else if m.contains("owner") || m.contains("user") || m.contains("own tickets") {
        Some("assignee")
    } else if m.contains("queue") {
        Some("group")
    } else if m.contains("custom field") || m.contains("value") {
        Some("tags")
    } else {
        None
    }
}

/// The refusals among RT's messages: `(field, message)`, the field when it can be told.
pub fn refusals(messages: &[String]) -> Vec<(Option<&'static str>, String)> {
    messages
        .iter()
        .filter(|m| !is_success(m))
        .map(|m| (field_of(m), m.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Answers recorded from RT 5.0.3 (REST2 PUT /ticket/:id as a non-admin agent).
    const MADE: &[&str] = &[
        "Ticket 5: Owner changed from Nobody to rita",
        "Ticket 5: Priority changed from 'Low' to 'Medium'",
        "Ticket 5: Queue changed from Tier 1 to Payments",
        "Ticket 5: Status changed from 'open' to 'stalled'",
        "c added as a value for Tags",
        "a is no longer a value for custom field Tags",
        "Order ID X-1 added",
        "Order ID X-1 changed to X-2",
    ];
    const REFUSED: &[(&str, Option<&str>)] = &[
        (
            "Ticket 5: Status 'bogus' isn't a valid status for this ticket.",
            Some("status"),
        ),
        ("Ticket 5: That user does not exist", Some("assignee")),
        (
            "Ticket 5: That user may not own tickets in that queue",
            Some("assignee"),
        ),
        ("Invalid value for custom field", Some("tags")),
        ("Ticket 5: Permission Denied", None),
    ];

    #[test]
    fn changes_made_are_told_from_refusals() {
        for m in MADE {
            assert!(is_success(m), "{m}");
        }
        for (m, field) in REFUSED {
            assert!(!is_success(m), "{m}");
            assert_eq!(field_of(m), *field, "{m}");
        }
    }

    #[test]
    fn a_mixed_answer_names_only_what_was_refused() {
        let answer: Vec<String> = vec![
            "Ticket 5: Priority changed from 'High' to 'Low'".into(),
            "Ticket 5: Status 'bogus' isn't a valid status for this ticket.".into(),
        ];
        assert_eq!(
            refusals(&answer),
            vec![(
                Some("status"),
                "Ticket 5: Status 'bogus' isn't a valid status for this ticket.".to_string()
            )]
        );
        assert!(
            refusals(&[]).is_empty(),
            "an empty answer (nothing to change) refuses nothing"
        );
    }
}
