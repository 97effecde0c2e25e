//! Where credentials may go: the origin and redirect policy every client shares.
//!
//! - Credentials (an auth header, SIE Batch's `apikey` in the body) go only to
//!   the configured origin (scheme, host and port of the base URL) and to the
//!   origins allowed explicitly with
//!   [`ClientBuilder::allow_origin`](crate::ClientBuilder::allow_origin).
//! - A redirect to any other origin is refused by an authenticated client,
//!   with an error naming both origins (never the key). An unauthenticated
//!   client (and presigned downloads, which carry no credential in headers)
//!   may follow it.
//! - A redirect from `https` to `http` is always refused.
//! - Plain `http` to a host that is not loopback (`127.0.0.0/8`, `::1`,
//!   `localhost`) needs an explicit opt-in
//!   ([`ClientBuilder::allow_insecure_http`](crate::ClientBuilder::allow_insecure_http)),
//!   for base URLs, redirects, TAXII API roots and presigned URLs alike.
//! - No request carries a `Referer` header.

use std::fmt;
use std::sync::Arc;

use url::{Host, Url};

use crate::error::{Error, Result, Service};

/// At most this many redirects are followed for one request.
pub const MAX_REDIRECTS: usize = 10;

/// Whether the URL's host is loopback: `127.0.0.0/8`, `::1`, `localhost` (or `*.localhost`).
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        None => false,
    }
}

/// A URL's origin as shown in messages: `scheme://host:port` (no path, no
/// query, no user info, so it never carries a credential).
pub fn origin_label(url: &Url) -> String {
    match (url.host_str(), url.port_or_known_default()) {
        (Some(h), Some(p)) => format!("{}://{h}:{p}", url.scheme()),
        (Some(h), None) => format!("{}://{h}", url.scheme()),
        _ => format!("{}:(no host)", url.scheme()),
    }
}

/// The origin rules of one client (see the [module docs](self)).
#[derive(Clone)]
pub struct OriginPolicy {
    service: Service,
    base: Url,
    allowed: Vec<Url>,
    authenticated: bool,
    insecure_http: bool,
}

impl fmt::Debug for OriginPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OriginPolicy")
            .field("base", &origin_label(&self.base))
            .field(
                "allowed",
                &self.allowed.iter().map(origin_label).collect::<Vec<_>>(),
            )
            .field("authenticated", &self.authenticated)
            .field("insecure_http", &self.insecure_http)
            .finish()
    }
}

/// Parses an origin given to `allow_origin`: `https://host[:port]` (a path is ignored).
pub(crate) fn parse_origin(service: Service, raw: &str) -> Result<Url> {
    let u = Url::parse(raw.trim()).map_err(|e| {
        Error::invalid_input(format!(
            "{service}: allowed origin {raw:?} is not a URL ({e}): give it as https://host[:port]"
        ))
    })?;
    if u.scheme() != "http" && u.scheme() != "https" || u.host().is_none() {
        return Err(Error::invalid_input(format!(
            "{service}: allowed origin {raw:?} must be http(s)://host[:port]"
        )));
    }
    if !u.username().is_empty() || u.password().is_some() {
        return Err(Error::invalid_input(format!(
            "{service}: an allowed origin must not carry user info: give it as https://host[:port]"
        )));
    }
    Ok(u)
}

impl OriginPolicy {
    /// The rules for a client whose base URL is `base`.
    pub fn new(
        service: Service,
        base: Url,
        allowed: Vec<Url>,
        authenticated: bool,
        insecure_http: bool,
    ) -> Self {
        OriginPolicy {
            service,
            base,
            allowed,
            authenticated,
            insecure_http,
        }
    }

    /// The same rules for requests that carry no credential (presigned downloads).
    pub fn unauthenticated(&self) -> Self {
        OriginPolicy {
            authenticated: false,
            ..self.clone()
        }
    }

    /// The configured origin, as shown in messages.
    pub fn base_label(&self) -> String {
        origin_label(&self.base)
    }

    /// Whether plain http to non-loopback hosts was allowed.
    pub fn insecure_http(&self) -> bool {
        self.insecure_http
    }

