#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "agent")]
pub mod agent;
pub mod budget;
pub mod checkpoint;
pub mod config;
pub mod error;
mod http;
pub mod limits;
#[cfg(feature = "normalize")]
pub mod normalize;
pub mod origin;
pub mod paging;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod retry;
pub mod secret;
pub mod sink;
pub mod sync;

#[cfg(feature = "codegen")]
pub mod hooks;

#[cfg(feature = "defectdojo")]
pub mod defectdojo;
#[cfg(feature = "defendis")]
pub mod defendis;
#[cfg(feature = "sandbox")]
pub mod sandbox;
#[cfg(feature = "sie")]
pub mod sie;
#[cfg(feature = "sim")]
pub mod sim;
#[cfg(feature = "taxii")]
pub mod taxii;

pub use budget::{RequestBudget, RequestMeter};
pub use checkpoint::{Checkpoint, CheckpointStore, FileCheckpoints, MemoryCheckpoints};
pub use config::{Auth, ClientBuilder, ClientConfig};
pub use error::{ApiError, ApiErrorKind, Error, Result, Service};
pub use paging::{Cursor, Page, Paginator, Plan, Position};
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use sink::{MemorySink, NdjsonFile, Sink};
pub use sync::{Gap, SyncJob, SyncProgress, SyncReport};
