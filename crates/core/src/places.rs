//! Communes of France, found by name, former name or postcode, from the official administrative
//! division (INSEE's Code officiel géographique with La Poste's postcodes, as Etalab publishes it:
//! `assets/places/`, written by `tools/places-data.py`). Read on first use, never at start-up.
//!
//! The data stays one text in memory (a place is one of its lines, read when shown) with a small
//! fixed-size entry per place, so that 37,000 places take about 3 MB rather than one allocation
//! per field.

use std::fmt;
use std::io::Read;

use crate::text::fold;

/// The data built into the program, and the version it declares.
pub const DATA: &[u8] = include_bytes!("../../../assets/places/communes.tsv.z");
pub const DATA_VERSION: &str = include_str!("../../../assets/places/VERSION");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A commune as it is today.
    Commune,
    /// A former commune merged into a commune nouvelle (found under its old name).
    Delegated,
    /// A former commune associated with another.
    Associated,
    /// An arrondissement of Paris, Lyon or Marseille (its commune is the city).
    MunicipalArrondissement,
}

/// One place, read from its line of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// INSEE code.
    pub code: &'a str,
    pub name: &'a str,
    pub departement: &'a str,
    /// INSEE arrondissement code (e.g. `931` for Bobigny), empty where there is none.
    pub arrondissement: &'a str,
    /// Postcodes, comma-separated.
    pub postcodes: &'a str,
    pub population: u32,
    pub kind: PlaceKind,
}

impl<'a> Place<'a> {
    pub fn postcodes(&self) -> impl Iterator<Item = &'a str> {
        self.postcodes.split(',').filter(|p| !p.is_empty())
    }
}

/// A place that could not be read, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacesError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PlacesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "communes data, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for PlacesError {}

/// What a search finds: a commune as it is today, and the place whose name or postcode matched
/// when it is another (a former commune, an arrondissement of Paris).
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub commune: Place<'a>,
    pub via: Option<Place<'a>>,
}

/// Where a place's line and folded name are, and what a search sorts on.
#[derive(Debug, Clone, Copy)]
struct Entry {
    line: u32,
    line_len: u16,
    folded: u32,
    folded_len: u16,
    population: u32,
    kind: PlaceKind,
    /// The index of the commune it belongs to today (itself for a commune); `NONE` when the
    /// data names no such commune.
    current: u32,
}

const NONE: u32 = u32::MAX;

pub struct Places {
    /// The data as published, one place a line.
    text: String,
    /// The places' names folded for search (`wizard::fold`), words separated by one space.
    folded: String,
    entries: Vec<Entry>,
    /// Today's communes' indices, sorted by INSEE code.
    by_code: Vec<u32>,
    /// The version line the data starts with.
    pub version: String,
}

impl fmt::Debug for Places {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Places({}, {} places)", self.version, self.entries.len())
    }
}

impl Places {
    /// The data built into the program, read once on first use and kept.
    pub fn shared() -> Result<&'static Places, PlacesError> {
        SHARED
            .get_or_init(Places::bundled)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Whether `shared` has been read already (it is never read before it is needed).
    pub fn shared_is_loaded() -> bool {
        SHARED.get().is_some()
    }

    /// The data built into the program.
    pub fn bundled() -> Result<Places, PlacesError> {
        let mut text = String::new();
        flate2::read::ZlibDecoder::new(DATA)
            .read_to_string(&mut text)
            .map_err(|e| PlacesError {
                line: 0,
                message: format!("cannot decompress: {e}"),
            })?;
        Places::parse(text)
    }

