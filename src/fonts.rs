//! The bundled fonts, shared by the window and the PDFs: no glyph of any supported language
//! depends on what the machine has installed.

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Arabic and Dari.
pub const ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");
/// Simplified Chinese: the characters of the translations and common names (tools/subset-cjk.py).
pub const CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
/// Fallback for symbols Noto Sans lacks (arrows, ≥, ☐, ✔), found in labels and in quotes of the
/// sources: DejaVu Sans cut down to its symbol blocks (tools/subset-symbols.py).
pub const SYMBOLS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Symbols.ttf");

/// Every bundled font, in fallback order.
pub const ALL: [&[u8]; 4] = [REGULAR, ARABIC, CJK, SYMBOLS];
