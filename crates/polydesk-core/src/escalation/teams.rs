//! The teams a case is escalated to: the CRM's groups (RT: queues) the cache has seen,
//! and the team's own list in `teams.toml` in the data folder — teams no cached case sits
//! with yet, such as Legal or Trust & Safety.
//!
//! ```toml
//! teams = ["Payments", "Trust & Safety", "Legal"]
//! ```

use std::path::Path;

use serde::Deserialize;

use crate::error::{CoreError, Result};

/// The file's name in the data folder.
pub const TEAMS_FILE: &str = "teams.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TeamsFile {
    teams: Vec<String>,
}

/// The teams `teams.toml` lists (none without the file). A file that cannot be read is
/// refused naming the file and the problem.
pub fn configured_teams(data_dir: &Path) -> Result<Vec<String>> {
    let text = match std::fs::read_to_string(data_dir.join(TEAMS_FILE)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(CoreError::invalid_input(format!(
                "{TEAMS_FILE}: cannot be read ({e})"
            )))
        }
    };
    let file: TeamsFile = toml::from_str(&text)
        .map_err(|e| CoreError::invalid_input(format!("{TEAMS_FILE}: {}", e.message())))?;
    if let Some(blank) = file.teams.iter().position(|t| t.trim().is_empty()) {
        return Err(CoreError::invalid_input(format!(
            "{TEAMS_FILE}: team {} has no name",
            blank + 1
        )));
    }
    Ok(file
        .teams
        .into_iter()
        .map(|t| t.trim().to_string())
        .collect())
}

/// The teams to offer: those seen in the cache and those configured, each once (as
/// written first), in alphabetical order.
pub fn merge_teams(seen: Vec<String>, configured: &[String]) -> Vec<String> {
    let mut all: Vec<String> = Vec::with_capacity(seen.len() + configured.len());
    for team in seen.into_iter().chain(configured.iter().cloned()) {
        if !all.iter().any(|t| t.eq_ignore_ascii_case(&team)) {
            all.push(team);
        }
    }
    all.sort_by_key(|t| t.to_lowercase());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_teams_join_the_seen_ones_once_each() {
        let dir = tempfile::TempDir::new().unwrap();
        assert!(
            configured_teams(dir.path()).unwrap().is_empty(),
            "no file, no teams"
        );
        std::fs::write(
            dir.path().join(TEAMS_FILE),
            "teams = [\" Legal \", \"Trust & Safety\", \"payments\"]\n",
        )
        .unwrap();
        let configured = configured_teams(dir.path()).unwrap();
        assert_eq!(configured, ["Legal", "Trust & Safety", "payments"]);
        let merged = merge_teams(vec!["Payments".into(), "Tier 1".into()], &configured);
        assert_eq!(merged, ["Legal", "Payments", "Tier 1", "Trust & Safety"]);
    }

    #[test]
    fn a_broken_file_is_named_with_its_problem() {
        let dir = tempfile::TempDir::new().unwrap();
        for (text, expected) in [
            ("teams = \"Legal\"", "invalid type"),
            ("teams = [\"Legal\", \"  \"]", "team 2 has no name"),
            ("team = [\"Legal\"]", "unknown field"),
        ] {
            std::fs::write(dir.path().join(TEAMS_FILE), text).unwrap();
            let err = configured_teams(dir.path()).unwrap_err().to_string();
            assert!(
                err.starts_with(TEAMS_FILE) && err.contains(expected),
                "{text}: {err}"
            );
        }
    }
}
