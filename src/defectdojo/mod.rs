//! The defectdojo client (work in progress).

/// The client generated from `specs/defectdojo.yaml` (see `generated/defectdojo.rs`).
#[allow(missing_docs, clippy::all, unused)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/defectdojo.rs"));
}

crate::impl_retry_hooks!(generated::Client);
