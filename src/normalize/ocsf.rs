//! The ocsf mappings (being written).

use super::{Origin, RecordKind};
use crate::error::{Error, Result};

/// Maps one record of `kind`.
pub fn map(kind: RecordKind, record: &[u8], origin: &Origin) -> Result<Vec<serde_json::Value>> {
    let _ = (record, origin);
    Err(Error::invalid_input(format!(
        "{} records have no ocsf mapping yet",
        kind.name()
    )))
}
