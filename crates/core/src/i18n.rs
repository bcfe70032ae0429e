//! Translations (Fluent). French is the source language and the legally authoritative text; the
//! other languages are machine-made translations of it, marked as such in the language list.
//!
//! The interface's strings live in `locales/<tag>/passerelle.ftl`, embedded in the binary and
//! parsed on first use of a language. A key missing in a language falls back to French and is
//! counted ([`missing`]); a key missing in French shows the key itself (a test forbids it).
//!
//! There is no language "in use": every function that words something takes the language as an
//! argument ([`tr_in`], [`tl!`]), so that two answers in two languages can be made side by side.

use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex, OnceLock};

use chrono::Datelike;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ar")]
    Ar,
    /// Dari, the Persian of Afghanistan.
    #[serde(rename = "fa-AF")]
    FaAf,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    /// In the order of the picker: French first, then by the number of people served
    /// (`facts.md` §7: Maghreb, China, Afghanistan, Ukraine…), English and Spanish last.
    pub const ALL: [Lang; 7] = [
        Lang::Fr,
        Lang::Ar,
        Lang::En,
        Lang::ZhHans,
        Lang::FaAf,
        Lang::Uk,
        Lang::Es,
    ];

    /// The BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::FaAf => "fa-AF",
            Lang::Es => "es",
            Lang::Uk => "uk",
            Lang::ZhHans => "zh-Hans",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The language's own name, in its own script.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::FaAf => "دری",
            Lang::Es => "Español",
            Lang::Uk => "Українська",
            Lang::ZhHans => "简体中文",
        }
    }

    /// The language a voice speaks it in, as speech services name languages (ISO 639-1): Dari is
    /// read by a Persian voice, simplified Chinese by a Mandarin one.
    pub fn voice_language(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::FaAf => "fa",
            Lang::Es => "es",
            Lang::Uk => "uk",
            Lang::ZhHans => "zh",
        }
    }

    pub fn rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::FaAf)
    }

    /// Every language but French is a machine translation, not yet reviewed by a person.
    pub fn machine_translated(self) -> bool {
        self != Lang::Fr
    }

    /// The interface strings (`locales/<tag>/passerelle.ftl`).
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::Fr => include_str!("../../../locales/fr/passerelle.ftl"),
            Lang::En => include_str!("../../../locales/en/passerelle.ftl"),
            Lang::Ar => include_str!("../../../locales/ar/passerelle.ftl"),
            Lang::FaAf => include_str!("../../../locales/fa-AF/passerelle.ftl"),
            Lang::Es => include_str!("../../../locales/es/passerelle.ftl"),
            Lang::Uk => include_str!("../../../locales/uk/passerelle.ftl"),
            Lang::ZhHans => include_str!("../../../locales/zh-Hans/passerelle.ftl"),
        }
    }

    fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|l| *l == self)
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// A `.ftl` file that did not parse: which file, which line, what Fluent said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Parses a Fluent file, every error with its line.
pub fn parse(file: &str, source: &str) -> Result<FluentResource, Vec<FtlError>> {
    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| FtlError {
                file: file.to_string(),
                line: source[..e.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1),
                message: format!("{:?}", e.kind),
            })
            .collect()
    })
}

/// A bundle for one language. Isolation marks (FSI/PDI) around arguments only where they help:
/// in right-to-left text, so that a Latin name or a number keeps its place.
pub fn bundle(lang: Lang, resource: FluentResource) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(lang.rtl());
    // Ids are unique within a file (checked by the completeness test), so nothing overrides.
    bundle.add_resource_overriding(resource);
    bundle
}

pub type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 7] = [const { OnceLock::new() }; 7];

/// The bundle of a language's interface strings, parsed on first use. A file that does not parse
/// (a test forbids it) gives an empty bundle: everything falls back to French.
fn ui_bundle(lang: Lang) -> &'static Bundle {
    BUNDLES[lang.index()].get_or_init(|| {
        let resource = parse(
            &format!("locales/{}/passerelle.ftl", lang.tag()),
            lang.ftl(),
        )
        .unwrap_or_else(|errors| {
            for e in errors {
                eprintln!("passerelle: {e}");
            }
            FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r)
        });
        bundle(lang, resource)
    })
}

/// Keys that fell back to French (or to the key itself), with their language, since start-up.
static MISSING: LazyLock<Mutex<BTreeSet<(Lang, String)>>> =
    LazyLock::new(|| Mutex::new(BTreeSet::new()));

