//! The taxii module.