    /// Whether credentials may be sent to `url`'s origin: the base URL's
    /// origin or one allowed explicitly.
    pub fn trusts(&self, url: &Url) -> bool {
        let o = url.origin();
        o == self.base.origin() || self.allowed.iter().any(|a| a.origin() == o)
    }

    /// The plain-http rule: `http` to a non-loopback host needs the opt-in.
    /// `what` says which URL it is ("base URL", "presigned URL"...).
    pub fn check_http(&self, url: &Url, what: &str) -> Result<()> {
        if url.scheme() == "http" && !is_loopback(url) && !self.insecure_http {
            return Err(Error::invalid_input(format!(
                "{}: the {what} {} is plain http to a host that is not loopback: credentials and data would travel unencrypted; use https, or opt in with .allow_insecure_http(true) (CLI: --insecure-http)",
                self.service,
                origin_label(url)
            )));
        }
        Ok(())
    }

    /// Whether a redirect from `from` to `to` may be followed, for a request
    /// first sent to `first` after `hops` redirects. The message names both
    /// origins (never a path or query, which may carry credentials).
    pub fn redirect_verdict(
        &self,
        first: &Url,
        from: &Url,
        to: &Url,
        hops: usize,
    ) -> std::result::Result<(), String> {
        let (f, t) = (origin_label(from), origin_label(to));
        if hops > MAX_REDIRECTS {
            return Err(format!(
                "{}: more than {MAX_REDIRECTS} redirects (last from {f} to {t})",
                self.service
            ));
        }
        if to.scheme() != "http" && to.scheme() != "https" {
            return Err(format!(
                "{}: refused a redirect from {f} to a {} URL",
                self.service,
                to.scheme()
            ));
        }
        if from.scheme() == "https" && to.scheme() == "http" {
            return Err(format!(
                "{}: refused a redirect from {f} to {t}: a redirect from https to plain http is never followed",
                self.service
            ));
        }
        if to.scheme() == "http" && !is_loopback(to) && !self.insecure_http {
            return Err(format!(
                "{}: refused a redirect from {f} to {t}: plain http to a host that is not loopback needs .allow_insecure_http(true) (CLI: --insecure-http)",
                self.service
            ));
        }
        if self.authenticated && to.origin() != first.origin() && !self.trusts(to) {
            return Err(format!(
                "{}: refused a redirect from {f} to {t}: the credentials go only to {}; if {t} is yours, allow it with .allow_origin(\"{t}\") (CLI: --allow-origin {t})",
                self.service,
                self.base_label()
            ));
        }
        Ok(())
    }

    /// The `reqwest` redirect policy applying [`redirect_verdict`](Self::redirect_verdict).
    pub fn redirect_policy(&self) -> reqwest::redirect::Policy {
        let me = Arc::new(self.clone());
        reqwest::redirect::Policy::custom(move |attempt| {
            let previous = attempt.previous();
            let (Some(first), Some(from)) = (previous.first(), previous.last()) else {
                return attempt.follow();
            };
            match me.redirect_verdict(first, from, attempt.url(), previous.len()) {
                Ok(()) => attempt.follow(),
                Err(message) => {
                    tracing::warn!(service = me.service.as_str(), "{message}");
                    attempt.error(message)
                }
            }
        })
    }

