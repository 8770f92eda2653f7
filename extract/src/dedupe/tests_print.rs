//! The similarity of every test case, printed (a diagnostic, not a check).

use super::*;

#[test]
#[ignore = "prints the similarity of every case: -- --ignored --nocapture"]
fn print_similarities() {
    let row = |name: &str, a: &str, b: &str| {
        let s = similarity(a, b);
        println!(
            "{name:40} C={:.3} J={:.3} shared={} copy={}",
            s.containment,
            s.resemblance,
            s.shared,
            s.is_copy()
        );
    };
    for (k, s) in STORIES.iter().enumerate() {
        row(&format!("banner {k}"), s, &with_banner(s));
        row(&format!("markdown {k}"), s, &markdown(s, "Headline"));
        row(&format!("reorder {k}"), s, &reorder(s));
        row(&format!("drop last {k}"), s, &drop_last(s));
        row(&format!("furniture {k}"), s, &with_furniture(s));
        let all = markdown(&with_furniture(&reorder(&drop_last(s))), "H");
        row(
            &format!("all at once {k}"),
            &with_banner(&straighten(s)),
            &rewhite(&all),
        );
    }
    row("depot A/B", DEPOT_REPORT_A, DEPOT_REPORT_B);
    row("evacuation A/B", EVACUATION_A, EVACUATION_B);
    row("paraphrase", KURSK_MILITIA, KURSK_PARAPHRASE);
    row("quote A/B", QUOTE_A, QUOTE_B);
    row("daily 1/2", DAILY_1, DAILY_2);
    let bp = |t: &str| format!("{t}\n\n{BOILERPLATE}");
    row("boilerplate daily", &bp(DAILY_1), &bp(DAILY_2));
    row(
        "boilerplate long",
        &bp(SHEBEKINO_SHELLING),
        &bp(DEPOT_REPORT_A),
    );
    row("banner daily", &with_banner(DAILY_1), &with_banner(DAILY_2));
    let lead = |t: &str| t.split(". ").take(2).collect::<Vec<_>>().join(". ");
    row(
        "banner daily lead",
        &with_banner(&lead(DAILY_1)),
        &with_banner(&lead(DAILY_2)),
    );
    let mut max = (0.0f64, 0.0f64);
    for (i, a) in STORIES.iter().enumerate() {
        for b in &STORIES[i + 1..] {
            let s = similarity(a, b);
            max = (max.0.max(s.containment), max.1.max(s.resemblance));
        }
    }
    println!("unrelated max C={:.3} J={:.3}", max.0, max.1);
    let (_, texts) = seed_texts();
    for i in 0..texts.len() {
        for j in i + 1..texts.len() {
            row(&format!("seed {i} {j}"), &texts[i], &texts[j]);
        }
    }
}
