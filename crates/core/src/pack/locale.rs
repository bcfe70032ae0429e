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
//! Above each message, a comment records the French it was translated from (`# fr: 1a2b3c4d`,
//! a fingerprint of the rule's French texts, see [`RulePack::fingerprints`]). When a rule's
//! French changes, its translation is *outdated*: an answer in another language must not keep
//! instructions the French no longer gives, so the rule shows in French until someone
//! translates it again (`passerelle languages` lists it, `passerelle pack strings` marks it).
//!
//! [`RulePack::localized`] gives a copy of the pack whose texts are in one language, French
//! wherever a translation is missing or outdated (counted); rule matching never looks at text,
//! so answers are the same in every language. Letters keep using the French pack ([`RulePack::french`]).
//! Not translated, on purpose: quotes of the sources (the text the law or the préfecture wrote),
//! source titles (names of documents), département and sous-préfecture names, addresses.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use sha2::{Digest, Sha256};

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
    for r in &mut pack.limits {
        meta(&mut r.meta, f);
    }
    for r in &mut pack.glossary {
        let key = meta(&mut r.meta, f);
        let e = Arc::make_mut(&mut r.effect);
        f(&format!("{key}.term"), &mut e.term);
        f(&format!("{key}.words"), &mut e.forms);
        f(&format!("{key}.text"), &mut e.text);
    }
    for r in &mut pack.letters {
        meta(&mut r.meta, f);
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

    /// Per message (rule), a fingerprint of its French texts: the first 8 hex digits of the
    /// SHA-256 of its attribute names and texts. A translation records the fingerprint it was
    /// made from.
    pub fn fingerprints(&self) -> BTreeMap<String, String> {
        fingerprints_of(&self.texts())
    }

    /// A copy of the pack whose texts are in `lang`, French where the pack has no translation
    /// or an outdated one.
    pub fn localized(self: &Arc<Self>, lang: Lang) -> Arc<RulePack> {
        let french = match &self.original {
            Some(original) => original.clone(),
            None => self.clone(),
        };
        if lang == Lang::Fr {
            return french;
        }
        let mut copy = (*french).clone();
        if let Some(Translation {
            bundle, outdated, ..
        }) = french.translation(lang, &french.fingerprints())
        {
            visit(&mut copy, &mut |key, text| {
                if outdated.contains(message_of(key)) {
                    return;
                }
                if let Some(t) = i18n::format(&bundle, key, &[]) {
                    *text = i18n::directed(lang, t);
                }
            });
        }
        copy.lang = lang;
        copy.original = Some(french);
        Arc::new(copy)
    }

    /// The pack's translation into `lang`, with the messages made from an older French (or not
    /// saying from which) than `fingerprints` (the French pack's): the French pack's
    /// translation, whatever `self` is.
    fn translation(
        &self,
        lang: Lang,
        fingerprints: &BTreeMap<String, String>,
    ) -> Option<Translation> {
        let french = self.french();
        let source = french.translations.get(&lang)?;
        let resource = i18n::parse(&translation_file(lang), source).ok()?;
        let recorded = recorded_fingerprints(source);
        let keys = i18n::keys(&resource);
        let translated: BTreeSet<&str> = keys.iter().map(|k| message_of(k)).collect();
        let outdated = fingerprints
            .iter()
            .filter(|(message, now)| {
                translated.contains(message.as_str()) && recorded.get(*message) != Some(*now)
            })
            .map(|(message, _)| message.clone())
            .collect();
        Some(Translation {
            bundle: i18n::bundle(lang, resource),
            keys,
            outdated,
        })
    }

    /// How complete each language's translation of the pack is (French: the reference). Texts
    /// of outdated messages count as not translated.
    pub fn completeness(&self) -> Vec<PackCompleteness> {
        let texts = self.texts();
        let fingerprints = fingerprints_of(&texts);
        let french: Vec<String> = texts.into_iter().map(|(k, _)| k).collect();
        Lang::ALL
            .into_iter()
            .map(|lang| {
                if lang == Lang::Fr {
                    return i18n::compare(lang, &french, &french);
                }
                let Some(t) = self.translation(lang, &fingerprints) else {
                    return i18n::compare(lang, &french, &[]);
                };
                let mut c = i18n::compare(lang, &french, &t.keys);
                let has: BTreeSet<&String> = t.keys.iter().collect();
                c.translated -= french
                    .iter()
                    .filter(|k| has.contains(k) && t.outdated.contains(message_of(k)))
                    .count();
                c.outdated = t.outdated.into_iter().collect();
                c
            })
            .collect()
    }
}

/// [`RulePack::fingerprints`] from the pack's texts.
fn fingerprints_of(texts: &[(String, String)]) -> BTreeMap<String, String> {
    let mut hashers: BTreeMap<String, Sha256> = BTreeMap::new();
    for (key, text) in texts {
        let (message, attribute) = key.split_once('.').unwrap_or((key.as_str(), ""));
        let hasher = hashers.entry(message.to_string()).or_default();
        hasher.update(attribute.as_bytes());
        hasher.update([0x1f]);
        hasher.update(text.as_bytes());
        hasher.update([0x1e]);
    }
    hashers
        .into_iter()
        .map(|(message, hasher)| {
            let digest = hasher.finalize();
            let hex = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
            (message, hex)
        })
        .collect()
}

