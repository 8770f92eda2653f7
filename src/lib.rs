//! Tally's browser app: an explorer of the figures news articles report.
//!
//! [`model`] and [`plot`] are pure (filter state, URL query, filtering, sorting, chart
//! geometry) and tested natively; [`ui`] holds the Leptos components that render them.

pub mod data;
pub mod export;
pub mod json;
pub mod model;
pub mod num;
pub mod pack;
pub mod plot;
pub mod reader;
pub mod sort;
pub mod ui;
pub mod yours;

pub use ui::App;
