//! Choices: closed sets of values that cross into the UI, the cache and the command line
//! as short strings (a status, a reply language, an outbox state). Each is a Rust enum
//! declared with [`choice_enum!`](crate::choice_enum); its TypeScript union and its list of
//! values are generated from it, so no list of them is kept in TypeScript by hand.

/// A closed set of values with a stable text form.
pub trait Choice: Copy + Eq + 'static {
    /// Every value, in declaration order.
    fn all() -> &'static [Self];
    /// The stable text form used in the cache, the CLI and the UI.
    fn text(self) -> &'static str;
}

/// Declares a choice: the enum (serialized as its text form, exported to TypeScript),
/// `ALL`, `as_str`, `Display`, `FromStr` (an unknown value is `INVALID_INPUT` naming the
/// ones it could be) and [`Choice`].
#[macro_export]
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize, ::ts_rs::TS)]
        #[ts(export)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable text form used in the cache, the CLI and the UI.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl $crate::choice::Choice for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn text(self) -> &'static str {
                self.as_str()
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::CoreError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::error::CoreError::invalid_input(format!(
                        "unknown {} '{}' (expected one of: {})",
                        stringify!($name).to_lowercase(),
                        other,
                        [$($text),+].join(", ")
                    ))),
                }
            }
        }
    };
}