/// A language's translation of a pack.
struct Translation {
    bundle: i18n::Bundle,
    /// Every text key the translation has.
    keys: Vec<String>,
    /// Messages whose recorded French fingerprint is not today's.
    outdated: BTreeSet<String>,
}

/// The message of a text key: `r-14-x` for `r-14-x.summary`.
fn message_of(key: &str) -> &str {
    key.split_once('.').map_or(key, |(message, _)| message)
}

/// The comment line above a message that records the French it was translated from.
const FROM_FRENCH: &str = "fr:";

/// Each message's recorded fingerprint (`# fr: 1a2b3c4d` in the comment just above it). The
/// full Fluent parser, because the one bundles use drops comments.
fn recorded_fingerprints(source: &str) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let stamp = m.comment.as_ref().and_then(|c| {
                c.content
                    .iter()
                    .find_map(|line| line.trim().strip_prefix(FROM_FRENCH))
            });
            if let Some(stamp) = stamp {
                out.insert(m.id.name.to_string(), stamp.trim().to_string());
            }
        }
    }
    out
}

/// Where a language's translation lives in a pack.
pub fn translation_file(lang: Lang) -> String {
    format!("locales/{}.ftl", lang.tag())
}

/// A translation template for `lang`: every key of the pack, translated where `existing` has
/// it, otherwise the French as a value to translate (marked with a comment).
pub fn template(pack: &RulePack, lang: Lang) -> String {
    let fingerprints = pack.french().fingerprints();
    let existing = pack.translation(lang, &fingerprints);
    let mut by_message: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    let mut order = Vec::new();
    for (key, french) in pack.texts() {
        let (message, attribute) = key.split_once('.').unwrap_or((key.as_str(), ""));
        let done = existing
            .as_ref()
            .filter(|t| !t.outdated.contains(message))
            .and_then(|t| i18n::format(&t.bundle, &key, &[]));
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
        let was_outdated = existing
            .as_ref()
            .is_some_and(|t| t.outdated.contains(&message));
        if was_outdated {
            out.push_str(
                "# TODO translate again: the French has changed since it was translated\n",
            );
        } else if !todo.is_empty() {
            out.push_str(&format!("# TODO translate: {}\n", todo.join(", ")));
        }
        if let Some(fingerprint) = fingerprints.get(&message) {
            out.push_str(&format!("# {FROM_FRENCH} {fingerprint}\n"));
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
    fn a_translation_of_an_older_french_is_not_shown() {
        let mut pack = RulePack::bundled().unwrap();
        let changed = rule_key(&pack.channels[0].meta.id);
        let other = rule_key(&pack.channels[1].meta.id);
        let before = pack.fingerprints();
        Arc::make_mut(&mut pack.channels[0].effect)
            .summary
            .push_str(" Nouvelle consigne.");
        assert_ne!(before[&changed], pack.fingerprints()[&changed]);
        assert_eq!(before[&other], pack.fingerprints()[&other]);

        let pack = Arc::new(pack);
        let ar = pack.localized(Lang::Ar);
        // The whole rule falls back to French, title included; the next rule stays in Arabic.
        assert_eq!(
            ar.channels[0].effect.summary,
            pack.channels[0].effect.summary
        );
        assert_eq!(ar.channels[0].meta.title, pack.channels[0].meta.title);
        assert_ne!(ar.channels[1].meta.title, pack.channels[1].meta.title);

        let arabic = &pack.completeness()[1];
        assert_eq!(arabic.lang, Lang::Ar);
        assert_eq!(arabic.outdated, vec![changed.clone()]);
        let texts_of_changed = pack
            .texts()
            .iter()
            .filter(|(k, _)| message_of(k) == changed)
            .count();
        assert_eq!(arabic.translated, arabic.total - texts_of_changed);

        // The template gives the new French to translate again, with its new fingerprint.
        let ftl = template(&pack, Lang::Ar);
        let at = ftl.find(&format!("\n{changed} =\n")).unwrap();
        let above = &ftl[..at];
        assert!(above.ends_with(&format!(
            "# TODO translate again: the French has changed since it was translated\n# fr: {}",
            pack.fingerprints()[&changed]
        )));
        assert!(ftl[at..].contains("Nouvelle consigne."));
    }

    #[test]
    fn a_translation_that_does_not_say_its_french_is_outdated() {
        let mut pack = RulePack::bundled().unwrap();
        let source = pack.translations[&Lang::En].replace("# fr:", "# from:");
        pack.translations.insert(Lang::En, source.into());
        let english = pack
            .completeness()
            .into_iter()
            .find(|c| c.lang == Lang::En)
            .unwrap();
        assert_eq!(english.translated, 0);
        assert_eq!(english.outdated.len(), pack.fingerprints().len());
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