pub fn missing() -> Vec<(Lang, String)> {
    MISSING
        .lock()
        .map(|m| m.iter().cloned().collect())
        .unwrap_or_default()
}

fn note_missing(lang: Lang, key: &str) {
    if let Ok(mut m) = MISSING.lock() {
        m.insert((lang, key.to_string()));
    }
}

/// An argument of a translated message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
arg_from_number!(i64, i32, u32, u8, u64, usize);

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// Formats `key` (a message, or `message.attribute`) of `bundle`, or `None` when it has no
/// such key.
pub fn format(bundle: &Bundle, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(text.into_owned())
}

/// A letter of a right-to-left script (Hebrew, Arabic and its presentation forms).
pub fn is_rtl_letter(c: char) -> bool {
    ('\u{0590}'..='\u{08FF}').contains(&c) || ('\u{FB1D}'..='\u{FEFF}').contains(&c)
}

/// A text in `lang` that starts with a Latin word, a number or an argument would be laid out
/// left to right by the first-strong-character rule (Unicode bidi P2); in Arabic and Dari it is
/// given a right-to-left mark first, so that the line reads from the right.
pub fn directed(lang: Lang, text: String) -> String {
    let starts_rtl = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_rtl_letter);
    let opens_with_isolate = text.starts_with('\u{2068}');
    if lang.rtl() && (!starts_rtl || opens_with_isolate) && !text.starts_with('\u{200F}') {
        format!("\u{200F}{text}")
    } else {
        text
    }
}

/// The interface string `key` in `lang`; French if the language lacks it.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    if let Some(text) = format(ui_bundle(lang), key, args) {
        return directed(lang, text);
    }
    note_missing(lang, key);
    if lang != Lang::Fr {
        if let Some(text) = format(ui_bundle(Lang::Fr), key, args) {
            return text;
        }
        note_missing(Lang::Fr, key);
    }
    key.to_string()
}

/// Whether `key` exists in `lang` or in French.
pub fn has_in(lang: Lang, key: &str) -> bool {
    [lang, Lang::Fr]
        .into_iter()
        .any(|l| format(ui_bundle(l), key, &[]).is_some())
}

/// `tl!(lang, "key")` or `tl!(lang, "key", name = value, …)`: the interface string in `lang`.
#[macro_export]
macro_rules! tl {
    ($lang:expr, $key:expr) => {
        $crate::i18n::tr_in($lang, $key, &[])
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_in($lang, $key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// The invisible marks that order right-to-left text on screen (marks, isolates, embeddings):
/// nothing a voice says nor a search looks for.
pub fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}')
}

/// "23 novembre 2026", "23 November 2026", "٢٣ نوفمبر 2026"… from a chrono date: the month's
/// name and the order come from the language's file (`month-N`, `date-long`).
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    let month = tr_in(lang, &format!("month-{}", date.month()), &[]);
    tl!(
        lang,
        "date-long",
        day = date.day(),
        month = month,
        year = date.year().to_string()
    )
}

/// "23/11/2026" in French, in the order the language writes short dates. In Arabic and Dari
/// the month is written out ("23 نوفمبر 2026"): how a numeric date's parts are ordered inside a
/// right-to-left line depends on the renderer's bidi handling, and 17/12 must never read 12/17.
pub fn short_date(lang: Lang, date: chrono::NaiveDate) -> String {
    if lang.rtl() {
        return long_date(lang, date);
    }
    tl!(
        lang,
        "date-short",
        day = format!("{:02}", date.day()),
        month = format!("{:02}", date.month()),
        year = date.year().to_string()
    )
}

/// An ASCII identifier for a French phrase: lower case, accents dropped, anything else a dash
/// ("numéro de la demande ANEF" → "numero-de-la-demande-anef").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !out.ends_with('-') {
            out.push(c);
        }
    }
    out.trim_matches('-').to_string()
}

/// Every message id and `id.attribute` a Fluent file defines, in order.
pub fn keys(resource: &FluentResource) -> Vec<String> {
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if m.value.is_some() {
                out.push(m.id.name.to_string());
            }
            for a in &m.attributes {
                out.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    out
}

/// How much of the French keys a language's file translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    pub lang: Lang,
    pub translated: usize,
    pub total: usize,
    /// French keys the language lacks.
    pub missing: Vec<String>,
    /// Keys the language has that French no longer has.
    pub stale: Vec<String>,
    /// Messages translated from a French text that has changed since (rule pack only): shown in
    /// French until translated again, and not counted as translated.
    pub outdated: Vec<String>,
}

