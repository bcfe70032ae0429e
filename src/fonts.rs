//! The bundled fonts, shared by the window and the PDFs: no glyph of any supported language
//! depends on what the machine has installed. Statics, not consts: one copy each in the binary,
//! at one address (the text engine reads them in place, and iced recognises a font it has already
//! loaded by its address).

pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Arabic and Dari.
pub static ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");
/// Simplified Chinese: the characters of the translations and common names (tools/subset-cjk.py).
pub static CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
/// Fallback for symbols Noto Sans lacks (arrows, ≥, ☐, ✔), found in labels and in quotes of the
/// sources: DejaVu Sans cut down to its symbol blocks (tools/subset-symbols.py).
pub static SYMBOLS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Symbols.ttf");

/// Every bundled font, in fallback order.
pub static ALL: [&[u8]; 4] = [REGULAR, ARABIC, CJK, SYMBOLS];
