//! The filter bar: region, date range, undated choice, reset.

use leptos::prelude::*;

use super::{corpus, SetQuery};
use crate::model::{is_iso_date, region_facets, Filters};

#[component]
pub fn FilterBar(filters: Memo<Filters>) -> impl IntoView {
    let set = expect_context::<SetQuery>();
    let regions = region_facets(corpus(), &Filters::default());
    let update = move |change: &dyn Fn(&mut Filters)| {
        let mut f = filters.get_untracked();
        change(&mut f);
        set.apply(&f);
    };
    let on_region = move |ev| {
        let v = event_target_value(&ev);
        update(&|f| f.regions = if v.is_empty() { Vec::new() } else { vec![v.clone()] });
    };
    let on_from = move |ev| {
        let v = event_target_value(&ev);
        update(&|f| f.from = is_iso_date(&v).then(|| v.clone()));
    };
    let on_to = move |ev| {
        let v = event_target_value(&ev);
        update(&|f| f.to = is_iso_date(&v).then(|| v.clone()));
    };
    let on_undated = move |ev| {
        let include = event_target_checked(&ev);
        update(&|f| f.exclude_undated = !include);
    };
    let reset = move |_| set.apply(&Filters { sort: filters.get_untracked().sort, ..Filters::default() });

    view! {
        <form class="filters" aria-label="Filters" on:submit=|ev| ev.prevent_default()>
            <label>
                <span>"Region"</span>
                <select name="region" data-testid="region" on:change=on_region>
                    <option value="" prop:selected=move || filters.get().regions.is_empty()>"All regions"</option>
                    {regions.into_iter().map(|(r, n)| {
                        let value = r.clone();
                        let selected = r.clone();
                        view! {
                            <option value=value prop:selected=move || filters.get().regions.contains(&selected)>
                                {format!("{r} ({n})")}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span>"From"</span>
                <input type="date" name="from" data-testid="from" on:change=on_from
                    prop:value=move || filters.get().from.unwrap_or_default() />
            </label>
            <label>
                <span>"To"</span>
                <input type="date" name="to" data-testid="to" on:change=on_to
                    prop:value=move || filters.get().to.unwrap_or_default() />
            </label>
            <label class="check">
                <input type="checkbox" name="undated" data-testid="undated" on:change=on_undated
                    prop:checked=move || !filters.get().exclude_undated />
                <span>"Include undated articles"</span>
            </label>
            <button type="button" data-testid="reset" on:click=reset
                disabled=move || filters.get().is_unfiltered()>"Reset"</button>
        </form>
    }
}