impl Completeness {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// Compares the keys of a translation with the French ones.
pub fn compare(lang: Lang, french: &[String], translation: &[String]) -> Completeness {
    let fr: BTreeSet<&String> = french.iter().collect();
    let tr: BTreeSet<&String> = translation.iter().collect();
    Completeness {
        lang,
        translated: fr.intersection(&tr).count(),
        total: fr.len(),
        missing: fr.difference(&tr).map(|s| s.to_string()).collect(),
        stale: tr.difference(&fr).map(|s| s.to_string()).collect(),
        outdated: Vec::new(),
    }
}

/// The completeness of every language's interface file.
pub fn ui_completeness() -> Result<Vec<Completeness>, Vec<FtlError>> {
    let keys_of = |lang: Lang| {
        parse(
            &format!("locales/{}/passerelle.ftl", lang.tag()),
            lang.ftl(),
        )
        .map(|r| keys(&r))
    };
    let french = keys_of(Lang::Fr)?;
    Lang::ALL
        .into_iter()
        .map(|lang| Ok(compare(lang, &french, &keys_of(lang)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("ZH-hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("de"), None);
    }

    #[test]
    fn dates_in_the_language_asked() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(long_date(Lang::Fr, d), "23 novembre 2026");
        assert_eq!(short_date(Lang::Fr, d), "23/11/2026");
        let first = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        assert_eq!(long_date(Lang::Fr, first), "1er février 2027");
        assert_eq!(long_date(Lang::En, d), "23 November 2026");
        let ar = long_date(Lang::Ar, d);
        assert!(ar.contains("نوفمبر"), "{ar}");
        // A short date in Arabic spells the month out.
        assert_eq!(short_date(Lang::Ar, d), ar);
    }

    #[test]
    fn missing_key_falls_back_to_french_and_is_counted() {
        let fr = parse("fr.ftl", "only-fr = Bonjour { $name }\n").unwrap();
        let en = parse("en.ftl", "other = Hello\n").unwrap();
        let (fr, en) = (bundle(Lang::Fr, fr), bundle(Lang::En, en));
        assert_eq!(
            format(&fr, "only-fr", &[("name", Arg::from("Amina"))]).as_deref(),
            Some("Bonjour Amina")
        );
        assert_eq!(format(&en, "only-fr", &[]), None);
        // Through the real files: a key French lacks comes back as itself and is counted.
        let shown = tr_in(Lang::En, "no-such-key-anywhere", &[]);
        assert_eq!(shown, "no-such-key-anywhere");
        assert!(missing().contains(&(Lang::En, "no-such-key-anywhere".to_string())));
        assert!(missing().contains(&(Lang::Fr, "no-such-key-anywhere".to_string())));
    }

    #[test]
    fn broken_ftl_names_its_line() {
        let errors = parse("x.ftl", "ok = fine\n\nbroken = { $\n").unwrap_err();
        assert_eq!(errors[0].file, "x.ftl");
        assert_eq!(errors[0].line, 3, "{errors:?}");
    }

    #[test]
    fn rtl_lines_that_start_with_latin_get_a_right_to_left_mark() {
        let d = |lang, s: &str| directed(lang, s.to_string());
        assert_eq!(
            d(Lang::Ar, "Passerelle — قواعد"),
            "\u{200F}Passerelle — قواعد"
        );
        assert_eq!(
            d(Lang::Ar, "\u{2068}Calvados\u{2069}: تاريخ"),
            "\u{200F}\u{2068}Calvados\u{2069}: تاريخ"
        );
        assert_eq!(d(Lang::Ar, "قواعد Passerelle"), "قواعد Passerelle");
        assert_eq!(d(Lang::FaAf, "ANEF: دری"), "\u{200F}ANEF: دری");
        assert_eq!(d(Lang::En, "Passerelle"), "Passerelle");
        assert_eq!(d(Lang::Ar, &d(Lang::Ar, "x")), "\u{200F}x", "marked once");
    }

    #[test]
    fn rtl_bundles_isolate_arguments() {
        let res = || parse("t.ftl", "m = a { $x } b\n").unwrap();
        let args = [("x", Arg::from("Amina"))];
        let ar = format(&bundle(Lang::Ar, res()), "m", &args).unwrap();
        let en = format(&bundle(Lang::En, res()), "m", &args).unwrap();
        assert_eq!(en, "a Amina b");
        assert_eq!(ar, "a \u{2068}Amina\u{2069} b");
    }
}
