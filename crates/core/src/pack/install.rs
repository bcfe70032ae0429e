//! Installing a newer rule pack without a new release, and going back. Installed packs live in
//! `DATA/rules/current` (and the one before it in `DATA/rules/previous`); the pack built into the
//! binary stays the last fallback. A pack is checked completely — signature, then every rule —
//! before it replaces anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::signature::{self, SignatureError, TrustedKey, SIGNATURE_FILE};
use super::{Dim, PackFiles, Rule, RulePack};
use crate::facts::Request;
use crate::store::atomic::sync_dir;
use crate::store::write_atomic;

pub const RULES_DIR: &str = "rules";
pub const CURRENT: &str = "current";
pub const PREVIOUS: &str = "previous";

/// Where the pack in use comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackOrigin {
    Bundled,
    Installed(PathBuf),
    /// `--pack DIR`, unchecked signature (for rule authors).
    Directory(PathBuf),
    /// An installed pack exists but cannot be used (the reason): the bundled one is used.
    BundledInstead(String),
}

/// Which keys a pack may be signed with: test keys only when asked (tests, CI).
pub fn allow_test_keys() -> bool {
    std::env::var_os("PASSERELLE_ALLOW_TEST_KEY").is_some_and(|v| v == "1")
}

pub fn current_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(RULES_DIR).join(CURRENT)
}

pub fn previous_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(RULES_DIR).join(PREVIOUS)
}

/// Reads, verifies and loads a signed pack directory.
pub fn load_signed(
    dir: &Path,
    allow_test: bool,
) -> Result<(RulePack, &'static TrustedKey), String> {
    let files = PackFiles::from_dir(dir).map_err(|e| e.to_string())?;
    let key = signature::verify(&files, allow_test).map_err(|e| e.to_string())?;
    let pack = super::load(&files).map_err(|e| format!("the rules are not valid:\n{e}"))?;
    let broken = pack.check_translations(&files.origin);
    if !broken.is_empty() {
        return Err(format!(
            "the rules are not valid:\n{}",
            super::PackErrors(broken)
        ));
    }
    Ok((pack, key))
}

/// The pack to use: the installed one if it is there and sound, else the bundled one.
/// `allow_test`: whether an installed pack signed with a test key counts as sound.
pub fn active(
    data_dir: Option<&Path>,
    allow_test: bool,
) -> (Result<RulePack, super::PackErrors>, PackOrigin) {
    if let Some(data) = data_dir {
        let dir = current_dir(data);
        if dir.join("pack.ron").exists() {
            match load_signed(&dir, allow_test) {
                Ok((pack, _)) => return (Ok(pack), PackOrigin::Installed(dir)),
                Err(why) => {
                    return (
                        RulePack::bundled(),
                        PackOrigin::BundledInstead(format!("{}: {why}", dir.display())),
                    )
                }
            }
        }
    }
    (RulePack::bundled(), PackOrigin::Bundled)
}

/// What a new pack changes compared with the one in use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    /// Département codes whose rules change ("toutes" for national rules).
    pub departements: BTreeSet<String>,
    /// Procedures (request values) whose rules change ("toutes" when a rule tests none).
    pub procedures: BTreeSet<String>,
    /// Sources checked again: (id, old date, new date).
    pub rechecked: Vec<(String, NaiveDate, NaiveDate)>,
    /// Per language, the rules of the new pack translated from an older French: they read in
    /// French in that language until translated again.
    pub outdated: Vec<(crate::i18n::Lang, Vec<String>)>,
}

