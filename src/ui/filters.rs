//! The filter panel: search, regions and categories as facets with counts
//! (Datasette-style: each count is what that choice would give under the other
//! filters), a date range with a brushable histogram of articles per month, the
//! undated choice, and a reset. Every change writes the URL query.

use leptos::prelude::*;

use super::{CorpusRef, SetQuery};
use crate::model::{
    category_facets, date_histogram, is_iso_date, month_range, region_facets, Filters, Histogram,
};
use crate::num::fixed;

#[component]
pub fn FilterPanel(
    filters: Memo<Filters>,
    selection: Memo<Filters>,
    corpus: Memo<CorpusRef>,
) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    let update = move |change: &dyn Fn(&mut Filters)| {
        let mut f = filters.get_untracked();
        change(&mut f);
        set.apply(&f);
    };
    // counts follow the selection only (not the reader, the sort or the chart choice),
    // a painted frame after the table and the chart (the boxes themselves follow the
    // filters at once)
    let counted = super::after_paint(Memo::new(move |_| (corpus.get(), selection.get())));
    let regions = Memo::new(move |_| counted.with(|(c, s)| region_facets(c, s)));
    let categories = Memo::new(move |_| counted.with(|(c, s)| category_facets(c, s)));
    let hist = Memo::new(move |_| counted.with(|(c, s)| date_histogram(c, s)));
    // one handler for both date inputs: `to` says which bound it sets
    let on_date = move |to: bool| {
        move |ev| {
            let v = event_target_value(&ev);
            let d = is_iso_date(&v).then_some(v);
            update(&|f| {
                if to {
                    f.to = d.clone()
                } else {
                    f.from = d.clone()
                }
            });
        }
    };
    let on_undated = move |ev| {
        let include = event_target_checked(&ev);
        update(&|f| f.exclude_undated = !include);
    };
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = leptos::prelude::document()
            .get_element_by_id("search")
            .and_then(|e| {
                leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlInputElement>(e).ok()
            });
        if let Some(i) = input {
            let v = i.value();
            update(&|f| f.q = v.trim().to_string());
        }
    };
    let reset = move |_| set.apply(&filters.get_untracked().reset());

    view! {
        <div class="filters" data-testid="filters">
            <form class="search" role="search" on:submit=on_search>
                <label for="search">"Search the articles"</label>
                <div class="search-row">
                    <input id="search" type="search" name="q" data-testid="search" placeholder="e.g. Shebekino"
                        prop:value=move || filters.with(|f| f.q.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); update(&|f| f.q = v.trim().to_string()); } />
                    <button type="submit">"Search"</button>
                </div>
            </form>
            <fieldset class="facet" data-testid="region-facet">
                <legend>"Region"</legend>
                <For each=move || regions.get() key=|(r, _)| r.clone() let:item>
                    {
                        let (r, _) = item;
                        let n = count_of(regions, r.clone());
                        let r2 = r.clone();
                        let r3 = r.clone();
                        view! {
                            <label class="facet-item" class:zero=move || n.get() == 0>
                                <input type="checkbox" name="region" value=r.clone()
                                    prop:checked=move || filters.with(|f| f.regions.contains(&r2))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let r = r3.clone();
                                        update(&|f| {
                                            f.regions.retain(|x| *x != r);
                                            if on { f.regions.push(r.clone()); }
                                        });
                                    } />
                                <span class="facet-name">{r}</span>
                                <span class="count">{move || n.get()}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <fieldset class="facet" data-testid="category-facet">
                <legend>"Category"</legend>
                <For each=move || categories.get() key=|(c, _)| *c let:item>
                    {
                        let (c, _) = item;
                        let n = count_of(categories, c);
                        view! {
                            <label class="facet-item" class:zero=move || n.get() == 0>
                                <input type="checkbox" name="category" value=c.as_str()
                                    prop:checked=move || filters.with(|f| f.categories.contains(&c))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        update(&|f| {
                                            f.categories.retain(|x| *x != c);
                                            if on { f.categories.push(c); }
                                        });
                                    } />
                                <span class=format!("facet-name cat cat-{}", c.as_str())>{c.as_str()}</span>
                                <span class="count">{move || n.get()}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <fieldset class="dates">
                <legend>"Article date"</legend>
                <DateHistogram filters=filters hist=hist />
                <div class="date-row">
                    <label>
                        <span>"From"</span>
                        <input type="date" name="from" data-testid="from" on:change=on_date(false)
                            prop:value=move || filters.with(|f| f.from.clone().unwrap_or_default()) />
                    </label>
                    <label>
                        <span>"To"</span>
                        <input type="date" name="to" data-testid="to" on:change=on_date(true)
                            prop:value=move || filters.with(|f| f.to.clone().unwrap_or_default()) />
                    </label>
                </div>
                <label class="check">
                    <input type="checkbox" name="undated" data-testid="undated" on:change=on_undated
                        prop:checked=move || !filters.with(|f| f.exclude_undated) />
                    <span>{move || format!("Include undated articles ({})", hist.with(|h| h.undated))}</span>
                </label>
            </fieldset>
            <button type="button" class="reset" data-testid="reset" on:click=reset
                disabled=move || filters.with(Filters::is_unfiltered)>"Reset filters"</button>
        </div>
    }
}

