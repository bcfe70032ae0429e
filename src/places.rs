//! Communes of France, found by name, former name or postcode, from the official administrative
//! division (INSEE's Code officiel géographique with La Poste's postcodes, as Etalab publishes it:
//! `assets/places/`, written by `tools/places-data.py`). Read on first use, never at start-up.

use std::fmt;
use std::io::Read;

use crate::wizard::fold;

/// The data built into the program, and the version it declares.
pub const DATA: &[u8] = include_bytes!("../assets/places/communes.tsv.z");
pub const DATA_VERSION: &str = include_str!("../assets/places/VERSION");

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

#[derive(Debug, Clone)]
pub struct Place {
    /// INSEE code.
    pub code: String,
    pub name: String,
    pub departement: String,
    /// INSEE arrondissement code (e.g. `931` for Bobigny), empty where there is none.
    pub arrondissement: String,
    pub postcodes: Vec<String>,
    pub population: u32,
    pub kind: PlaceKind,
    /// For a former commune or a municipal arrondissement: the commune it belongs to today.
    pub parent: Option<String>,
    words: Vec<String>,
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
    pub commune: &'a Place,
    pub via: Option<&'a Place>,
}

pub struct Places {
    places: Vec<Place>,
    /// Today's communes by INSEE code (a former commune's parent is found without a scan).
    communes: std::collections::HashMap<String, usize>,
    /// The version line the data starts with.
    pub version: String,
}

impl Places {
    /// The data built into the program, read once on first use and kept.
    pub fn shared() -> Result<&'static Places, PlacesError> {
        static PLACES: std::sync::OnceLock<Result<Places, PlacesError>> =
            std::sync::OnceLock::new();
        PLACES
            .get_or_init(Places::bundled)
            .as_ref()
            .map_err(Clone::clone)
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
        Places::parse(&text)
    }

    /// Reads the TSV written by `tools/places-data.py`.
    pub fn parse(text: &str) -> Result<Places, PlacesError> {
        let mut lines = text.lines().enumerate();
        let version = match lines.next() {
            Some((_, first)) if first.starts_with("# ") => first[2..].to_string(),
            _ => {
                return Err(PlacesError {
                    line: 1,
                    message: "the first line must name the data's version (\"# package version\")"
                        .into(),
                })
            }
        };
        let mut places = Vec::new();
        for (i, line) in lines {
            let err = |message: String| PlacesError {
                line: i + 1,
                message,
            };
            let f: Vec<&str> = line.split('\t').collect();
            let [code, name, departement, arrondissement, postcodes, population, kind, parent] =
                f[..]
            else {
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
            places.push(Place {
                code: code.to_string(),
                name: name.to_string(),
                departement: departement.to_string(),
                arrondissement: arrondissement.to_string(),
                postcodes: postcodes
                    .split(',')
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
                population,
                kind,
                parent: (!parent.is_empty()).then(|| parent.to_string()),
                words: fold(name),
            });
        }
        let communes = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PlaceKind::Commune)
            .map(|(i, p)| (p.code.clone(), i))
            .collect();
        Ok(Places {
            places,
            communes,
            version,
        })
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The INSEE arrondissement codes of a département's communes, sorted.
    pub fn arrondissements(&self, departement: &str) -> Vec<String> {
        let mut codes: Vec<String> = self
            .places
            .iter()
            .filter(|p| p.departement == departement && !p.arrondissement.is_empty())
            .map(|p| p.arrondissement.clone())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// The commune with this INSEE code, as it is today.
    pub fn commune(&self, code: &str) -> Option<&Place> {
        self.communes.get(code).map(|&i| &self.places[i])
    }

    /// The commune a place belongs to today: itself, or its parent.
    fn current<'a>(&'a self, place: &'a Place) -> Option<&'a Place> {
        match (&place.kind, &place.parent) {
            (PlaceKind::Commune, _) => Some(place),
            (_, Some(parent)) => self.commune(parent),
            (_, None) => None,
        }
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
        // Names containing the words elsewhere than at their start only from three letters on:
        // one or two letters would match most of France.
        let inside = query.last().is_some_and(|w| w.chars().count() >= 3);
        // Each hit as one sortable key: rank, then a direct match before one through a former
        // name, then the most populated; the place's index last.
        let mut hits: Vec<(u64, usize)> = Vec::new();
        for (i, place) in self.places.iter().enumerate() {
            let rank = if postcode {
                place.postcodes.iter().any(|p| *p == query[0]).then_some(0)
            } else {
                name_rank(&place.words, &query, inside)
            };
            let Some(rank) = rank else { continue };
            let Some(commune) = self.current(place) else {
                continue;
            };
            let via = u64::from(!std::ptr::eq(commune, place));
            let key =
                (u64::from(rank) << 34) | (via << 33) | u64::from(u32::MAX - commune.population);
            hits.push((key, i));
        }
        hits.sort_unstable();
        let mut out: Vec<Found<'_>> = Vec::new();
        for (_, i) in hits {
            if out.len() == limit {
                break;
            }
            let place = &self.places[i];
            let Some(commune) = self.current(place) else {
                continue;
            };
            if !out.iter().any(|f| f.commune.code == commune.code) {
                let via = (!std::ptr::eq(commune, place)).then_some(place);
                out.push(Found { commune, via });
            }
        }
        out
    }
}

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
        _ => facts.departement = Some(commune.departement.clone()),
    }
    if facts.sous_prefecture.is_none() {
        facts.sous_prefecture = pack
            .sous_prefecture_of(&commune.departement, &commune.arrondissement)
            .map(str::to_string);
    }
    Ok(())
}

/// 0: the name is the query; 1: it starts with the query's words (the last one may be cut);
/// 2: it contains them in a row (only when `inside`); `None` otherwise.
fn name_rank(words: &[String], query: &[String], inside: bool) -> Option<u8> {
    if words == query {
        return Some(0);
    }
    let matches_at = |start: usize| {
        query.iter().enumerate().all(|(i, q)| {
            words.get(start + i).is_some_and(|w| {
                if i + 1 == query.len() {
                    w.starts_with(q.as_str())
                } else {
                    w == q
                }
            })
        })
    };
    if matches_at(0) {
        Some(1)
    } else if inside && (1..words.len()).any(matches_at) {
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
        let deps: Vec<_> = found
            .iter()
            .map(|f| f.commune.departement.as_str())
            .collect();
        assert_eq!(deps, ["93", "62"]);
        let found = p.search("Arbignieu", 10);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].commune.name, "Arboys en Bugey");
        assert_eq!(found[0].via.map(|v| v.name.as_str()), Some("Arbignieu"));
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
