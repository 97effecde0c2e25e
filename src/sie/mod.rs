//! The sie module.