impl PackDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.rechecked.is_empty()
    }

    /// A few lines for people: counts, then what is affected.
    pub fn summary(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "{} rule(s) added, {} changed, {} removed; {} source(s) checked again",
            self.added.len(),
            self.changed.len(),
            self.removed.len(),
            self.rechecked.len()
        )];
        if !self.departements.is_empty() {
            lines.push(format!(
                "départements: {}",
                self.departements
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if !self.procedures.is_empty() {
            lines.push(format!(
                "procedures: {}",
                self.procedures
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        for (what, ids) in [
            ("added", &self.added),
            ("changed", &self.changed),
            ("removed", &self.removed),
        ] {
            if !ids.is_empty() {
                lines.push(format!("{what}: {}", ids.join(", ")));
            }
        }
        for (id, old, new) in &self.rechecked {
            lines.push(format!("source {id} checked on {new} (was {old})"));
        }
        for (lang, messages) in &self.outdated {
            lines.push(format!(
                "{}: {} rule(s) translated from an older French, shown in French until translated again: {}",
                lang.tag(),
                messages.len(),
                messages.join(", ")
            ));
        }
        lines
    }
}

/// Everything that makes a rule what it is, but not where it sits in its file.
fn fingerprint<E: Debug>(r: &Rule<E>) -> String {
    let m = &r.meta;
    let sources: Vec<_> = m
        .sources
        .iter()
        .map(|s| (s.source.id.as_str(), s.quote.as_str()))
        .collect();
    format!(
        "{}|{:?}|{:?}|{:?}|{sources:?}|{:?}|{:?}",
        m.title, m.valid_from, m.valid_until, m.doubt, r.cond, r.effect
    )
}

/// What a rule touches: its département (or "toutes") and the procedures it tests.
fn scope<E>(pack: &RulePack, r: &Rule<E>) -> (Vec<String>, Vec<String>) {
    let bit = |d: Dim| r.cond.constrained & (1 << d as u16) != 0;
    let departements = if bit(Dim::Departement) {
        pack.departements
            .iter()
            .enumerate()
            .filter(|(i, _)| r.cond.masks[Dim::Departement as usize] & (1u128 << i) != 0)
            .map(|(_, d)| d.code.clone())
            .collect()
    } else {
        vec!["toutes".to_string()]
    };
    let procedures = if bit(Dim::Request) {
        Request::ALL
            .iter()
            .filter(|q| r.cond.masks[Dim::Request as usize] & (1u128 << q.index()) != 0)
            .map(|q| q.as_str().to_string())
            .collect()
    } else {
        vec!["toutes".to_string()]
    };
    (departements, procedures)
}

fn rules_of(pack: &RulePack) -> BTreeMap<String, (String, Vec<String>, Vec<String>)> {
    let mut out = BTreeMap::new();
    macro_rules! add {
        ($($field:ident),*) => {$(
            for r in &pack.$field {
                let (d, p) = scope(pack, r);
                out.insert(r.meta.id.clone(), (fingerprint(r), d, p));
            }
        )*};
    }
    add!(
        channels,
        refusals,
        deadlines,
        provisional,
        documents,
        escalation,
        notes
    );
    out
}

pub fn diff(old: &RulePack, new: &RulePack) -> PackDiff {
    let before = rules_of(old);
    let after = rules_of(new);
    let mut d = PackDiff::default();
    let touch = |d: &mut PackDiff, deps: &[String], procs: &[String]| {
        d.departements.extend(deps.iter().cloned());
        d.procedures.extend(procs.iter().cloned());
    };
    for (id, (print, deps, procs)) in &after {
        match before.get(id) {
            None => {
                d.added.push(id.clone());
                touch(&mut d, deps, procs);
            }
            Some((old_print, old_deps, old_procs)) if old_print != print => {
                d.changed.push(id.clone());
                touch(&mut d, deps, procs);
                touch(&mut d, old_deps, old_procs);
            }
            Some(_) => {}
        }
    }
    for (id, (_, deps, procs)) in &before {
        if !after.contains_key(id) {
            d.removed.push(id.clone());
            touch(&mut d, deps, procs);
        }
    }
    for s in &new.sources {
        if let Some(o) = old.sources.iter().find(|o| o.id == s.id) {
            if s.checked > o.checked {
                d.rechecked.push((s.id.clone(), o.checked, s.checked));
            }
        }
    }
    d.outdated = new
        .completeness()
        .into_iter()
        .filter(|c| !c.outdated.is_empty())
        .map(|c| (c.lang, c.outdated))
        .collect();
    d
}

/// Whether `new` is older than `old` (by publication date, then version).
pub fn is_older(new: &RulePack, old: &RulePack) -> bool {
    (new.meta.published, &new.meta.version) < (old.meta.published, &old.meta.version)
}

/// What an installation did.
#[derive(Debug, Clone)]
pub struct Installed {
    pub from_version: String,
    pub to_version: String,
    pub signer: &'static str,
    pub diff: PackDiff,
}

/// Checks the pack in `source` completely, then makes it the pack in use; the pack in use
/// before it becomes `previous` (the one before that is dropped). Nothing changes on any error.
pub fn install(
    data_dir: &Path,
    source: &Path,
    force: bool,
    allow_test: bool,
) -> Result<Installed, String> {
    let files = PackFiles::from_dir(source).map_err(|e| e.to_string())?;
    let key = signature::verify(&files, allow_test)
        .map_err(|e: SignatureError| format!("{}: refused: {e}", source.display()))?;
    let new = super::load(&files).map_err(|e| {
        format!(
            "{}: refused: the rules are not valid:\n{e}",
            source.display()
        )
    })?;
    let (old, _) = active(Some(data_dir), allow_test);
    let old = old.map_err(|e| format!("the pack in use cannot be read: {e}"))?;
    if is_older(&new, &old) && !force {
        return Err(format!(
            "{}: refused: pack {} ({}) is older than the one in use, {} ({}); use --force to install it anyway",
            source.display(),
            new.meta.version,
            new.meta.published,
            old.meta.version,
            old.meta.published
        ));
    }
    let rules = data_dir.join(RULES_DIR);
    fs::create_dir_all(&rules).map_err(|e| format!("{}: {e}", rules.display()))?;
    // Write the new pack beside, complete and flushed, before touching the current one.
    let incoming = rules.join(format!("incoming-{}", std::process::id()));
    let _ = fs::remove_dir_all(&incoming);
    write_files(&incoming, &files)?;
    let current = current_dir(data_dir);
    let previous = previous_dir(data_dir);
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    if current.exists() {
        if previous.exists() {
            fs::remove_dir_all(&previous).map_err(|e| io(&previous, e))?;
        }
        fs::rename(&current, &previous).map_err(|e| io(&current, e))?;
    }
    fs::rename(&incoming, &current).map_err(|e| io(&incoming, e))?;
    sync_dir(&rules).map_err(|e| io(&rules, e))?;
    Ok(Installed {
        from_version: old.meta.version.clone(),
        to_version: new.meta.version.clone(),
        signer: key.name,
        diff: diff(&old, &new),
    })
}

fn write_files(dir: &Path, files: &PackFiles) -> Result<(), String> {
    for (name, text) in &files.files {
        if name.split('/').any(|part| part == ".." || part.is_empty()) {
            return Err(format!(
                "refused: file name \"{name}\" is not allowed in a pack"
            ));
        }
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Goes back to the pack in use before the last installation (or to the bundled pack when
/// there was none). Returns the version now in use.
pub fn rollback(data_dir: &Path, allow_test: bool) -> Result<String, String> {
    let current = current_dir(data_dir);
    let previous = previous_dir(data_dir);
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    if !current.exists() {
        return Err("no installed pack: the bundled pack is already in use".into());
    }
    let dropped = data_dir
        .join(RULES_DIR)
        .join(format!("rolled-back-{}", std::process::id()));
    fs::rename(&current, &dropped).map_err(|e| io(&current, e))?;
    if previous.exists() {
        fs::rename(&previous, &current).map_err(|e| io(&previous, e))?;
    }
    sync_dir(&data_dir.join(RULES_DIR)).map_err(|e| io(data_dir, e))?;
    let _ = fs::remove_dir_all(&dropped);
    let (pack, _) = active(Some(data_dir), allow_test);
    Ok(pack.map(|p| p.meta.version).unwrap_or_else(|_| "?".into()))
}

/// Writes `DIR/signature.ron` for the pack in DIR with the key in `key_file`.
pub fn sign_dir(dir: &Path, key_file: &Path) -> Result<String, String> {
    let text = fs::read_to_string(key_file).map_err(|e| format!("{}: {e}", key_file.display()))?;
    let key = signature::read_secret_key(&text).ok_or_else(|| {
        format!(
            "{}: not a signing key (a line \"passerelle-secret-key: HEX\" is expected)",
            key_file.display()
        )
    })?;
    let files = PackFiles::from_dir(dir).map_err(|e| e.to_string())?;
    // Sign only what loads: a broken pack is not worth a signature.
    super::load(&files).map_err(|e| format!("the pack is not valid:\n{e}"))?;
    let sig = signature::sign(&files, &key);
    let path = dir.join(SIGNATURE_FILE);
    write_atomic(&path, signature::signature_text(&sig).as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(sig.public_key)
}

/// The `n` rules whose sources were checked longest ago: (rule id, oldest check date).
pub fn least_recently_checked(pack: &RulePack, n: usize) -> Vec<(String, NaiveDate)> {
    let mut rules: Vec<_> = pack
        .rule_metas()
        .into_iter()
        .filter_map(|m| {
            let oldest = m.sources.iter().map(|s| s.source.checked).min()?;
            Some((m.id.clone(), oldest))
        })
        .collect();
    rules.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    rules.truncate(n);
    rules
}
