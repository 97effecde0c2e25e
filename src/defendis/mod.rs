//! The defendis client (work in progress).

/// The client generated from `specs/defendis.yaml` (see `generated/defendis.rs`).
#[allow(missing_docs, clippy::all, unused)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/defendis.rs"));
}

crate::impl_retry_hooks!(generated::Client);
