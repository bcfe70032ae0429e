//! What Passerelle says aloud: the texts of a screen prepared for a voice, in the person's
//! language. Pure functions of what the screen shows, so that a whole session's speech can be
//! tested without audio; the application hands them to the platform's speech service.
//!
//! A voice reads what a reader sees, with three differences: dates are said in words (« 17
//! décembre 2026 », not « 17 slash 12 »), phone numbers group by group, digit by digit, and web
//! addresses are not spelled out (« la page officielle : voyez le QR code »).

use chrono::NaiveDate;

use crate::answer::{Answer, Mark};
use crate::i18n::{is_direction_mark, long_date, Lang};
use crate::tl;

/// One thing said, in one language (the voice is chosen for it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub lang: Lang,
    pub text: String,
    /// The section of the answer it reads (highlighted on screen while it is said).
    pub section: Option<usize>,
}

impl Utterance {
    pub fn new(lang: Lang, text: &str) -> Utterance {
        Utterance {
            lang,
            text: spoken(lang, text),
            section: None,
        }
    }
}

/// A text as a voice should read it in `lang`.
pub fn spoken(lang: Lang, text: &str) -> String {
    // The marks that order right-to-left text on screen mean nothing to a voice.
    // Chinese punctuation sits against the words around it, an address too: set it apart so
    // that the address is seen (a voice makes nothing of the spaces).
    let mut text_apart = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !is_direction_mark(*c)) {
        if is_wide_punctuation(c) {
            text_apart.extend([' ', c, ' ']);
        } else {
            text_apart.push(c);
        }
    }
    let text = text_apart;
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| !is_mark(w))
        .map(|w| {
            if is_address(w) {
                tl!(lang, "speech-address")
            } else {
                w.to_string()
            }
        })
        .collect();
    let mut out = phone_numbers(&words).join(" ");
    out = dates_in_words(lang, &out);
    // Two addresses in a row (the page and its domain) are said once.
    let address = tl!(lang, "speech-address");
    let twice = format!("{address} {address}");
    while out.contains(&twice) {
        out = out.replace(&twice, &address);
    }
    out
}

/// The punctuation of Chinese text (full-width brackets, commas, stops, quotes).
fn is_wide_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '“' | '”' | '‘' | '’')
}

/// The symbols that mark a line on screen (bullets, boxes), which a voice should not read.
fn is_mark(word: &str) -> bool {
    matches!(word, "•" | "☐" | "☑" | "✔" | "ℹ" | "—" | "–")
}

/// A web address or a domain name: « https://… », « www.… », « ….gouv.fr ».
fn is_address(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '«' | '»'));
    w.starts_with("http://")
        || w.starts_with("https://")
        || w.starts_with("www.")
        || (w.contains('.')
            && [".fr", ".gouv.fr", ".org", ".com", ".eu"]
                .iter()
                .any(|end| w.trim_end_matches('.').ends_with(end))
            && !w.contains('@'))
}

/// Runs of digit groups that make a phone number (8 digits or more, starting with 0, as
/// « 0806 001 620 » or « 01 23 45 67 89 ») read group by group, each digit on its own:
/// « 0 8 0 6, 0 0 1, 6 2 0 ».
fn phone_numbers(words: &[String]) -> Vec<String> {
    // A group of digits, and the punctuation after it (which ends a number: « 620. »).
    let group = |w: &str| -> Option<(usize, bool)> {
        let bare = w.trim_end_matches(['.', ',', ';', ':', ')']);
        (!bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit()))
            .then_some((bare.len(), bare.len() < w.len()))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while let Some((_, ends)) = words.get(j).and_then(|w| group(w)) {
            j += 1;
            if ends {
                break;
            }
        }
        let run = &words[i..j];
        let count: usize = run.iter().filter_map(|w| group(w)).map(|(n, _)| n).sum();
        if run.len() >= 2 && count >= 8 && run[0].starts_with('0') {
            let groups: Vec<String> = run
                .iter()
                .map(|g| {
                    let (digits, after) = g.split_at(group(g).map_or(0, |(n, _)| n));
                    let spelled: Vec<String> = digits.chars().map(String::from).collect();
                    format!("{}{after}", spelled.join(" "))
                })
                .collect();
            out.push(groups.join(", "));
            i = j;
        } else if j > i {
            out.extend(run.iter().cloned());
            i = j;
        } else {
            out.push(words[i].clone());
            i += 1;
        }
    }
    out
}

