//! Secrets: API keys, tokens and presigned URLs.
//!
//! A [`Secret`] never shows its value through `Debug` or `Display` (both print
//! `[redacted]`), so a client, a configuration or an error that holds one can be
//! logged or printed safely. The value is only revealed where a request is
//! built, through [`Secret::expose`] or [`Secret::header_value`], and header
//! values built from it are marked sensitive so that `reqwest`/`http` never
//! print them either.

use std::fmt;

use http::HeaderValue;

use crate::error::Error;

/// What `Debug` and `Display` print instead of a secret's value.
pub const REDACTED: &str = "[redacted]";

/// A secret string (API key, token, password, presigned URL).
///
/// ```
/// use secops::Secret;
/// let key = Secret::new("s3cr3t");
/// assert_eq!(format!("{key:?} {key}"), "[redacted] [redacted]");
/// assert_eq!(key.expose(), "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Secret(Box<str>);

impl Secret {
    /// Wraps a value as a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into().into_boxed_str())
    }

    /// Reads a secret from an environment variable.
    ///
    /// A missing or empty variable is an [`Error::InvalidInput`] naming the
    /// variable (never its value).
    pub fn from_env(var: &str) -> Result<Self, Error> {
        match std::env::var(var) {
            Ok(v) if !v.trim().is_empty() => Ok(Secret::new(v.trim())),
            Ok(_) => Err(Error::invalid_input(format!(
                "environment variable {var} is empty: export your key there or pass it to the builder"
            ))),
            Err(_) => Err(Error::invalid_input(format!(
                "environment variable {var} is not set: export your key there or pass it to the builder"
            ))),
        }
    }

    /// The secret value. Call this only where a request is built.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A header value `prefix + secret` (e.g. `"Bearer "`), marked sensitive.
    pub fn header_value(&self, prefix: &str) -> Result<HeaderValue, Error> {
        let mut v = HeaderValue::from_str(&format!("{prefix}{}", self.expose())).map_err(|_| {
            Error::invalid_input(
                "the key contains characters that cannot be sent in an HTTP header",
            )
        })?;
        v.set_sensitive(true);
        Ok(v)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Secret::new(s)
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret::new(s)
    }
}

impl From<&String> for Secret {
    fn from(s: &String) -> Self {
        Secret::new(s.as_str())
    }
}

/// Removes the query string and any user info from a URL before it is shown
/// in an error or a log line (presigned URLs carry credentials in the query).
pub fn redact_url(url: &url::Url) -> String {
    let mut u = url.clone();
    let _ = u.set_username("");
    let _ = u.set_password(None);
    if u.query().is_some() {
        u.set_query(Some("[redacted]"));
    }
    u.set_fragment(None);
    u.to_string()
}

/// Replaces every occurrence of each secret in `text` by `[redacted]`, and
/// the value of every signature-like query parameter (`X-Amz-Signature=`,
/// `X-Amz-Credential=`, `Signature=`, `sig=`...; see [`redact_signatures`]).
///
/// Used on server-provided text (error bodies, messages) before it is put in
/// an error, in case a server echoes a key, a password or a presigned URL back.
pub fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_owned();
    let mut sorted: Vec<&str> = secrets
        .iter()
        .map(|s| s.expose())
        .filter(|s| s.len() >= 4)
        .collect();
    // Longest first, so that a secret containing another is replaced whole.
    sorted.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in sorted {
        if out.contains(s) {
            out = out.replace(s, REDACTED);
        }
    }
    redact_signatures(&out)
}

/// Query parameters whose values are credentials in presigned URLs (compared
/// case-insensitively).
const SIGNED_PARAMS: &[&str] = &[
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "x-goog-credential",
    "awsaccesskeyid",
    "signature",
    "sig",
    "apikey",
    "api_key",
    "token",
];

/// Replaces the value of every signature-like `name=value` (see the list in
/// [`scrub`]) in `text` by `[redacted]`: the value ends at `&`, whitespace,
/// a quote, `<`, `>` or `#`.
pub fn redact_signatures(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(eq) = lower[i..].find('=').map(|p| p + i) {
        let name_start = lower[..eq]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |p| {
                p + lower[p..].chars().next().map_or(1, char::len_utf8)
            });
        let name = &lower[name_start..eq];
        let value_end = text[eq + 1..]
            .find(|c: char| c == '&' || c.is_whitespace() || "\"'<>#".contains(c))
            .map_or(text.len(), |p| p + eq + 1);
        if SIGNED_PARAMS.contains(&name)
            && value_end > eq + 1
            && &text[eq + 1..value_end] != REDACTED
        {
            out.push_str(&text[copied..=eq]);
            out.push_str(REDACTED);
            copied = value_end;
        }
        i = eq + 1;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_are_redacted() {
        let s = Secret::new("abcd-1234");
        assert_eq!(format!("{s:?}"), REDACTED);
        assert_eq!(format!("{s}"), REDACTED);
        assert_eq!(format!("{:?}", Some(s.clone())), "Some([redacted])");
    }

    #[test]
    fn header_value_is_sensitive() {
        let s = Secret::new("abcd-1234");
        let h = s.header_value("Bearer ").unwrap();
        assert!(h.is_sensitive());
        assert!(!format!("{h:?}").contains("abcd"));
    }

    #[test]
    fn redact_url_drops_query_and_userinfo() {
        let u =
            url::Url::parse("https://user:pw@h.example/a/b?X-Amz-Credential=zzz&sig=1").unwrap();
        let r = redact_url(&u);
        assert!(!r.contains("zzz") && !r.contains("pw") && !r.contains("user"));
        assert!(r.starts_with("https://h.example/a/b?"));
    }

    #[test]
    fn scrub_removes_secrets() {
        let s = Secret::new("key-123456");
        assert_eq!(scrub("bad key key-123456!", &[&s]), "bad key [redacted]!");
        let long = Secret::new("key-123456-and-more");
        assert_eq!(scrub("k=key-123456-and-more", &[&s, &long]), "k=[redacted]");
    }

    #[test]
    fn signatures_are_redacted() {
        let t = "denied for https://h/x?a=1&X-Amz-Signature=abc123def&X-Amz-Credential=AKIA%2F1 <Sig>sig=zz9</Sig> \"token=tt\" design=ok";
        let r = redact_signatures(t);
        for gone in ["abc123def", "AKIA", "zz9", "tt\""] {
            assert!(!r.contains(gone), "{gone}: {r}");
        }
        assert!(r.contains("a=1") && r.contains("design=ok"), "{r}");
        assert_eq!(redact_signatures("x=1&sig="), "x=1&sig=");
    }
}
