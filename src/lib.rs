//! Tally's browser app: an explorer of the figures news articles report.
//!
//! The view model (filter state, URL query, filtering, sorting, chart geometry, the
//! reader's text, exports) is the pure crate `tally_view`, re-exported here; [`ui`]
//! holds the Leptos components that render it.

pub use tally_view::{data, export, json, model, num, pack, plot, reader, sort, yours};

pub mod ui;

pub use ui::App;
