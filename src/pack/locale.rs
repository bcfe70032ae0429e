//! The rule pack's texts in the person's language. French, in the `.ron` files, is the
//! authoritative text; a pack carries translations of it in `locales/<tag>.ftl`, signed with
//! the rest of the pack. Each rule's texts are the attributes of one Fluent message named after
//! the rule (`fallback.prefecture` → `r-fallback-prefecture`):
//!
//! ```ftl
//! r-fallback-prefecture =
//!     .title = Request at the préfecture of where you live (general case)
//!     .summary = …
//!     .instructions-1 = …
//! ```
//!
//! [`RulePack::localized`] gives a copy of the pack whose texts are in one language, French
//! wherever a translation is missing (counted); rule matching never looks at text, so answers
//! are the same in every language. Letters keep using the French pack ([`RulePack::french`]).
//! Not translated, on purpose: quotes of the sources (the text the law or the préfecture wrote),
//! source titles (names of documents), département and sous-préfecture names, addresses.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{DeadlineEffect, Right, RuleMeta, RulePack};
use crate::i18n::{self, Lang};

/// The Fluent message of a rule: `r-` and its id with dots as dashes.
pub fn rule_key(id: &str) -> String {
    format!("r-{}", id.replace('.', "-"))
}

/// Calls `f` with the key and a mutable reference of every translatable text of the pack.
fn visit(pack: &mut RulePack, f: &mut dyn FnMut(&str, &mut String)) {
    fn list(key: &str, name: &str, items: &mut [String], f: &mut dyn FnMut(&str, &mut String)) {
        for (i, item) in items.iter_mut().enumerate() {
            f(&format!("{key}.{name}-{}", i + 1), item);
        }
    }
    fn opt(key: &str, name: &str, item: &mut Option<String>, f: &mut dyn FnMut(&str, &mut String)) {
        if let Some(text) = item {
            f(&format!("{key}.{name}"), text);
        }
    }
    fn meta(m: &mut Arc<RuleMeta>, f: &mut dyn FnMut(&str, &mut String)) -> String {
        let key = rule_key(&m.id);
        let m = Arc::make_mut(m);
        f(&format!("{key}.title"), &mut m.title);
        opt(&key, "doubt", &mut m.doubt, f);
        key
    }
    for r in &mut pack.channels {
        let key = meta(&mut r.meta, f);
        let e = Arc::make_mut(&mut r.effect);
        f(&format!("{key}.summary"), &mut e.summary);
        opt(&key, "hours", &mut e.hours, f);
        list(&key, "instructions", &mut e.instructions, f);
    }
    for r in &mut pack.refusals {
        let key = meta(&mut r.meta, f);
        f(
            &format!("{key}.message"),
            &mut Arc::make_mut(&mut r.effect).message,
        );
    }
    for r in &mut pack.deadlines {
        let key = meta(&mut r.meta, f);
        match Arc::make_mut(&mut r.effect) {
            DeadlineEffect::FilingWindow { label, late, .. } => {
                f(&format!("{key}.label"), label);
                list(&key, "late", late, f);
            }
            DeadlineEffect::ImplicitRejection {
                label, then_what, ..
            } => {
                f(&format!("{key}.label"), label);
                list(&key, "then-what", then_what, f);
            }
            DeadlineEffect::Notice { label, text } => {
                f(&format!("{key}.label"), label);
                f(&format!("{key}.text"), text);
            }
        }
    }
    for r in &mut pack.provisional {
        let key = meta(&mut r.meta, f);
        let e = Arc::make_mut(&mut r.effect);
        f(&format!("{key}.summary"), &mut e.summary);
        opt(&key, "validity", &mut e.validity, f);
        let rights = &mut e.rights;
        for (name, right) in [
            ("lawful-stay", &mut rights.lawful_stay),
            ("work", &mut rights.work),
            ("social-rights", &mut rights.social_rights),
            ("travel", &mut rights.travel),
        ] {
            if let Right::Conditional(text) = right {
                f(&format!("{key}.{name}"), text);
            }
        }
    }
    for r in &mut pack.documents {
        let key = meta(&mut r.meta, f);
        let e = Arc::make_mut(&mut r.effect);
        f(&format!("{key}.label"), &mut e.label);
        opt(&key, "details", &mut e.details, f);
        opt(&key, "amount", &mut e.amount, f);
    }
    for r in &mut pack.escalation {
        let key = meta(&mut r.meta, f);
        let e = Arc::make_mut(&mut r.effect);
        f(&format!("{key}.label"), &mut e.label);
        list(&key, "details", &mut e.details, f);
        for (i, c) in e.contacts.iter_mut().enumerate() {
            if let Some(hours) = &mut c.hours {
                f(&format!("{key}.hours-{}", i + 1), hours);
            }
        }
    }
    for r in &mut pack.notes {
        let key = meta(&mut r.meta, f);
        f(
            &format!("{key}.text"),
            &mut Arc::make_mut(&mut r.effect).text,
        );
    }
}

/// How much of a pack a language translates.
pub type PackCompleteness = i18n::Completeness;

