//! Signed rule packs. A pack's signature (`signature.ron` in the pack) is an ed25519 signature
//! over its manifest: one line "SHA-256  path" per file, sorted by path. The app ships the
//! maintainers' public keys; a pack that is unsigned, signed by another key, or altered after
//! signing is refused, each with its own message.

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::PackFiles;
use crate::store::sha256_hex;

pub const SIGNATURE_FILE: &str = "signature.ron";

/// A public key the app trusts.
pub struct TrustedKey {
    pub name: &'static str,
    /// The 32-byte public key, in hexadecimal.
    pub public_hex: &'static str,
    /// Test keys sign the pack in the repository and the tests' packs; their secret half is
    /// public, so a pack signed with one is installed only when test keys are explicitly allowed.
    pub test: bool,
}

pub const TRUSTED_KEYS: &[TrustedKey] = &[TrustedKey {
    name: "Passerelle repository test key (not for production packs)",
    public_hex: "dfad210061b4dfc6a0463ddafaa99d22e5f04fc2a0c16e17c3b8f4b6efc81714",
    test: true,
}];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureFile {
    /// Who signed, as the key list names them.
    pub signer: String,
    pub public_key: String,
    /// The SHA-256 of the manifest, to tell "altered" from "signed with another key".
    pub manifest_sha256: String,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    Unsigned,
    Unreadable(String),
    /// Signed with a key the app does not trust (the key is given).
    UnknownKey(String),
    /// Signed with a test key, and test keys are not allowed here.
    TestKey(&'static str),
    /// The files are not the ones that were signed.
    Altered,
    /// The manifest matches but the signature does not verify with the key named.
    BadSignature,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureError::Unsigned => write!(f, "the pack is not signed (no {SIGNATURE_FILE})"),
            SignatureError::Unreadable(e) => write!(f, "{SIGNATURE_FILE} cannot be read: {e}"),
            SignatureError::UnknownKey(k) => write!(
                f,
                "the pack is signed with a key this Passerelle does not trust ({k})"
            ),
            SignatureError::TestKey(name) => write!(
                f,
                "the pack is signed with a test key ({name}); test keys are accepted only with --allow-test-key"
            ),
            SignatureError::Altered => write!(
                f,
                "the pack's files are not the ones that were signed: it was altered after signing"
            ),
            SignatureError::BadSignature => write!(
                f,
                "the signature does not verify: it was not made with the key it names"
            ),
        }
    }
}

/// One line per file except the signature: "sha256  path", sorted by path.
pub fn manifest(files: &PackFiles) -> String {
    let mut lines: Vec<_> = files
        .files
        .iter()
        .filter(|(name, _)| name != SIGNATURE_FILE)
        .map(|(name, text)| format!("{}  {name}\n", sha256_hex(text.as_bytes())))
        .collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A secret key file: one line `passerelle-secret-key: HEX` (the 32-byte seed).
pub fn read_secret_key(text: &str) -> Option<SigningKey> {
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("passerelle-secret-key:"))?;
    unhex::<32>(line).map(|seed| SigningKey::from_bytes(&seed))
}

/// A new secret key file's text, and the public key in hexadecimal.
pub fn generate_key() -> Result<(String, String), String> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no randomness available: {e}"))?;
    let key = SigningKey::from_bytes(&seed);
    let public = hex(key.verifying_key().as_bytes());
    Ok((
        format!(
            "# Passerelle rule-pack signing key. Keep it secret: whoever holds it can sign packs.\n# public key: {public}\npasserelle-secret-key: {}\n",
            hex(&seed)
        ),
        public,
    ))
}

pub fn public_key_hex(key: &SigningKey) -> String {
    hex(key.verifying_key().as_bytes())
}

/// Signs the pack's files (all but the signature itself).
pub fn sign(files: &PackFiles, key: &SigningKey) -> SignatureFile {
    let manifest = manifest(files);
    let public_key = public_key_hex(key);
    let signer = TRUSTED_KEYS
        .iter()
        .find(|k| k.public_hex == public_key)
        .map_or_else(|| "unlisted key".to_string(), |k| k.name.to_string());
    SignatureFile {
        signer,
        public_key,
        manifest_sha256: sha256_hex(manifest.as_bytes()),
        signature: hex(&key.sign(manifest.as_bytes()).to_bytes()),
    }
}

pub fn signature_text(sig: &SignatureFile) -> String {
    ron::ser::to_string_pretty(sig, ron::ser::PrettyConfig::default()).unwrap_or_default()
}

