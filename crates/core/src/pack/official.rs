//! The only web domains a rule pack may send people to. The people Passerelle serves are the
//! favourite targets of paid and fake "appointment" sites: a link outside this list is a load
//! error, so no such link can ever reach the screen, whatever pack is installed.

/// An allowed domain (and all its subdomains), with why it is on the list.
pub struct OfficialDomain {
    pub domain: &'static str,
    pub why: &'static str,
}

pub const OFFICIAL_DOMAINS: &[OfficialDomain] = &[
    OfficialDomain {
        domain: "gouv.fr",
        why: "the State's own domain: ministries, every préfecture (calvados.gouv.fr…), ANEF (administration-etrangers-en-france.interieur.gouv.fr), Légifrance, ANTS, Préfecture de police",
    },
    OfficialDomain {
        domain: "service-public.fr",
        why: "the administration's official information site (DILA), which the seeds cite for contact numbers and procedures",
    },
    OfficialDomain {
        domain: "demarches-simplifiees.fr",
        why: "the State's online-form platform (DINUM) that préfectures use for pre-requests and contact forms",
    },
    OfficialDomain {
        domain: "conseil-etat.fr",
        why: "the Conseil d'État, whose decisions ground the référé « mesures utiles »",
    },
    OfficialDomain {
        domain: "defenseurdesdroits.fr",
        why: "the Défenseur des droits, the independent authority people can refer a blocked procedure to",
    },
    OfficialDomain {
        domain: "ofii.fr",
        why: "the Office français de l'immigration et de l'intégration (medical procedure, integration contract)",
    },
];

/// Why a link cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not an address at all (no dotted host, spaces…).
    Malformed,
    /// `http://` or another scheme: only `https://` is allowed.
    NotHttps,
    /// A well-formed https address on a domain outside the list (the host is given).
    NotOfficial(String),
}

/// The host of an `https://` URL on an official domain, or why it is refused.
pub fn official_host(url: &str) -> Result<&str, LinkProblem> {
    let (https, rest) = match url.strip_prefix("https://") {
        Some(rest) => (true, rest),
        None => match url.strip_prefix("http://") {
            Some(rest) => (false, rest),
            None => return Err(LinkProblem::Malformed),
        },
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let well_formed = !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains("..")
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !url.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(LinkProblem::Malformed);
    }
    if !https {
        return Err(LinkProblem::NotHttps);
    }
    let lower = host.to_ascii_lowercase();
    let official = OFFICIAL_DOMAINS.iter().any(|d| {
        lower == d.domain
            || lower
                .strip_suffix(d.domain)
                .is_some_and(|prefix| prefix.ends_with('.'))
    });
    if official {
        Ok(host)
    } else {
        Err(LinkProblem::NotOfficial(host.to_string()))
    }
}

/// The list, for messages: "gouv.fr, service-public.fr, …".
pub fn allowed_list() -> String {
    OFFICIAL_DOMAINS
        .iter()
        .map(|d| d.domain)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message for a refused link.
pub fn describe(url: &str, problem: &LinkProblem) -> String {
    match problem {
        LinkProblem::Malformed => {
            format!("malformed URL \"{url}\" (an https:// address is expected)")
        }
        LinkProblem::NotHttps => {
            format!("link \"{url}\" is not https: only https:// addresses may be shown")
        }
        LinkProblem::NotOfficial(host) => format!(
            "link \"{url}\" goes to \"{host}\", which is not an official domain (allowed: {})",
            allowed_list()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_domains_and_their_subdomains_only() {
        assert_eq!(
            official_host("https://www.calvados.gouv.fr/Demarches"),
            Ok("www.calvados.gouv.fr")
        );
        assert_eq!(
            official_host(
                "https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/"
            ),
            Ok("administration-etrangers-en-france.interieur.gouv.fr")
        );
        assert!(official_host("https://www.demarches-simplifiees.fr/commencer/x").is_ok());
        assert!(official_host("https://gouv.fr").is_ok());
        // Look-alikes are refused.
        for fake in [
            "https://gouv.fr.rdv-prefecture.com/x",
            "https://rendez-vous-gouv.fr/x",
            "https://www.calvados-gouv.fr/x",
            "https://service-public.fr.example.org",
            "https://xn--gouv-fr.com",
        ] {
            assert!(
                matches!(official_host(fake), Err(LinkProblem::NotOfficial(_))),
                "{fake}"
            );
        }
        assert_eq!(
            official_host("http://www.calvados.gouv.fr"),
            Err(LinkProblem::NotHttps)
        );
        for bad in [
            "www.calvados.gouv.fr",
            "https://",
            "https://a..gouv.fr",
            "https://x y.gouv.fr",
            "ftp://x.gouv.fr",
        ] {
            assert_eq!(official_host(bad), Err(LinkProblem::Malformed), "{bad}");
        }
    }

    #[test]
    fn every_domain_says_why_it_is_listed() {
        for d in OFFICIAL_DOMAINS {
            assert!(d.why.len() > 20, "{}", d.domain);
            assert!(!d.domain.starts_with('.') && d.domain.contains('.'));
        }
    }
}
