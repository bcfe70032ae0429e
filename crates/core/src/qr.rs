//! QR codes of the links a person carries away from a kiosk, as a matrix of dark modules with
//! the standard 4-module quiet zone. Drawing is the caller's job (GUI containers, PDF later).

use qrcode::{Color, EcLevel, QrCode};

/// A square matrix of modules, `true` = dark, quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// `None` only for text too long for any QR code.
    pub fn encode(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let inner = code.width();
        let width = inner + 2 * QUIET_ZONE;
        let mut dark = vec![false; width * width];
        for (i, color) in code.to_colors().into_iter().enumerate() {
            let (y, x) = (i / inner + QUIET_ZONE, i % inner + QUIET_ZONE);
            dark[y * width + x] = color == Color::Dark;
        }
        Some(QrMatrix { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anef_link_encodes_with_finder_patterns_and_quiet_zone() {
        let m = QrMatrix::encode(
            "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/",
        )
        .unwrap();
        assert_eq!((m.width - 8 - 21) % 4, 0, "QR sizes are 21 + 4k modules");
        // Quiet zone all light.
        assert!((0..m.width).all(|x| !m.is_dark(x, 0) && !m.is_dark(x, 3)));
        // Top-left finder pattern: a dark 7-module border starting at the quiet zone.
        assert!((4..11).all(|x| m.is_dark(x, 4)));
        assert!(!m.is_dark(5, 5) && m.is_dark(6, 6));
    }

    #[test]
    fn different_links_give_different_codes() {
        let a = QrMatrix::encode("https://www.calvados.gouv.fr").unwrap();
        let b = QrMatrix::encode("https://www.calvados.gouv.fs").unwrap();
        assert_ne!(a, b);
    }
}
