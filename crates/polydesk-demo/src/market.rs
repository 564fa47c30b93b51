//! Where a customer lives: country, locale, currency, date and number formats, carriers.

use chrono::{Datelike, NaiveDate};
use rand::seq::IndexedRandom;
use rand::Rng;

use super::scenario::pick_weighted;
use polydesk_core::domain::ReplyLanguage;

/// A country the demo's customers write from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Market {
    Br,
    Pt,
    Cn,
    Tw,
    Hk,
    Us,
    Gb,
    Sg,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Market {
    /// A country consistent with the language the customer writes in.
    pub fn pick(rng: &mut impl Rng, language: ReplyLanguage) -> Market {
        match language {
            ReplyLanguage::PtBr => Market::Br,
            ReplyLanguage::PtPt => Market::Pt,
            ReplyLanguage::ZhHans => Market::Cn,
            ReplyLanguage::ZhHant => pick_weighted(rng, &[(Market::Tw, 65), (Market::Hk, 35)]),
            ReplyLanguage::En => {
                pick_weighted(rng, &[(Market::Us, 50), (Market::Gb, 35), (Market::Sg, 15)])
            }
        }
    }

    /// ISO 3166-1 alpha-2 code.
    pub fn country(self) -> &'static str {
        match self {
            Market::Br => "BR",
            Market::Pt => "PT",
            Market::Cn => "CN",
            Market::Tw => "TW",
            Market::Hk => "HK",
            Market::Us => "US",
            Market::Gb => "GB",
            Market::Sg => "SG",
        }
    }

    /// The customer's locale as a CRM would report it.
    pub fn locale(self) -> &'static str {
        match self {
            Market::Br => "pt-BR",
            Market::Pt => "pt-PT",
            Market::Cn => "zh-CN",
            Market::Tw => "zh-TW",
            Market::Hk => "zh-HK",
            Market::Us => "en-US",
            Market::Gb => "en-GB",
            Market::Sg => "en-SG",
        }
    }

    /// Local currency units per 100 US dollars, roughly.
    fn rate_per_100_usd(self) -> u64 {
        match self {
            Market::Br => 540,
            Market::Pt => 92,
            Market::Cn => 720,
            Market::Tw => 3200,
            Market::Hk => 780,
            Market::Us => 100,
            Market::Gb => 79,
            Market::Sg => 135,
        }
    }

    /// An exact sum (fees, payouts, compensation) in the local currency.
    pub fn money(self, usd_cents: u64) -> String {
        let minor = usd_cents * self.rate_per_100_usd() / 100;
        self.format_minor(minor.max(1))
    }

    /// A shop price (coin packages): local whole units ending in .90, or tens of NT$.
    pub fn price(self, usd_cents: u64) -> String {
        let minor = usd_cents * self.rate_per_100_usd() / 100;
        let rounded = match self {
            Market::Tw => ((minor / 1000).max(1)) * 1000,
            _ => (minor / 100) * 100 + 90,
        };
        self.format_minor(rounded)
    }

    fn format_minor(self, minor: u64) -> String {
        let units = minor / 100;
        let cents = minor % 100;
        match self {
            Market::Br => format!("R$ {},{:02}", group(units, '.'), cents),
            Market::Pt => format!("{},{:02} €", group(units, '.'), cents),
            Market::Cn => format!("¥{}.{:02}", group(units, ','), cents),
            Market::Tw => format!("NT${}", group(units, ',')),
            Market::Hk => format!("HK${}.{:02}", group(units, ','), cents),
            Market::Us => format!("US${}.{:02}", group(units, ','), cents),
            Market::Gb => format!("£{}.{:02}", group(units, ','), cents),
            Market::Sg => format!("S${}.{:02}", group(units, ','), cents),
        }
    }

    /// A count (diamonds, coins) with the local digit grouping.
    pub fn count(self, n: u64) -> String {
        match self {
            Market::Br | Market::Pt => group(n, '.'),
            _ => group(n, ','),
        }
    }

    /// A day and month as a native writer would put it in running text.
    pub fn date(self, date: NaiveDate) -> String {
        let (day, month) = (date.day(), date.month());
        match self {
            Market::Br | Market::Pt => format!("{day:02}/{month:02}"),
            Market::Cn | Market::Tw | Market::Hk => format!("{month}月{day}日"),
            Market::Us => format!("{} {day}", MONTHS_EN[month as usize - 1]),
            Market::Gb | Market::Sg => format!("{day} {}", MONTHS_EN[month as usize - 1]),
        }
    }

    /// A time of day as a native writer would put it.
    pub fn clock(self, hour: u32, minute: u32) -> String {
        match self {
            Market::Us => {
                let (h12, half) = match hour {
                    0 => (12, "AM"),
                    1..=11 => (hour, "AM"),
                    12 => (12, "PM"),
                    _ => (hour - 12, "PM"),
                };
                format!("{h12}:{minute:02} {half}")
            }
            _ => format!("{hour}:{minute:02}"),
        }
    }

    /// Fictional delivery companies operating in the market.
    pub fn carriers(self) -> &'static [&'static str] {
        match self {
            Market::Br => &["Expresso Cruzeiro", "RotaSul Entregas", "LogBrasil Express"],
            Market::Pt => &["Entregas Atlântico", "Lusa Expresso", "CorreioRápido"],
            Market::Cn => &["速达快递", "云通物流", "迅达速运"],
            Market::Tw => &["飛鴿宅配", "順達物流", "島嶼快遞"],
            Market::Hk => &["港速物流", "維港速遞"],
            Market::Us => &["SwiftShip", "Parcelway", "Coastline Freight"],
            Market::Gb => &["PostSwift", "Kingsway Couriers", "Parcelway UK"],
            Market::Sg => &["Merlion Express", "Straits Parcel"],
        }
    }

    /// A carrier name.
    pub fn carrier(self, rng: &mut impl Rng) -> String {
        self.carriers()
            .choose(rng)
            .copied()
            .unwrap_or("Parcelway")
            .to_string()
    }

    /// A tracking number in the shape the local carriers use.
    pub fn tracking(self, rng: &mut impl Rng) -> String {
        match self {
            Market::Cn | Market::Hk => format!("SD{}", digits(rng, 12)),
            Market::Tw => digits(rng, 12),
            _ => {
                let a = char::from(b'A' + rng.random_range(0..26u8));
                let b = char::from(b'A' + rng.random_range(0..26u8));
                format!("{a}{b}{}{}", digits(rng, 9), self.country())
            }
        }
    }
}

