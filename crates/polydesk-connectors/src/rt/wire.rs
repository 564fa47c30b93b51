//! RT REST2 JSON shapes (only what Polydesk reads). REST2 is loose about types: ids are
//! numbers in single records and strings in collections, numbers come as strings, and a
//! field the user may not see is an empty string instead of an object. So the shapes
//! keep such fields as JSON values and read them through the helpers below.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A number RT may send as a JSON number or as a string.
pub fn number(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn id<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let v = Value::deserialize(d)?;
    number(&v)
        .and_then(|n| u64::try_from(n).ok())
        .ok_or_else(|| serde::de::Error::custom(format!("expected an id, found {v}")))
}

/// The `id` of a linked record (`{"type":"user","id":"rita",...}`), as text.
pub fn ref_id(v: &Value) -> Option<String> {
    match v.get("id")? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A search result page.
#[derive(Debug, Deserialize)]
pub struct Page<T> {
    #[serde(default = "Vec::new")]
    pub items: Vec<T>,
    /// `null` where the user may not see all of the collection.
    #[serde(default)]
    pub total: Value,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ticket {
    #[serde(rename = "id", deserialize_with = "id")]
    pub id: u64,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub priority: Value,
    #[serde(default)]
    pub owner: Value,
    #[serde(default)]
    pub queue: Value,
    #[serde(default)]
    pub requestor: Value,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub last_updated: Option<String>,
    #[serde(default)]
    pub due: Option<String>,
    #[serde(default)]
    pub custom_fields: Value,
    /// What the ticket links to, among other things (`{"ref": "refers-to", "id": "7"}`).
    #[serde(default, rename = "_hyperlinks")]
    pub hyperlinks: Value,
}

impl Ticket {
    /// The ids of the tickets this one refers to (`RefersTo` links).
    pub fn refers_to(&self) -> Vec<String> {
        self.hyperlinks
            .as_array()
            .map(|links| {
                links
                    .iter()
                    .filter(|l| l["ref"].as_str() == Some("refers-to"))
                    .filter_map(|l| match &l["id"] {
                        Value::String(s) => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The owner's user name; `None` when nobody owns it.
    pub fn owner(&self) -> Option<String> {
        ref_id(&self.owner).filter(|o| o != "Nobody")
    }

    pub fn queue_name(&self) -> Option<String> {
        self.queue
            .get("Name")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    }

    pub fn requestors(&self) -> Vec<String> {
        match &self.requestor {
            Value::Array(list) => list.iter().filter_map(ref_id).collect(),
            other => ref_id(other).into_iter().collect(),
        }
    }

    /// The values of the custom field called `name`, if the ticket has that field.
    pub fn custom_field(&self, name: &str) -> Option<Vec<String>> {
        let fields = self.custom_fields.as_array()?;
        let field = fields.iter().find(|f| f["name"].as_str() == Some(name))?;
        Some(
            field["values"]
                .as_array()
                .map(|vs| {
                    vs.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Transaction {
    #[serde(rename = "id", deserialize_with = "id")]
    pub id: u64,
    #[serde(default, rename = "Type")]
    pub kind: String,
    #[serde(default)]
    pub object_id: Value,
    #[serde(default)]
    pub creator: Value,
    #[serde(default)]
    pub created: Option<String>,
}

/// One part of a message as RT stores it: a multipart container, a text/plain or
/// text/html body, or a file (a part with a `Filename`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attachment {
    #[serde(rename = "id", default)]
    pub id: Value,
    #[serde(default)]
    pub transaction_id: Value,
    #[serde(default)]
    pub content_type: String,
    #[serde(default)]
    pub content: Value,
    #[serde(default)]
    pub filename: Option<String>,
    /// Bytes of the decoded content (collections answer it when asked for).
    #[serde(default)]
    pub content_length: Value,
}

impl Attachment {
    pub fn text(&self) -> &str {
        self.content.as_str().unwrap_or("")
    }
}

/// A user as REST2 shows them: in full to themselves and admins, else a summary
/// (`Name`, `RealName`, `EmailAddress`, `Privileged`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct User {
    #[serde(rename = "id", default)]
    pub id: Value,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub real_name: Option<String>,
    #[serde(default)]
    pub email_address: Option<String>,
    #[serde(default)]
    pub privileged: Value,
    #[serde(default)]
    pub lang: Option<String>,
}

impl User {
    pub fn is_staff(&self) -> bool {
        number(&self.privileged) == Some(1)
    }
}

/// REST2's error body.
#[derive(Debug, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub message: Option<String>,
}