/// Articles per month; drag across the bars (or click one) to set the date range.
#[component]
fn DateHistogram(filters: Memo<Filters>, hist: Memo<Histogram>) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    // the bar where a drag started and where it is now (local, transient UI state)
    let (drag, set_drag) = signal(None::<(usize, usize)>);
    let commit = move |a: usize, b: usize| {
        let h = hist.get_untracked();
        let (lo, hi) = (a.min(b), a.max(b));
        if let (Some(first), Some(last)) = (h.months.get(lo), h.months.get(hi)) {
            let mut f = filters.get_untracked();
            f.from = Some(month_range(&first.0).0);
            f.to = Some(month_range(&last.0).1);
            set.apply(&f);
        }
    };
    // the bars read the date range only: another filter changing does not redraw them
    let range = Memo::new(move |_| filters.with(|f| (f.from.clone(), f.to.clone())));
    const W: f64 = 240.0;
    const H: f64 = 48.0;
    const VIEW_BOX: &str = "0 0 240 48"; // W and H
    view! {
        <Show when=move || !hist.get().months.is_empty()>
            <svg class="histogram" data-testid="histogram" viewBox=VIEW_BOX
                role="img"
                aria-label=move || {
                    let h = hist.get();
                    let total: usize = h.months.iter().map(|m| m.1).sum();
                    format!("{total} dated articles from {} to {}; drag across the bars to choose dates",
                        h.months.first().map(|m| m.0.clone()).unwrap_or_default(),
                        h.months.last().map(|m| m.0.clone()).unwrap_or_default())
                }
                on:pointerleave=move |_| set_drag.set(None)
            >
                {move || {
                    let h = hist.get();
                    let (from, to) = range.get();
                    let n = h.months.len().max(1);
                    let max = h.months.iter().map(|m| m.1).max().unwrap_or(1).max(1) as f64;
                    let bw = W / n as f64;
                    let dragging = drag.get();
                    h.months.iter().enumerate().map(|(i, (month, count))| {
                        let bh = if *count == 0 { 0.0 } else { (*count as f64 / max * (H - 4.0)).max(2.0) };
                        let (first, last) = month_range(month);
                        let in_range = match dragging {
                            Some((a, b)) => i >= a.min(b) && i <= a.max(b),
                            None => from.as_deref().is_none_or(|x| last.as_str() >= x)
                                && to.as_deref().is_none_or(|x| first.as_str() <= x),
                        };
                        view! {
                            <g class="bar" class:in=in_range
                                on:pointerdown=move |ev| { ev.prevent_default(); set_drag.set(Some((i, i))) }
                                on:pointerenter=move |_| set_drag.update(|d| if let Some(d) = d { d.1 = i })
                                on:pointerup=move |_| {
                                    if let Some((a, _)) = drag.get_untracked() { commit(a, i) }
                                    set_drag.set(None)
                                }
                            >
                                <rect class="hit" x=fixed(i as f64 * bw, 2) y="0" width=fixed(bw, 2) height="48" />
                                <rect class="fill" x=fixed(i as f64 * bw + 0.5, 2) y=fixed(H - bh, 2) width=fixed((bw - 1.0).max(0.5), 2) height=fixed(bh, 2) />
                                <title>{format!("{month}: {count} articles")}</title>
                            </g>
                        }
                    }).collect_view()
                }}
            </svg>
            <div class="hist-axis" aria-hidden="true">
                <span>{move || hist.get().months.first().map(|m| m.0.clone()).unwrap_or_default()}</span>
                <span>{move || hist.get().months.last().map(|m| m.0.clone()).unwrap_or_default()}</span>
            </div>
        </Show>
    }
}

/// The count beside a facet item now. Items are kept by name while their counts change
/// with the filters, so a checkbox the reader just toggled keeps its place and focus.
fn count_of<K>(facet: Memo<Vec<(K, usize)>>, key: K) -> Memo<usize>
where
    K: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| facet.with(|v| v.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n)))
}