    /// Reads the TSV written by `tools/places-data.py`.
    pub fn parse(text: impl Into<String>) -> Result<Places, PlacesError> {
        let text: String = text.into();
        let first = text.split('\n').next().unwrap_or_default();
        let Some(version) = first.strip_prefix("# ") else {
            return Err(PlacesError {
                line: 1,
                message: "the first line must name the data's version (\"# package version\")"
                    .into(),
            });
        };
        let version = version.to_string();
        let mut entries = Vec::new();
        let mut folded = String::new();
        // The parent's code of each former commune, resolved once all communes are read.
        let mut parents: Vec<(usize, &str)> = Vec::new();
        let mut start = first.len() + 1;
        for (i, line) in text.split_terminator('\n').enumerate().skip(1) {
            let line_start = start;
            start += line.len() + 1;
            let err = |message: String| PlacesError {
                line: i + 1,
                message,
            };
            let f: Vec<&str> = line.split('\t').collect();
            let [_code, name, _dep, _arr, _postcodes, population, kind, parent] = f[..] else {
                return Err(err(format!("expected 8 fields, found {}", f.len())));
            };
            let kind = match kind {
                "c" => PlaceKind::Commune,
                "d" => PlaceKind::Delegated,
                "a" => PlaceKind::Associated,
                "m" => PlaceKind::MunicipalArrondissement,
                other => {
                    return Err(err(format!(
                        "unknown kind \"{other}\"; allowed: c, d, a, m"
                    )))
                }
            };
            let population = if population.is_empty() {
                0
            } else {
                population
                    .parse()
                    .map_err(|_| err(format!("population \"{population}\" is not a number")))?
            };
            let too_long = || err("the line is too long".into());
            let folded_start = folded.len();
            for (n, word) in fold(name).iter().enumerate() {
                if n > 0 {
                    folded.push(' ');
                }
                folded.push_str(word);
            }
            let index = entries.len();
            if kind != PlaceKind::Commune {
                parents.push((index, parent));
            }
            entries.push(Entry {
                line: u32::try_from(line_start).map_err(|_| too_long())?,
                line_len: u16::try_from(line.len()).map_err(|_| too_long())?,
                folded: u32::try_from(folded_start).map_err(|_| too_long())?,
                folded_len: u16::try_from(folded.len() - folded_start).map_err(|_| too_long())?,
                population,
                kind,
                current: if kind == PlaceKind::Commune {
                    u32::try_from(index).map_err(|_| too_long())?
                } else {
                    NONE
                },
            });
        }
        let mut places = Places {
            folded,
            entries,
            by_code: Vec::new(),
            version,
            text: String::new(),
        };
        let line_of = |e: &Entry| &text[e.line as usize..][..e.line_len as usize];
        let code_of = |e: &Entry| line_of(e).split('\t').next().unwrap_or_default();
        let mut by_code: Vec<u32> = (0..places.entries.len() as u32)
            .filter(|&i| places.entries[i as usize].kind == PlaceKind::Commune)
            .collect();
        by_code.sort_by(|&a, &b| {
            code_of(&places.entries[a as usize]).cmp(code_of(&places.entries[b as usize]))
        });
        for (index, parent) in parents {
            let found = by_code
                .binary_search_by(|&c| code_of(&places.entries[c as usize]).cmp(parent))
                .ok();
            if let Some(at) = found {
                places.entries[index].current = by_code[at];
            }
        }
        places.by_code = by_code;
        places.text = text;
        // Read once and kept: no spare capacity.
        places.text.shrink_to_fit();
        places.folded.shrink_to_fit();
        places.entries.shrink_to_fit();
        Ok(places)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The place at an index, read from its line.
    fn place(&self, index: usize) -> Place<'_> {
        let e = &self.entries[index];
        let line = &self.text[e.line as usize..][..e.line_len as usize];
        let mut f = line.split('\t');
        let mut next = || f.next().unwrap_or_default();
        Place {
            code: next(),
            name: next(),
            departement: next(),
            arrondissement: next(),
            postcodes: next(),
            population: e.population,
            kind: e.kind,
        }
    }

    fn folded(&self, e: &Entry) -> &str {
        &self.folded[e.folded as usize..][..e.folded_len as usize]
    }

    /// The INSEE arrondissement codes of a département's communes, sorted.
    pub fn arrondissements(&self, departement: &str) -> Vec<String> {
        let mut codes: Vec<String> = (0..self.entries.len())
            .map(|i| self.place(i))
            .filter(|p| p.departement == departement && !p.arrondissement.is_empty())
            .map(|p| p.arrondissement.to_string())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// The commune with this INSEE code, as it is today.
    pub fn commune(&self, code: &str) -> Option<Place<'_>> {
        let at = self
            .by_code
            .binary_search_by(|&i| self.place(i as usize).code.cmp(code))
            .ok()?;
        Some(self.place(self.by_code[at] as usize))
    }

