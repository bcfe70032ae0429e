//! The bundled fonts, shared by the window and the PDFs: no glyph of any supported language
//! depends on what the machine has installed. Statics, not consts: one copy each in the binary,
//! at one address (the text engine reads them in place, and iced recognises a font it has already
//! loaded by its address).

pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
/// Arabic and Dari.
pub static ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");
/// Simplified Chinese: the characters of the translations and common names (tools/subset-cjk.py).
pub static CJK: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSC-Subset.otf");
/// Fallback for symbols Noto Sans lacks (arrows, ≥, ☐, ✔), found in labels and in quotes of the
/// sources: DejaVu Sans cut down to its symbol blocks (tools/subset-symbols.py).
pub static SYMBOLS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Symbols.ttf");

/// Whether `c` is drawn from the Arabic or the Chinese font (loaded later than the others unless
/// a person's language or a kiosk needs them at once).
pub fn in_other_scripts(c: char) -> bool {
    crate::i18n::is_rtl_letter(c)
        || ('\u{2E80}'..='\u{9FFF}').contains(&c)
        || ('\u{F900}'..='\u{FAFF}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Every bundled font, in fallback order.
pub static ALL: [&[u8]; 4] = [REGULAR, ARABIC, CJK, SYMBOLS];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_dari_and_chinese_letters_are_other_scripts() {
        for c in ['ع', 'پ', 'ی', '简', '中', '，', 'ﻻ'] {
            assert!(in_other_scripts(c), "{c}");
        }
        for c in ['a', 'é', 'Ї', '→', '1', ' ', 'ß'] {
            assert!(!in_other_scripts(c), "{c}");
        }
    }
}
