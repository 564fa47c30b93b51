//! The demo workspace written straight into a cache (without the simulated CRM).

use chrono::{DateTime, Utc};
use polydesk_core::store::{setting, Store};
use polydesk_core::Result;

use crate::{generate, DEMO_AGENT, DEMO_CASES};

/// The `last_sync` value of a demo workspace.
pub const DEMO_SYNC_MARK: &str = "demo";

/// Seed used for the demo workspace, so every install shows the same inbox.
pub const DEMO_SEED: u64 = 20_261_122;

/// Fill an empty cache with the demo workspace. A cache that already holds cases is left
/// as it is (the demo never overwrites real or earlier data). Returns how many cases
/// were written.
pub fn seed(store: &mut Store, now: DateTime<Utc>) -> Result<usize> {
    if store.case_count()? > 0 {
        return Ok(0);
    }
    let records = generate(DEMO_CASES, DEMO_SEED, now);
    store.put_case_records(&records)?;
    store.set_setting(setting::AGENT_NAME, DEMO_AGENT)?;
    store.set_setting(setting::LAST_SYNC, DEMO_SYNC_MARK)?;
    Ok(records.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use polydesk_core::workspace::status;

    #[test]
    fn demo_seeds_an_empty_cache_once() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let written = seed(&mut store, now).unwrap();
        assert!(written >= 300, "{written}");
        let st = status(&store, None).unwrap();
        assert_eq!(st.case_count as usize, written);
        assert_eq!(st.last_sync.as_deref(), Some(DEMO_SYNC_MARK));
        assert_eq!(st.agent_name.as_deref(), Some(DEMO_AGENT));
        assert_eq!(seed(&mut store, now).unwrap(), 0, "second seed is a no-op");
        store.integrity_check().unwrap();
    }

    #[test]
    fn demo_cases_prefill_the_composer() {
        use polydesk_core::domain::ReplyLanguage;
        use polydesk_core::language::SuggestionSource;
        use polydesk_core::replies::reply_context;

        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        seed(
            &mut store,
            Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
        )
        .unwrap();
        let hit = &store.search("退款", 1).unwrap()[0];
        let ctx = reply_context(&store, &hit.case_id).unwrap();
        assert_eq!(
            ctx.args.0.get("agent_name").map(String::as_str),
            Some(DEMO_AGENT)
        );
        assert!(ctx.args.0.contains_key("customer_surname"));
        assert!(matches!(
            ctx.suggestion.language,
            ReplyLanguage::ZhHans | ReplyLanguage::ZhHant
        ));
        assert_eq!(ctx.suggestion.source, SuggestionSource::CustomerLocale);
        store
            .set_reply_language(&hit.case_id, ReplyLanguage::En, Utc::now())
            .unwrap();
        let ctx = reply_context(&store, &hit.case_id).unwrap();
        assert_eq!(
            (ctx.suggestion.language, ctx.suggestion.source),
            (ReplyLanguage::En, SuggestionSource::Agent)
        );
    }
}
