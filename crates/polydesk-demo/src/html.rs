//! Simple HTML renderings of plain-text messages, as a CRM's rich-text editor or an
//! e-mail client would send them (`<p>`, `<br>`, `<ul><li>`, `<b>`, `<a>`).

/// Where links in the demo point.
pub const HELP_URL: &str = "https://example.com/help";

/// `text` as HTML: blank-line separated paragraphs, "- " lines as a list, the help-centre
/// URL as a link and each of `emphasis` (order ids, references) in bold.
pub fn to_html(text: &str, emphasis: &[&str]) -> String {
    let mut html = String::with_capacity(text.len() * 2);
    for block in text.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let mut prose: Vec<&str> = Vec::new();
        let mut items: Vec<&str> = Vec::new();
        for line in block.lines() {
            if let Some(item) = line.strip_prefix("- ") {
                flush_prose(&mut html, &mut prose, emphasis);
                items.push(item);
            } else {
                flush_items(&mut html, &mut items, emphasis);
                prose.push(line);
            }
        }
        flush_prose(&mut html, &mut prose, emphasis);
        flush_items(&mut html, &mut items, emphasis);
    }
    html
}

fn flush_prose(html: &mut String, lines: &mut Vec<&str>, emphasis: &[&str]) {
    if lines.is_empty() {
        return;
    }
    let inner: Vec<String> = lines.iter().map(|l| inline(l, emphasis)).collect();
    html.push_str("<p>");
    html.push_str(&inner.join("<br>"));
    html.push_str("</p>");
    lines.clear();
}

fn flush_items(html: &mut String, items: &mut Vec<&str>, emphasis: &[&str]) {
    if items.is_empty() {
        return;
    }
    html.push_str("<ul>");
    for item in items.iter() {
        html.push_str("<li>");
        html.push_str(&inline(item, emphasis));
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    items.clear();
}

/// One line: escaped, with the help URL linked and emphasised terms in bold.
fn inline(line: &str, emphasis: &[&str]) -> String {
    let mut out = escape(line);
    let link = format!("<a href=\"{HELP_URL}\">{HELP_URL}</a>");
    out = out.replace(HELP_URL, &link);
    for term in emphasis.iter().filter(|t| !t.is_empty()) {
        let escaped = escape(term);
        if out.contains(&escaped) {
            out = out.replacen(&escaped, &format!("<b>{escaped}</b>"), 1);
        }
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_paragraphs_lists_links_and_bold() {
        let text = "Hi Ana,\n\nPlease send:\n- a screenshot;\n- the time.\nThanks & see https://example.com/help\n\nOrder 5801 <ok>";
        let html = to_html(text, &["5801"]);
        assert_eq!(
            html,
            "<p>Hi Ana,</p><p>Please send:</p><ul><li>a screenshot;</li><li>the time.</li></ul>\
             <p>Thanks &amp; see <a href=\"https://example.com/help\">https://example.com/help</a></p>\
             <p>Order <b>5801</b> &lt;ok&gt;</p>"
        );
    }
}
