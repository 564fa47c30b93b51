//! How a team's CRM maps onto Polydesk, by configuration: `crm-mapping.toml` in the data
//! folder (next to the cache). Everything is optional; what is left out keeps its default.
//!
//! ```toml
//! [zendesk.custom_fields]          # Zendesk field id -> Polydesk key
//! 360001 = "order_id"
//! 360002 = "creator_id"
//! 360003 = "escalation_due"     # an open escalation's due time (RFC 3339), both ways
//!
//! [rt]                             # polydesk_connectors::rt::RtConfig
//! tags_field = "Tags"
//! kind_field = "Customer Kind"
//! [rt.custom_fields]               # RT custom field name -> Polydesk key
//! "Order ID" = "order_id"
//! [rt.priority]
//! normal_from = 25
//! high_from = 65
//! urgent_from = 90
//!
//! [network]                        # corporate networks
//! proxy = "http://proxy.corp:3128"
//! ca_certificate = "/etc/ssl/corp-root.pem"
//! timeout_seconds = 30
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use polydesk_connectors::rt::RtConfig;
use polydesk_core::{CoreError, Result};
use serde::Deserialize;

/// The file's name in the data folder.
pub const FILE_NAME: &str = "crm-mapping.toml";

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ZendeskMapping {
    /// Zendesk custom field id (as text, TOML keys are strings) -> Polydesk key.
    pub custom_fields: BTreeMap<String, String>,
}

impl ZendeskMapping {
    /// The field map as the connector takes it; ids that are not numbers are refused.
    pub fn field_ids(&self) -> Result<HashMap<u64, String>> {
        self.custom_fields
            .iter()
            .map(|(id, key)| {
                id.trim().parse::<u64>().map(|n| (n, key.clone())).map_err(|_| {
                    CoreError::invalid_input(format!(
                        "{FILE_NAME}: zendesk custom field '{id}' is not a field id (a number such as 360001)"
                    ))
                })
            })
            .collect()
    }
}

/// How to reach the CRM from a corporate network.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NetworkSettings {
    pub proxy: Option<String>,
    /// A PEM file with the company's root certificate, trusted besides the system's.
    pub ca_certificate: Option<std::path::PathBuf>,
    pub timeout_seconds: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CrmMapping {
    pub zendesk: ZendeskMapping,
    pub rt: RtConfig,
    pub network: NetworkSettings,
}

impl CrmMapping {
    /// The HTTP client settings the `[network]` section asks for.
    pub fn http(&self) -> polydesk_connectors::http::HttpSettings {
        let mut http = polydesk_connectors::http::HttpSettings::default();
        if let Some(secs) = self.network.timeout_seconds.filter(|s| *s > 0) {
            http.timeout = std::time::Duration::from_secs(secs);
        }
        http.proxy = self.network.proxy.clone();
        http.ca_certificate = self.network.ca_certificate.clone();
        http
    }

    /// The mapping in `data_dir` (defaults when there is no file). A file that cannot be
    /// read is an error naming the file and the place, never silently ignored.
    pub fn load(data_dir: &Path) -> Result<CrmMapping> {
        let path = data_dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(CrmMapping::default()),
            Err(e) => return Err(e.into()),
        };
        Self::parse(&text).map_err(|e| CoreError::invalid_input(format!("{}: {e}", path.display())))
    }

    pub fn parse(text: &str) -> std::result::Result<CrmMapping, String> {
        let mapping: CrmMapping = toml::from_str(text).map_err(|e| e.to_string())?;
        mapping.zendesk.field_ids().map_err(|e| e.to_string())?;
        Ok(mapping)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_mapping_overrides_only_what_it_names() {
        let m = CrmMapping::parse(
            r#"
            [zendesk.custom_fields]
            360001 = "order_id"
            [rt]
            tags_field = "Labels"
            [rt.custom_fields]
            "Pedido" = "order_id"
            "#,
        )
        .unwrap();
        assert_eq!(
            m.zendesk.field_ids().unwrap(),
            HashMap::from([(360001, "order_id".to_string())])
        );
        assert_eq!(m.rt.tags_field.as_deref(), Some("Labels"));
        assert_eq!(m.rt.custom_fields["Pedido"], "order_id");
        assert_eq!(m.rt.priority, RtConfig::default().priority, "defaults kept");
        assert_eq!(m.http().proxy, None);
        let n = CrmMapping::parse(
            "[network]\nproxy = \"http://proxy.corp:3128\"\nca_certificate = \"corp.pem\"\ntimeout_seconds = 5",
        )
        .unwrap();
        let http = n.http();
        assert_eq!(http.proxy.as_deref(), Some("http://proxy.corp:3128"));
        assert_eq!(http.ca_certificate.as_deref(), Some(Path::new("corp.pem")));
        assert_eq!(http.timeout, std::time::Duration::from_secs(5));
    }

    #[test]
    fn mistakes_are_named() {
        let e = CrmMapping::parse("[zendesk.custom_fields]\norder = \"order_id\"").unwrap_err();
        assert!(e.contains("'order' is not a field id"), "{e}");
        let e = CrmMapping::parse("[rt]\ntag_field = \"Tags\"").unwrap_err();
        assert!(e.contains("tag_field"), "{e}");
        let dir = tempfile::TempDir::new().unwrap();
        assert_eq!(CrmMapping::load(dir.path()).unwrap(), CrmMapping::default());
        std::fs::write(dir.path().join(FILE_NAME), "[rt\n").unwrap();
        let e = CrmMapping::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains(FILE_NAME), "{e}");
    }
}
