//! [`DateTimeOffset`] as a real date-time (feature `time`).
//!
//! The model keeps the timestamp exactly as Graph sent it, so that a round trip loses nothing
//! (Graph writes anything from `2018-07-15T14:00:00Z` to seven fractional digits); it is parsed
//! only when asked. `time` rather than `jiff` or `chrono`: azure_core's tokens already carry a
//! `time::OffsetDateTime`, so with `azure-identity` the feature adds no date-time library.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::DateTimeOffset;

/// A timestamp that is not an RFC 3339 date-time with an offset.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not an ISO 8601 date-time with an offset: {reason}")]
pub struct DateTimeError {
    /// The timestamp as sent.
    pub value: String,
    /// What the parser found wrong.
    pub reason: String,
}

impl DateTimeOffset {
    /// The timestamp as a date-time, parsed as RFC 3339 (the profile of ISO 8601 Graph uses).
    pub fn to_time(&self) -> Result<OffsetDateTime, DateTimeError> {
        OffsetDateTime::parse(self.as_str(), &Rfc3339).map_err(|e| DateTimeError {
            value: self.as_str().to_owned(),
            reason: e.to_string(),
        })
    }
}

impl From<OffsetDateTime> for DateTimeOffset {
    /// The RFC 3339 text of a date-time, e.g. `2026-03-01T09:30:00Z`.
    fn from(value: OffsetDateTime) -> Self {
        // Every OffsetDateTime with a four-digit year has an RFC 3339 form.
        let text = value.format(&Rfc3339).unwrap_or_else(|_| value.to_string());
        DateTimeOffset::new(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_timestamps_parse_and_keep_their_text() {
        for text in [
            "2018-07-15T14:00:00Z",
            "2019-09-04T21:26:13.5666667Z",
            "2024-02-29T23:59:59.123+02:00",
        ] {
            let value = DateTimeOffset::new(text);
            let parsed = value.to_time().expect(text);
            assert_eq!(value.as_str(), text);
            assert_eq!(
                DateTimeOffset::from(parsed).to_time().unwrap(),
                parsed,
                "{text}"
            );
        }
        let parsed = DateTimeOffset::new("2019-09-04T21:26:13.5666667Z")
            .to_time()
            .unwrap();
        assert_eq!(parsed.nanosecond(), 566_666_700);
    }

    #[test]
    fn a_timestamp_that_is_not_one_says_which() {
        let error = DateTimeOffset::new("next tuesday").to_time().unwrap_err();
        assert_eq!(error.value, "next tuesday");
        assert!(
            error
                .to_string()
                .starts_with("`next tuesday` is not an ISO 8601 date-time with an offset: "),
            "{error}"
        );
        // A local time without an offset is not enough to know the instant.
        assert!(DateTimeOffset::new("2018-07-15T14:00:00")
            .to_time()
            .is_err());
    }

    #[test]
    fn from_a_date_time_is_rfc_3339() {
        let when = OffsetDateTime::from_unix_timestamp(1_772_357_400).unwrap();
        assert_eq!(DateTimeOffset::from(when).as_str(), "2026-03-01T09:30:00Z");
    }
}
