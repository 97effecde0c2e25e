//! The sandbox client (work in progress).

/// The client generated from `specs/sandbox.yaml` (see `generated/sandbox.rs`).
#[allow(missing_docs, clippy::all, unused)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/sandbox.rs"));
}

crate::impl_retry_hooks!(generated::Client);