/// Numeric dates (« 17/12/2026 », « 17.12.2026 », « 2026/12/17 ») said in words, in the
/// language's long form.
fn dates_in_words(lang: Lang, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((date, len)) = date_at(&chars[i..]) {
            let boundary = i == 0 || !chars[i - 1].is_ascii_digit();
            if boundary {
                let said = long_date(lang, date);
                i += len;
                // « 2026 р. » then the sentence's own full stop: one is enough.
                if said.ends_with('.') && chars.get(i) == Some(&'.') {
                    i += 1;
                }
                out.push_str(&said);
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A numeric date at the start of `s`, and how many characters it takes.
fn date_at(s: &[char]) -> Option<(NaiveDate, usize)> {
    let number = |from: usize, len: usize| -> Option<u32> {
        let part: String = s.get(from..from + len)?.iter().collect();
        part.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let sep = |at: usize| s.get(at).is_some_and(|c| *c == '/' || *c == '.');
    let after = |at: usize| !s.get(at).is_some_and(char::is_ascii_digit);
    // dd/mm/yyyy or dd.mm.yyyy
    if sep(2) && sep(5) && after(10) {
        if let (Some(d), Some(m), Some(y)) = (number(0, 2), number(3, 2), number(6, 4)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Some((date, 10));
            }
        }
    }
    // yyyy/mm/dd
    if sep(4) && sep(7) && after(10) {
        if let (Some(y), Some(m), Some(d)) = (number(0, 4), number(5, 2), number(8, 2)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Some((date, 10));
            }
        }
    }
    None
}

/// A question as it is read when it appears: the question, its hint, then each choice with its
/// number (the digit that picks it).
pub fn question(lang: Lang, title: &str, hint: &str, choices: &[String]) -> Vec<Utterance> {
    let mut said = vec![Utterance::new(lang, title)];
    if !hint.trim().is_empty() {
        said.push(Utterance::new(lang, hint));
    }
    for (i, label) in choices.iter().enumerate() {
        said.push(choice(lang, i, label));
    }
    said
}

/// A choice as it is read when it is highlighted: its number, then its label.
pub fn choice(lang: Lang, index: usize, label: &str) -> Utterance {
    Utterance::new(
        lang,
        &tl!(lang, "speech-choice", number = index + 1, label = label),
    )
}

/// The answer, section by section (next and previous move between them): each section's title,
/// then its lines; the official page is named, not spelled.
pub fn answer(answer: &Answer) -> Vec<Utterance> {
    let lang = answer.lang;
    answer
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let mut parts: Vec<String> = section.title.iter().cloned().collect();
            for line in &section.lines {
                match &line.mark {
                    Mark::OfficialPage(_) | Mark::Link(_) => {
                        parts.push(tl!(lang, "speech-address"))
                    }
                    _ => parts.push(line.text.clone()),
                }
            }
            Utterance {
                section: Some(i),
                ..Utterance::new(lang, &sentences(&parts))
            }
        })
        .collect()
}

/// Texts read one after the other, a full stop between two unless one is there already.
fn sentences(parts: &[String]) -> String {
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            let ended = out
                .trim_end_matches(is_direction_mark)
                .ends_with(['.', '!', '?', ':', ';', '。', '؟', '：']);
            out.push_str(if ended { " " } else { ". " });
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_said_in_words_in_the_language() {
        assert_eq!(
            spoken(Lang::Fr, "Du 18/10/2026 au 17/12/2026"),
            "Du 18 octobre 2026 au 17 décembre 2026"
        );
        assert_eq!(
            spoken(Lang::En, "until 17/12/2026."),
            "until 17 December 2026."
        );
        assert!(spoken(Lang::Uk, "до 17.12.2026").contains("2026 р."));
        assert!(spoken(Lang::Uk, "до 17.12.2026. Далі").ends_with("2026 р. Далі"));
        assert!(spoken(Lang::ZhHans, "2026/12/17").contains("2026年12月17日"));
        // Not a date: left as it is.
        assert_eq!(spoken(Lang::Fr, "31/02/2026"), "31/02/2026");
        assert_eq!(spoken(Lang::Fr, "120/12/20266"), "120/12/20266");
    }

    #[test]
    fn phone_numbers_are_read_group_by_group() {
        assert_eq!(
            spoken(Lang::Fr, "Appelez le 0806 001 620 (appel gratuit)."),
            "Appelez le 0 8 0 6, 0 0 1, 6 2 0 (appel gratuit)."
        );
        assert_eq!(
            spoken(Lang::Fr, "01 23 45 67 89"),
            "0 1, 2 3, 4 5, 6 7, 8 9"
        );
        // A number at the end of a sentence keeps its full stop, and only it.
        assert_eq!(
            spoken(Lang::Fr, "Appelez le 0806 001 620. 2026 est l'année."),
            "Appelez le 0 8 0 6, 0 0 1, 6 2 0. 2026 est l'année."
        );
        // Amounts and years stay numbers.
        assert_eq!(spoken(Lang::Fr, "250 € en 2026"), "250 € en 2026");
        assert_eq!(spoken(Lang::Fr, "le 34 00"), "le 34 00");
    }

    #[test]
    fn direction_marks_are_not_said_and_sentences_end_once() {
        let arabic = tl!(Lang::Ar, "speech-choice", number = 2, label = "ANEF");
        assert!(arabic.contains('\u{2068}'), "the screen's text has them");
        assert_eq!(spoken(Lang::Ar, &arabic), "2: ANEF");
        assert_eq!(
            sentences(&["Quand déposer".into(), "Du 1er.".into(), "Ouvert".into()]),
            "Quand déposer. Du 1er. Ouvert"
        );
        // A full stop inside an isolated argument ends the sentence too.
        assert_eq!(
            sentences(&["\u{2068}نعم.\u{2069}".into(), "العمل".into()]),
            "\u{2068}نعم.\u{2069} العمل"
        );
    }

    #[test]
    fn addresses_are_named_not_spelled() {
        let said = spoken(
            Lang::Fr,
            "✔ site officiel : administration-etrangers-en-france.interieur.gouv.fr",
        );
        assert!(!said.contains("gouv"), "{said}");
        assert!(!said.contains('✔'), "{said}");
        assert!(said.contains(&tl!(Lang::Fr, "speech-address")), "{said}");
        let said = spoken(
            Lang::Ar,
            "https://www.service-public.fr/particuliers/vosdroits/F2231",
        );
        assert_eq!(said, tl!(Lang::Ar, "speech-address"));
        // An e-mail address is read.
        assert!(spoken(Lang::Fr, "pref@calvados.gouv.fr").contains('@'));
        // In Chinese, an address against its brackets is seen too.
        let said = spoken(Lang::ZhHans, "在timbres.impots.gouv.fr（“titres”）购买");
        assert!(!said.contains("gouv"), "{said}");
        assert!(said.contains("titres"), "{said}");
    }
}
