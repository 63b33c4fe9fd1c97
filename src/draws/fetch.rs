//! Downloading IRCC's rounds feed: one GET, only when the person asks for it
//! (`draws --update`, `watch`, the planner's update key). Bounded in every
//! way a hostile or broken server could stretch it: connection and whole
//! request timeouts, a size cap, a few redirects. The answer is bytes or a
//! typed failure; checking the bytes and keeping them is `draws::keep`'s.

use std::fmt;
use std::io::Read;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Where IRCC publishes every round of invitations (the English feed that
/// `assets/ee_rounds_123_en.json` is a copy of).
pub const IRCC_FEED_URL: &str = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json";

/// Points `draws --update` and `watch` at a mirror instead of IRCC.
pub const FEED_URL_VAR: &str = "CRS_PLANNER_FEED_URL";

/// The longest a whole download may take unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The longest the connection alone may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// Redirects followed before giving up (IRCC's address redirects at most once).
const MAX_REDIRECTS: u32 = 5;

/// What the server said about the copy it sent, so that the next request can
/// ask "only if it changed" and cost one small answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// What a download brought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The server says the copy kept is still its copy (304).
    Unchanged,
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// Why a download failed. Each says what to do about it when worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The address is not an http(s) address with a host.
    BadAddress(String),
    /// The host name could not be looked up (no network, a typo, DNS down).
    HostNotFound(String),
    /// Nothing answered at the address (no network, a firewall, the server down).
    CannotConnect(String),
    /// The secure connection could not be set up (a proxy that intercepts,
    /// a wrong clock, a certificate that does not match).
    Tls(String),
    /// The server took longer than allowed.
    TimedOut { seconds: u64 },
    /// The server answered with an HTTP error.
    Status(u16),
    /// The server sent the request round in circles.
    TooManyRedirects,
    /// The body is larger than any feed may be.
    TooLarge { limit: u64 },
    /// The connection ended before the whole body came.
    Truncated { received: u64, expected: Option<u64> },
    /// Anything else the connection said, in its own words.
    Other(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&match self {
            FetchError::BadAddress(url) => crate::t!("fetch-bad-address", url = url),
            FetchError::HostNotFound(host) => crate::t!("fetch-host-not-found", host = host),
            FetchError::CannotConnect(problem) => crate::t!("fetch-cannot-connect", problem = problem),
            FetchError::Tls(problem) => crate::t!("fetch-tls", problem = problem),
            FetchError::TimedOut { seconds } => crate::t!("fetch-timed-out", seconds = *seconds),
            FetchError::Status(status) => crate::t!(
                "fetch-status",
                status = *status,
                kind = if *status >= 500 { "server" } else { "client" }
            ),
            FetchError::TooManyRedirects => crate::t!("fetch-redirects", most = MAX_REDIRECTS),
            FetchError::TooLarge { limit } => crate::t!("fetch-too-large", megabytes = limit / (1024 * 1024)),
            FetchError::Truncated { received, expected } => match expected {
                Some(expected) => crate::t!(
                    "fetch-truncated-of",
                    received = received.to_string(),
                    expected = expected.to_string()
                ),
                None => crate::t!("fetch-truncated", received = received.to_string()),
            },
            FetchError::Other(problem) => crate::t!("fetch-other", problem = problem),
        })
    }
}

/// How a download is bounded.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The whole request, body included.
    pub timeout: Duration,
    /// The most bytes the body may hold.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: DEFAULT_TIMEOUT,
            max_bytes: crate::files::MAX_FEED_FILE,
        }
    }
}

/// The address to download from: the one given, else `CRS_PLANNER_FEED_URL`,
/// else IRCC's.
pub fn feed_url(given: Option<&str>) -> String {
    given
        .map(str::to_string)
        .or_else(|| {
            std::env::var(FEED_URL_VAR)
                .ok()
                .filter(|url| !url.trim().is_empty())
        })
        .unwrap_or_else(|| IRCC_FEED_URL.to_string())
}

