//! Money and dates formatted for the reply locale with ICU4X (CLDR data), passed to
//! Fluent pre-formatted: Fluent's own NUMBER is minimal and it has no DATETIME in Rust.

use chrono::{Datelike, NaiveDate};
use icu::calendar::Date;
use icu::datetime::{fieldsets, DateTimeFormatter};
use icu::decimal::input::Decimal;
use icu::locale::preferences::extensions::unicode::keywords::CurrencyType;
use icu::locale::Locale;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;

use crate::domain::ReplyLanguage;
use crate::error::{CoreError, Result};

crate::choice_enum! {
    /// A currency agents quote amounts in (ISO 4217).
    Currency { Brl => "BRL", Eur => "EUR", Cny => "CNY", Twd => "TWD", Usd => "USD", Gbp => "GBP" }
}

fn locale(lang: ReplyLanguage) -> Locale {
    lang.as_str()
        .parse()
        .expect("reply language tags are valid locales")
}

/// `amount` (a plain decimal such as `1234.5`) in `currency` as the reply locale writes
/// it: pt-BR `R$ 1.234,50`, pt-PT `1234,50 €`, zh-Hans `¥1,234.50`.
pub fn format_money(amount: &str, currency: Currency, lang: ReplyLanguage) -> Result<String> {
    let value: Decimal = amount.trim().parse().map_err(|_| {
        CoreError::invalid_input(format!(
            "'{amount}' is not an amount (write it like 1234.50)"
        ))
    })?;
    let currency_type: CurrencyType = currency
        .as_str()
        .to_ascii_lowercase()
        .parse()
        .map_err(|_| CoreError::invalid_input(format!("currency '{currency}' is not valid")))?;
    let formatter =
        CurrencyFormatter::try_new_symbol(locale(lang).into(), currency_type, Default::default())
            .map_err(|e| {
            CoreError::invalid_input(format!("no currency data for {}: {e}", lang.as_str()))
        })?;
    let text = formatter.format_fixed_decimal(&value).to_string();
    Ok(text)
}

/// A date as the reply locale writes it in a sentence: `22 de novembro de 2026`,
/// `November 22, 2026`, `2026年11月22日`.
pub fn format_date(date: NaiveDate, lang: ReplyLanguage) -> Result<String> {
    let iso = Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8)
        .map_err(|e| CoreError::invalid_input(format!("date {date} is out of range: {e}")))?;
    let formatter = DateTimeFormatter::try_new(locale(lang).into(), fieldsets::YMD::long())
        .map_err(|e| {
            CoreError::invalid_input(format!("no date data for {}: {e}", lang.as_str()))
        })?;
    Ok(formatter.format(&iso).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReplyLanguage::*;

    /// CLDR puts a no-break space between some symbols and amounts; compare with plain spaces.
    fn plain(s: String) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn money_follows_each_locale() {
        assert_eq!(
            plain(format_money("1234.5", "BRL".parse().unwrap(), PtBr).unwrap()),
            "R$ 1.234,50"
        );
        assert_eq!(
            plain(format_money("1234.5", "EUR".parse().unwrap(), PtPt).unwrap()),
            "1234,50 €"
        );
        assert_eq!(
            plain(format_money("12345.5", "EUR".parse().unwrap(), PtPt).unwrap()),
            "12 345,50 €"
        );
        assert_eq!(
            format_money("88", "CNY".parse().unwrap(), ZhHans).unwrap(),
            "¥88.00"
        );
        assert_eq!(
            format_money("1200", "TWD".parse().unwrap(), ZhHant).unwrap(),
            "$1,200.00"
        );
        assert_eq!(
            format_money("49.99", "USD".parse().unwrap(), En).unwrap(),
            "$49.99"
        );
        assert_eq!(
            format_money("20", "GBP".parse().unwrap(), En).unwrap(),
            "£20.00"
        );
    }

    #[test]
    fn bad_amounts_and_currencies_are_named() {
        let err = format_money("12,50", "EUR".parse().unwrap(), PtPt).unwrap_err();
        assert!(
            err.to_string().contains("'12,50' is not an amount"),
            "{err}"
        );
        let err = "JPY".parse::<Currency>().unwrap_err();
        assert!(err.to_string().contains("'JPY'"), "{err}");
    }

    #[test]
    fn dates_follow_each_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(format_date(d, PtBr).unwrap(), "22 de novembro de 2026");
        assert_eq!(format_date(d, PtPt).unwrap(), "22 de novembro de 2026");
        assert_eq!(format_date(d, En).unwrap(), "November 22, 2026");
        assert_eq!(format_date(d, ZhHans).unwrap(), "2026年11月22日");
        assert_eq!(format_date(d, ZhHant).unwrap(), "2026年11月22日");
    }
}
