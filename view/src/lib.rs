//! Tally's view model: everything the page shows, computed without a browser.
//!
//! [`pack`] reads the corpus index the build embeds; [`model`] holds the filter state
//! (the URL query), filtering, sorting and facets over a flat index; [`plot`] the
//! chart's geometry; [`reader`] an article's text with its figures marked; [`export`]
//! and [`json`] the downloads; [`yours`] the reader's own articles. All of it is tested
//! natively and compiled for speed in the wasm (see the workspace `Cargo.toml`); the
//! Leptos components in the app crate only render it.

pub mod data;
pub mod export;
pub mod json;
mod markup;
pub mod model;
pub mod num;
pub mod pack;
pub mod plot;
pub mod reader;
pub mod sort;
pub mod yours;
