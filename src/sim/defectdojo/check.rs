//! Request-body validation as DRF serializers do it: `Check` collects every
//! field error (required, type, choices, foreign keys) into one
//! `{"field": ["message"]}` answer; plus JSON body parsing and field merging
//! for partial updates.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, NaiveDate};
use serde_json::Value;

use super::{detail, field_errors, one_error, Obj};

/// Checks a JSON body the way DRF serializers do; collects every field error.
pub(super) struct Check<'a> {
    pub(super) body: &'a Obj,
    errors: BTreeMap<String, Vec<String>>,
    partial: bool,
}

impl<'a> Check<'a> {
    pub(super) fn new(body: &'a Obj, partial: bool) -> Self {
        Check {
            body,
            errors: BTreeMap::new(),
            partial,
        }
    }
    pub(super) fn err(&mut self, f: &str, m: impl Into<String>) {
        self.errors.entry(f.to_string()).or_default().push(m.into());
    }
    pub(super) fn required(&mut self, fields: &[&str]) {
        if self.partial {
            return;
        }
        for f in fields {
            if self.body.get(*f).is_none_or(Value::is_null) {
                self.err(f, "This field is required.");
            }
        }
    }
    pub(super) fn string(&mut self, f: &str, max: usize, blank_ok: bool) {
        match self.body.get(f) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.trim().is_empty() && !blank_ok => {
                self.err(f, "This field may not be blank.")
            }
            Some(Value::String(s)) if s.chars().count() > max => self.err(
                f,
                format!("Ensure this field has no more than {max} characters."),
            ),
            Some(Value::String(_)) => {}
            Some(_) => self.err(f, "Not a valid string."),
        }
    }
    pub(super) fn boolean(&mut self, f: &str) {
        if let Some(v) = self.body.get(f) {
            if !v.is_boolean() && !v.is_null() {
                self.err(f, "Must be a valid boolean.");
            }
        }
    }
    pub(super) fn choice(&mut self, f: &str, choices: &[&str]) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if !v.as_str().is_some_and(|s| choices.contains(&s)) {
                self.err(
                    f,
                    format!(
                        "\"{}\" is not a valid choice.",
                        v.as_str().unwrap_or(&v.to_string())
                    ),
                );
            }
        }
    }
    pub(super) fn date(&mut self, f: &str) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if v.as_str()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                .is_none()
            {
                self.err(
                    f,
                    "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
                );
            }
        }
    }
    pub(super) fn datetime(&mut self, f: &str) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if v.as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .is_none()
            {
                self.err(
                    f,
                    "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
                );
            }
        }
    }
    pub(super) fn pk(&mut self, f: &str, exists: impl Fn(i64) -> bool) {
        match self.body.get(f) {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_i64() {
                Some(id) if exists(id) => {}
                Some(id) => self.err(f, format!("Invalid pk \"{id}\" - object does not exist.")),
                None => self.err(
                    f,
                    format!(
                        "Incorrect type. Expected pk value, received {}.",
                        type_name(v)
                    ),
                ),
            },
        }
    }
    pub(super) fn tags(&mut self, f: &str) {
        if let Some(v) = self.body.get(f) {
            if !v.as_array().is_some_and(|a| {
                a.iter()
                    .all(|t| t.as_str().is_some_and(|s| !s.trim().is_empty()))
            }) {
                self.err(f, "Expected a list of non-empty strings.");
            }
        }
    }
    pub(super) fn done(self) -> Result<(), Response> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(field_errors(self.errors))
        }
    }
}

pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "str",
        Value::Bool(_) => "bool",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
        Value::Number(_) => "float",
        Value::Null => "NoneType",
    }
}

pub(super) fn json_body(body: &[u8]) -> Result<Obj, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(one_error(
            "non_field_errors",
            "Invalid data. Expected a dictionary, but got list.",
        )),
        Err(e) => Err(detail(
            StatusCode::BAD_REQUEST,
            &format!("JSON parse error - {e}"),
        )),
    }
}

/// Copies the allowed fields of `body` into `target`.
pub(super) fn merge(target: &mut Obj, body: &Obj, allowed: &[&str]) {
    for (k, v) in body {
        if allowed.contains(&k.as_str()) {
            target.insert(k.clone(), v.clone());
        }
    }
}
