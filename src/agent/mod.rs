//! The ingestion agent behind `secops run`: feeds of all five services run
//! on a recurring schedule, each run one pass of the [sync driver](crate::sync).

pub mod observe;
pub mod rotate;
