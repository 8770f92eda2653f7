//! Groups and teams named for a civil task are not military formations: "6
//! evacuation groups working with the police", "three rescue teams", "mobile medical
//! teams" count a service's crews (`other`), unlike "sabotage groups" or "mobile fire
//! groups".

/// Whether the words between a number and its formation noun (`between`, e.g.
/// " evacuation ") name a civil task.
pub(in crate::figures) fn civil_task_group(between: &str) -> bool {
    // A byte test first: most formations have no modifier.
    if between.trim().is_empty() {
        return false;
    }
    between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        let mut b = [0u8; 16];
        if w.len() > b.len() {
            return false;
        }
        for (d, c) in b.iter_mut().zip(w.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        matches!(
            &b[..w.len()],
            b"evacuation"
                | b"rescue"
                | b"search"
                | b"medical"
                | b"humanitarian"
                | b"working"
                | b"psychological"
                | b"firefighting"
        )
    })
}