/// `n` random decimal digits.
pub fn digits(rng: &mut impl Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

/// Digits of `n` grouped by thousands with `sep`.
pub fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_formatted_per_country() {
        assert_eq!(Market::Br.format_minor(123_456), "R$ 1.234,56");
        assert_eq!(Market::Pt.format_minor(1_250), "12,50 €");
        assert_eq!(Market::Cn.format_minor(8_800), "¥88.00");
        assert_eq!(Market::Tw.format_minor(120_000), "NT$1,200");
        assert_eq!(Market::Us.format_minor(4_999), "US$49.99");
        assert_eq!(Market::Gb.format_minor(2_000), "£20.00");
        assert_eq!(Market::Pt.price(999), "9,90 €");
    }

    #[test]
    fn dates_and_times_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 7).unwrap();
        assert_eq!(Market::Br.date(d), "07/03");
        assert_eq!(Market::Cn.date(d), "3月7日");
        assert_eq!(Market::Us.date(d), "March 7");
        assert_eq!(Market::Gb.date(d), "7 March");
        assert_eq!(Market::Us.clock(21, 5), "9:05 PM");
        assert_eq!(Market::Pt.clock(21, 5), "21:05");
        assert_eq!(group(1_234_567, '.'), "1.234.567");
        assert_eq!(group(999, ','), "999");
    }
}