/// Downloads `url`, asking for it only if it changed since `validators`.
/// `progress` hears the bytes received so far and the size announced.
pub fn fetch(
    url: &str,
    validators: Option<&Validators>,
    limits: Limits,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Fetched, FetchError> {
    if host_of(url).is_none() {
        return Err(FetchError::BadAddress(url.to_string()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(CONNECT_TIMEOUT.min(limits.timeout)))
        .timeout_global(Some(limits.timeout))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("crs-planner/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut request = agent.get(url);
    if let Some(validators) = validators {
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header("If-Modified-Since", date);
        }
    }
    let response = request
        .call()
        .map_err(|error| failure(&error, url, limits, 0, None))?;
    let status = response.status().as_u16();
    if status == 304 {
        return Ok(Fetched::Unchanged);
    }
    if !(200..300).contains(&status) {
        return Err(FetchError::Status(status));
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .map(str::to_string)
    };
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let announced = header("content-length").and_then(|length| length.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > limits.max_bytes) {
        return Err(FetchError::TooLarge {
            limit: limits.max_bytes,
        });
    }
    let mut reader = response
        .into_body()
        .into_with_config()
        .limit(limits.max_bytes.saturating_add(1))
        .reader();
    let mut bytes = Vec::with_capacity(announced.unwrap_or(1 << 20).min(limits.max_bytes) as usize);
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => {
                bytes.extend_from_slice(&chunk[..read]);
                if bytes.len() as u64 > limits.max_bytes {
                    return Err(FetchError::TooLarge {
                        limit: limits.max_bytes,
                    });
                }
                progress(bytes.len() as u64, announced);
            }
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => {
                let received = bytes.len() as u64;
                // ureq hands its own errors through the reader wrapped in
                // an io::Error: read them as they are.
                let inner = error
                    .get_ref()
                    .and_then(|inner| inner.downcast_ref::<ureq::Error>());
                return Err(match inner {
                    Some(inner) => failure(inner, url, limits, received, announced),
                    None => failure(&ureq::Error::Io(error), url, limits, received, announced),
                });
            }
        }
    }
    if announced.is_some_and(|length| (bytes.len() as u64) < length) {
        return Err(FetchError::Truncated {
            received: bytes.len() as u64,
            expected: announced,
        });
    }
    Ok(Fetched::Body { bytes, validators })
}

fn failure(
    error: &ureq::Error,
    url: &str,
    limits: Limits,
    received: u64,
    announced: Option<u64>,
) -> FetchError {
    use std::io::ErrorKind;
    let secure = url.starts_with("https://");
    let host = host_of(url).unwrap_or_else(|| url.to_string());
    match error {
        ureq::Error::HostNotFound => FetchError::HostNotFound(host.to_string()),
        ureq::Error::Timeout(_) => FetchError::TimedOut {
            seconds: limits.timeout.as_secs().max(1),
        },
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects,
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
            limit: limits.max_bytes,
        },
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => FetchError::BadAddress(host.to_string()),
        ureq::Error::ConnectionFailed => FetchError::CannotConnect(host.to_string()),
        ureq::Error::Tls(problem) => FetchError::Tls(problem.to_string()),
        ureq::Error::Rustls(problem) => FetchError::Tls(problem.to_string()),
        // std words a failed name look-up "failed to lookup address
        // information" on every platform, with no kind of its own.
        ureq::Error::Io(io) if io.to_string().contains("lookup address") => {
            FetchError::HostNotFound(host.to_string())
        }
        // A TLS stream reports what its peer sent wrong as invalid data.
        ureq::Error::Io(io) if secure && io.kind() == ErrorKind::InvalidData => {
            FetchError::Tls(io.to_string())
        }
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::TimedOut | ErrorKind::WouldBlock => FetchError::TimedOut {
                seconds: limits.timeout.as_secs().max(1),
            },
            ErrorKind::ConnectionRefused | ErrorKind::NetworkUnreachable | ErrorKind::HostUnreachable => {
                FetchError::CannotConnect(format!("{host}: {io}"))
            }
            ErrorKind::UnexpectedEof | ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted
                if received > 0 || announced.is_some() =>
            {
                FetchError::Truncated {
                    received,
                    expected: announced,
                }
            }
            _ => FetchError::Other(io.to_string()),
        },
        ureq::Error::Protocol(_) if received > 0 => FetchError::Truncated {
            received,
            expected: announced,
        },
        other => FetchError::Other(other.to_string()),
    }
}

/// The host of an http or https address, if it is one.
fn host_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    (!host.is_empty() && !host.contains(char::is_whitespace)).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_addresses() {
        assert_eq!(host_of(IRCC_FEED_URL).as_deref(), Some("www.canada.ca"));
        assert_eq!(
            host_of("http://127.0.0.1:8080/feed.json").as_deref(),
            Some("127.0.0.1:8080")
        );
        assert_eq!(host_of("ftp://example.org/x"), None);
        assert_eq!(host_of("https:///x"), None);
        assert_eq!(host_of("www.canada.ca/x"), None);
    }

    #[test]
    fn the_address_given_comes_first() {
        assert_eq!(feed_url(Some("http://127.0.0.1:1/x")), "http://127.0.0.1:1/x");
    }
}