    /// The check for a URL the client is about to send credentials to that
    /// came from a server (a TAXII discovery's API root): it must be on a
    /// trusted origin and pass the plain-http rule.
    pub fn check_target(&self, url: &Url, source: &Url, what: &str) -> Result<()> {
        if !self.trusts(url) {
            let (s, t) = (origin_label(source), origin_label(url));
            return Err(Error::invalid_input(format!(
                "{}: {s} names the {what} {t}, another origin: the credentials are not sent there; if that server is yours, allow it with .allow_origin(\"{t}\") (CLI: --allow-origin {t})",
                self.service
            )));
        }
        self.check_http(url, what)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn policy(base: &str, allowed: &[&str], auth: bool, insecure: bool) -> OriginPolicy {
        OriginPolicy::new(
            Service::Taxii,
            u(base),
            allowed.iter().map(|a| u(a)).collect(),
            auth,
            insecure,
        )
    }

    #[test]
    fn loopback_hosts() {
        for l in [
            "http://127.0.0.1/",
            "http://127.9.8.7:99/",
            "http://[::1]/",
            "http://localhost:8080/",
            "http://LOCALHOST./",
            "http://a.localhost/",
        ] {
            assert!(is_loopback(&u(l)), "{l}");
        }
        for n in [
            "http://10.0.0.1/",
            "http://example.com/",
            "http://localhost.example.com/",
            "http://[::2]/",
        ] {
            assert!(!is_loopback(&u(n)), "{n}");
        }
    }

    #[test]
    fn labels_name_scheme_host_and_port_only() {
        assert_eq!(
            origin_label(&u("https://u:pw@h.example/p?sig=SECRET")),
            "https://h.example:443"
        );
        assert_eq!(
            origin_label(&u("http://127.0.0.1:8080/x")),
            "http://127.0.0.1:8080"
        );
    }

    #[test]
    fn https_to_http_is_always_refused() {
        let p = policy("https://a.example/", &["http://a.example"], false, true);
        let e = p
            .redirect_verdict(
                &u("https://a.example/x"),
                &u("https://a.example/x"),
                &u("http://a.example/y"),
                1,
            )
            .unwrap_err();
        assert!(
            e.contains("https://a.example:443") && e.contains("http://a.example:80"),
            "{e}"
        );
        // Even loopback, even unauthenticated, even with the http opt-in.
        let p = policy("https://127.0.0.1/", &[], false, true);
        assert!(p
            .redirect_verdict(
                &u("https://127.0.0.1/"),
                &u("https://127.0.0.1/"),
                &u("http://127.0.0.1/"),
                1
            )
            .is_err());
    }

    #[test]
    fn cross_origin_redirects_need_an_allowed_origin_when_authenticated() {
        let first = u("https://a.example/taxii2/");
        let to = u("https://b.example/taxii2/");
        let p = policy("https://a.example/", &[], true, false);
        let e = p.redirect_verdict(&first, &first, &to, 1).unwrap_err();
        assert!(e.contains("a.example") && e.contains("b.example"), "{e}");
        let p = policy("https://a.example/", &["https://b.example"], true, false);
        assert!(p.redirect_verdict(&first, &first, &to, 1).is_ok());
        // Another port is another origin.
        let p = policy(
            "https://a.example/",
            &["https://b.example:8443"],
            true,
            false,
        );
        assert!(p.redirect_verdict(&first, &first, &to, 1).is_err());
        // Unauthenticated (presigned downloads): followed.
        let p = policy("https://a.example/", &[], false, false);
        assert!(p.redirect_verdict(&first, &first, &to, 1).is_ok());
        // Same origin: followed; too many: refused.
        let same = u("https://a.example/other/");
        let p = policy("https://a.example/", &[], true, false);
        assert!(p.redirect_verdict(&first, &first, &same, 1).is_ok());
        assert!(p
            .redirect_verdict(&first, &first, &same, MAX_REDIRECTS + 1)
            .is_err());
    }

    #[test]
    fn plain_http_needs_the_opt_in_off_loopback() {
        let p = policy("https://a.example/", &[], false, false);
        let e = p
            .check_http(&u("http://dl.example/x?sig=SECRET"), "presigned URL")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("allow_insecure_http") && !e.contains("SECRET"),
            "{e}"
        );
        assert!(p.check_http(&u("http://127.0.0.1:1/"), "base URL").is_ok());
        assert!(p.check_http(&u("https://dl.example/"), "base URL").is_ok());
        let p = policy("https://a.example/", &[], false, true);
        assert!(p.check_http(&u("http://dl.example/x"), "base URL").is_ok());
        let first = u("http://127.0.0.1:1/");
        let p = policy("http://127.0.0.1:1/", &[], false, false);
        assert!(p
            .redirect_verdict(&first, &first, &u("http://dl.example/"), 1)
            .is_err());
    }
}