impl RulePack {
    /// Every translatable text of the pack: its key and its French.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut copy = self.french().clone();
        let mut out = Vec::new();
        visit(&mut copy, &mut |key, text| {
            out.push((key.to_string(), text.clone()))
        });
        out
    }

    /// The authoritative French pack (itself, when it is not a translation).
    pub fn french(&self) -> &RulePack {
        self.original.as_deref().unwrap_or(self)
    }

    /// The language of the pack's texts.
    pub fn language(&self) -> Lang {
        self.lang
    }

    /// A copy of the pack whose texts are in `lang`, French where the pack has no translation.
    pub fn localized(self: &Arc<Self>, lang: Lang) -> Arc<RulePack> {
        let french = match &self.original {
            Some(original) => original.clone(),
            None => self.clone(),
        };
        if lang == Lang::Fr {
            return french;
        }
        let mut copy = (*french).clone();
        if let Some(bundle) = french.bundle(lang) {
            visit(&mut copy, &mut |key, text| {
                if let Some(t) = i18n::format(&bundle, key, &[]) {
                    *text = i18n::directed(lang, t);
                }
            });
        }
        copy.lang = lang;
        copy.original = Some(french);
        Arc::new(copy)
    }

    fn bundle(&self, lang: Lang) -> Option<i18n::Bundle> {
        let source = self.translations.get(&lang)?;
        let resource = i18n::parse(&translation_file(lang), source).ok()?;
        Some(i18n::bundle(lang, resource))
    }

    /// How complete each language's translation of the pack is (French: the reference).
    pub fn completeness(&self) -> Vec<PackCompleteness> {
        let french: Vec<String> = self.texts().into_iter().map(|(k, _)| k).collect();
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let keys = if lang == Lang::Fr {
                    french.clone()
                } else {
                    self.french()
                        .translations
                        .get(&lang)
                        .and_then(|s| i18n::parse(&translation_file(lang), s).ok())
                        .map(|r| i18n::keys(&r))
                        .unwrap_or_default()
                };
                i18n::compare(lang, &french, &keys)
            })
            .collect()
    }
}

/// Where a language's translation lives in a pack.
pub fn translation_file(lang: Lang) -> String {
    format!("locales/{}.ftl", lang.tag())
}

/// A translation template for `lang`: every key of the pack, translated where `existing` has
/// it, otherwise the French as a value to translate (marked with a comment).
pub fn template(pack: &RulePack, lang: Lang) -> String {
    let existing = pack.french().bundle(lang);
    let mut by_message: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    let mut order = Vec::new();
    for (key, french) in pack.texts() {
        let (message, attribute) = key.split_once('.').unwrap_or((key.as_str(), ""));
        let done = existing.as_ref().and_then(|b| i18n::format(b, &key, &[]));
        if !by_message.contains_key(message) {
            order.push(message.to_string());
        }
        by_message.entry(message.to_string()).or_default().push((
            attribute.to_string(),
            done.clone().unwrap_or(french),
            done.is_some(),
        ));
    }
    let mut out = format!(
        "# Passerelle rule pack — texts in {} ({}). French, in the .ron files, is authoritative.\n\
         # Generated by `passerelle pack strings {}`; lines marked TODO are still in French.\n\n",
        lang.native_name(),
        lang.tag(),
        lang.tag()
    );
    for message in order {
        let attributes = &by_message[&message];
        let todo: Vec<&str> = attributes
            .iter()
            .filter(|(_, _, done)| !done)
            .map(|(a, _, _)| a.as_str())
            .collect();
        if !todo.is_empty() {
            out.push_str(&format!("# TODO translate: {}\n", todo.join(", ")));
        }
        out.push_str(&format!("{message} =\n"));
        for (attribute, text, _) in attributes {
            out.push_str(&format!("    .{attribute} = {}\n", ftl_escape(text)));
        }
        out.push('\n');
    }
    out
}

/// A text as a one-line Fluent value: braces are placeables in Fluent, so they are quoted.
fn ftl_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    // A value may not start with these characters (they open a variant, an attribute or a
    // comment-like construct) or with spaces.
    if out.starts_with(['[', '*', '.']) {
        out = format!("{{\"{}\"}}{}", &out[..1], &out[1..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_distinct_key() {
        let pack = RulePack::bundled().unwrap();
        let mut seen = std::collections::HashSet::new();
        for m in pack.rule_metas() {
            assert!(seen.insert(rule_key(&m.id)), "{} collides", m.id);
        }
        let texts = pack.texts();
        let keys: std::collections::HashSet<_> = texts.iter().map(|(k, _)| k).collect();
        assert_eq!(keys.len(), texts.len(), "a text key is used twice");
    }

    #[test]
    fn template_round_trips_through_fluent() {
        let pack = RulePack::bundled().unwrap();
        let ftl = template(&pack, Lang::Fr);
        let resource = i18n::parse("fr.ftl", &ftl).unwrap_or_else(|e| panic!("{e:?}"));
        let bundle = i18n::bundle(Lang::Fr, resource);
        for (key, french) in pack.texts() {
            assert_eq!(
                i18n::format(&bundle, &key, &[]).as_deref(),
                Some(french.replace('\n', " ").as_str()),
                "{key}"
            );
        }
    }

    #[test]
    fn localized_pack_answers_the_same_in_other_words() {
        let pack = Arc::new(RulePack::bundled().unwrap());
        let en = pack.localized(Lang::En);
        assert_eq!(en.language(), Lang::En);
        assert_eq!(en.french().language(), Lang::Fr);
        assert_eq!(en.rule_count(), pack.rule_count());
        let (fr_texts, en_texts) = (pack.texts(), en.texts());
        assert_eq!(fr_texts, en_texts, "texts() always gives the French");
        let first = &pack.channels[0];
        let translated = &en.channels[0];
        assert_eq!(first.meta.id, translated.meta.id);
        if en.completeness()[Lang::ALL.iter().position(|l| *l == Lang::En).unwrap()].translated > 0
        {
            assert_ne!(first.effect.summary, translated.effect.summary);
        }
    }
}