    /// Communes matching what a person typed: a postcode ("93100"), or a name or former name,
    /// accents, case, hyphens, apostrophes and "st"/"ste" ignored. Exact names first, then names
    /// starting with the words, then names containing them; among equals, the most populated
    /// first. At most `limit` communes, each once.
    pub fn search(&self, text: &str, limit: usize) -> Vec<Found<'_>> {
        let query = fold(text);
        if query.is_empty() {
            return Vec::new();
        }
        let postcode =
            query.len() == 1 && query[0].len() == 5 && query[0].bytes().all(|b| b.is_ascii_digit());
        let joined = query.join(" ");
        // Names containing the words elsewhere than at their start only from three letters on:
        // one or two letters would match most of France.
        let inside = query
            .last()
            .is_some_and(|w| w.chars().count() >= 3)
            .then(|| format!(" {joined}"));
        // Each hit as one sortable key: rank, then a direct match before one through a former
        // name, then the most populated; the place's index last.
        let mut hits: Vec<(u64, usize)> = Vec::new();
        let mut hit = |i: usize, rank: u8| {
            let e = &self.entries[i];
            if e.current == NONE {
                return;
            }
            let via = u64::from(e.current as usize != i);
            let population = self.entries[e.current as usize].population;
            let key = (u64::from(rank) << 34) | (via << 33) | u64::from(u32::MAX - population);
            hits.push((key, i));
        };
        if postcode {
            // The few lines holding the five digits anywhere, then their postcodes field.
            let mut last = usize::MAX;
            for (at, _) in self.text.match_indices(joined.as_str()) {
                let i = self
                    .entries
                    .partition_point(|e| e.line as usize <= at)
                    .saturating_sub(1);
                if i != last && self.place(i).postcodes().any(|p| p == joined) {
                    hit(i, 0);
                }
                last = i;
            }
        } else {
            for (i, e) in self.entries.iter().enumerate() {
                if let Some(rank) = name_rank(self.folded(e), &joined, inside.as_deref()) {
                    hit(i, rank);
                }
            }
        }
        hits.sort_unstable();
        let mut out: Vec<Found<'_>> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for (_, i) in hits {
            if out.len() == limit {
                break;
            }
            let current = self.entries[i].current;
            if !seen.contains(&current) {
                seen.push(current);
                out.push(Found {
                    commune: self.place(current as usize),
                    via: (current as usize != i).then(|| self.place(i)),
                });
            }
        }
        out
    }
}

static SHARED: std::sync::OnceLock<Result<Places, PlacesError>> = std::sync::OnceLock::new();

/// `apply_commune` with the communes built into the program, read only when a commune is given.
pub fn apply_bundled_commune(
    facts: &mut crate::facts::Facts,
    pack: &crate::pack::RulePack,
) -> Result<(), String> {
    if facts.commune.is_none() {
        return Ok(());
    }
    let places = Places::shared().map_err(|e| e.to_string())?;
    apply_commune(facts, places, pack)
}

/// Fills in what a commune tells: its département and, where the pack's rules depend on a
/// sous-préfecture there, the one serving its arrondissement (unless one was given). A commune
/// not in the data, or one that contradicts the département given, is refused by value.
pub fn apply_commune(
    facts: &mut crate::facts::Facts,
    places: &Places,
    pack: &crate::pack::RulePack,
) -> Result<(), String> {
    let Some(code) = facts.commune.clone() else {
        return Ok(());
    };
    let commune = places.commune(&code).ok_or_else(|| {
        format!(
            "unknown commune \"{code}\": not a commune of the official list ({}); give its INSEE code, as `passerelle places NAME` prints it",
            places.version
        )
    })?;
    match &facts.departement {
        Some(d) if *d != commune.departement => {
            return Err(format!(
                "commune \"{code}\" ({}) is in département {}, not {d}",
                commune.name, commune.departement
            ))
        }
        _ => facts.departement = Some(commune.departement.to_string()),
    }
    if facts.sous_prefecture.is_none() {
        facts.sous_prefecture = pack
            .sous_prefecture_of(commune.departement, commune.arrondissement)
            .map(str::to_string);
    }
    Ok(())
}

/// 0: the folded name is the query; 1: it starts with the query's words (the last one may be
/// cut); 2: one of its words starts the query, given as " words" (`inside`); `None` otherwise.
fn name_rank(name: &str, query: &str, inside: Option<&str>) -> Option<u8> {
    if name == query {
        Some(0)
    } else if name.starts_with(query) {
        Some(1)
    } else if inside.is_some_and(|q| name.contains(q)) {
        Some(2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sample 1\n\
        93048\tMontreuil\t93\t931\t93100\t111934\tc\t\n\
        62588\tMontreuil\t62\t621\t62170\t1900\tc\t\n\
        01015\tArboys en Bugey\t01\t011\t01300\t640\tc\t\n\
        01015\tArbignieu\t01\t011\t01300\t\td\t01015\n";

    #[test]
    fn homonyms_come_most_populated_first_and_former_names_lead_to_today_s_commune() {
        let p = Places::parse(SAMPLE).unwrap();
        let found = p.search("montreuil", 10);
        let deps: Vec<_> = found.iter().map(|f| f.commune.departement).collect();
        assert_eq!(deps, ["93", "62"]);
        let found = p.search("Arbignieu", 10);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].commune.name, "Arboys en Bugey");
        assert_eq!(found[0].via.map(|v| v.name), Some("Arbignieu"));
        assert!(p.search("zzz", 10).is_empty());
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = Places::parse("# v\n1\t2\n").err().unwrap();
        assert_eq!(e.line, 2);
        let e = Places::parse("93048\tx\n").err().unwrap();
        assert_eq!(e.line, 1);
        let e = Places::parse("# v\n1\tA\t01\t011\t01000\tmany\tc\t\n")
            .err()
            .unwrap();
        assert!(e.to_string().contains("\"many\""), "{e}");
    }
}