/// Checks the pack's signature against the trusted keys; returns the key that signed it.
pub fn verify(
    files: &PackFiles,
    allow_test_keys: bool,
) -> Result<&'static TrustedKey, SignatureError> {
    verify_with(files, allow_test_keys, TRUSTED_KEYS)
}

/// `verify` against a given key list (tests use their own).
pub fn verify_with<'k>(
    files: &PackFiles,
    allow_test_keys: bool,
    keys: &'k [TrustedKey],
) -> Result<&'k TrustedKey, SignatureError> {
    let text = files
        .files
        .iter()
        .find(|(name, _)| name == SIGNATURE_FILE)
        .map(|(_, text)| text)
        .ok_or(SignatureError::Unsigned)?;
    let sig: SignatureFile =
        ron::from_str(text).map_err(|e| SignatureError::Unreadable(crate::store::ron_error(&e)))?;
    let trusted = keys
        .iter()
        .find(|k| k.public_hex.eq_ignore_ascii_case(sig.public_key.trim()))
        .ok_or_else(|| SignatureError::UnknownKey(sig.public_key.clone()))?;
    if trusted.test && !allow_test_keys {
        return Err(SignatureError::TestKey(trusted.name));
    }
    let manifest = manifest(files);
    if sha256_hex(manifest.as_bytes()) != sig.manifest_sha256 {
        return Err(SignatureError::Altered);
    }
    let public = unhex::<32>(trusted.public_hex)
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .ok_or_else(|| SignatureError::UnknownKey(sig.public_key.clone()))?;
    let signature = unhex::<64>(&sig.signature)
        .map(|b| Signature::from_bytes(&b))
        .ok_or(SignatureError::BadSignature)?;
    public
        .verify(manifest.as_bytes(), &signature)
        .map_err(|_| SignatureError::BadSignature)?;
    Ok(trusted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> PackFiles {
        PackFiles {
            origin: "test".into(),
            files: vec![
                ("pack.ron".into(), "(version: \"1\")".into()),
                ("national/a.ron".into(), "(channels: [])".into()),
            ],
        }
    }

    fn signed(files: &PackFiles, key: &SigningKey) -> PackFiles {
        let mut out = files.clone();
        out.files.push((
            SIGNATURE_FILE.into(),
            signature_text(&sign(files, key)).into(),
        ));
        out
    }

    #[test]
    fn each_failure_has_its_own_answer() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let other = SigningKey::from_bytes(&[8; 32]);
        let public = Box::leak(public_key_hex(&key).into_boxed_str());
        let keys = [TrustedKey {
            name: "k",
            public_hex: public,
            test: false,
        }];
        let good = signed(&files(), &key);
        assert!(verify_with(&good, false, &keys).is_ok());

        assert_eq!(
            verify_with(&files(), false, &keys).err(),
            Some(SignatureError::Unsigned)
        );

        let mut tampered = good.clone();
        tampered.files[0].1.to_mut().push(' ');
        assert_eq!(
            verify_with(&tampered, false, &keys).err(),
            Some(SignatureError::Altered)
        );

        let foreign = signed(&files(), &other);
        assert!(matches!(
            verify_with(&foreign, false, &keys),
            Err(SignatureError::UnknownKey(_))
        ));

        // A signature made with another key but claiming the trusted one.
        let mut forged = sign(&files(), &other);
        forged.public_key = public.to_string();
        let mut forged_files = files();
        forged_files
            .files
            .push((SIGNATURE_FILE.into(), signature_text(&forged).into()));
        assert_eq!(
            verify_with(&forged_files, false, &keys).err(),
            Some(SignatureError::BadSignature)
        );

        let test_keys = [TrustedKey {
            name: "test",
            public_hex: public,
            test: true,
        }];
        assert_eq!(
            verify_with(&good, false, &test_keys).err(),
            Some(SignatureError::TestKey("test"))
        );
        assert!(verify_with(&good, true, &test_keys).is_ok());
    }

    #[test]
    fn keys_round_trip_through_their_file() {
        let (text, public) = generate_key().unwrap();
        let key = read_secret_key(&text).unwrap();
        assert_eq!(public_key_hex(&key), public);
        assert!(read_secret_key("passerelle-secret-key: 12").is_none());
    }

    #[test]
    fn the_bundled_pack_is_signed_with_the_test_key() {
        let files = PackFiles::bundled();
        let key = verify(&files, true).expect("assets/rules is signed: run `passerelle pack sign --key packaging/test-key/passerelle-test.key assets/rules` after editing it");
        assert!(key.test);
    }
}
