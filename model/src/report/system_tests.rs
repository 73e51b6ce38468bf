use super::*;
use crate::report::figures::{Entries, NeedHead, Report};
use crate::report::suppress::DEFAULT_THRESHOLD;
use crate::report::Count;

/// A year of counters: per month a few registrations in three districts and languages, some
/// placements; small counts here and there.
fn year_counts(year: u16) -> Vec<Count> {
    let mut counts = Vec::new();
    let mut add = |month: u8, event: Event, dimension: Dimension, value: &str, n: u64| {
        if n > 0 {
            counts.push(Count {
                month: format!("{year:04}-{month:02}"),
                event: event.key().into(),
                dimension: dimension.key().into(),
                value: value.into(),
                count: n,
            });
        }
    };
    for m in 1..=12u8 {
        let (a, b, c) = (
            u64::from(m % 3),
            u64::from(m % 4) + 2,
            1 + u64::from(m % 2) * 5,
        );
        add(m, Event::Received, Dimension::Total, "", a + b + c);
        add(m, Event::Received, Dimension::District, "130", a);
        add(m, Event::Received, Dimension::District, "221", b);
        add(m, Event::Received, Dimension::District, "none", c);
        add(m, Event::Received, Dimension::Came, "need", a);
        add(m, Event::Received, Dimension::Came, "direct", b + c);
        add(m, Event::Received, Dimension::Language, "ar", a + 1);
        add(
            m,
            Event::Received,
            Dimension::Language,
            "fa",
            u64::from(m == 5),
        );
        add(
            m,
            Event::Placed,
            Dimension::Total,
            "",
            u64::from(m % 5 == 0),
        );
        add(
            m,
            Event::Placed,
            Dimension::Days,
            "4-7",
            u64::from(m % 5 == 0),
        );
        add(m, Event::NeedAnswered, Dimension::Total, "", 2);
        add(m, Event::NeedAnswered, Dimension::Need, "n1", 2);
    }
    counts
}

fn family(year: u16, periods: &[Period]) -> Vec<Report> {
    let needs = [NeedHead {
        id: "n1".into(),
        title: "Lesepatin".into(),
        posted: Some("2025-01".into()),
    }];
    periods
        .iter()
        .map(|&p| Report::build(p, &year_counts(year), &needs, Entries::default()))
        .collect()
}

fn all_figures(report: &Report) -> Vec<Figure> {
    let mut figures: Vec<Figure> = report
        .totals
        .iter()
        .filter(|t| t.event.counts_people())
        .map(|t| t.figure)
        .collect();
    for table in &report.tables {
        for row in &table.rows {
            figures.extend(&row.cells);
        }
        figures.extend(table.total.iter().flatten());
    }
    figures
}

#[test]
fn nothing_small_leaves_and_the_exact_report_stays_exact() {
    let periods: Vec<Period> = Period::quarters_of(2025)
        .into_iter()
        .chain(Period::year(2025))
        .collect();
    let exact = family(2025, &periods);
    let (protected, pattern) = protect(&exact, &Pattern::default(), DEFAULT_THRESHOLD).unwrap();
    for report in &protected {
        assert_eq!(report.threshold, Some(DEFAULT_THRESHOLD));
        for figure in all_figures(report) {
            if let Figure::Count(n) = figure {
                assert!(
                    n == 0 || n >= DEFAULT_THRESHOLD,
                    "{n} shown in {}",
                    report.period
                );
            }
        }
    }
    assert!(exact.iter().all(|r| r.threshold.is_none()));
    let hidden = pattern.0.iter().filter(|(_, m)| *m == Mark::Hidden).count();
    assert!(hidden > 0, "some counts protect the small ones");
    let year = protected.last().unwrap();
    assert_eq!(
        year.total(Event::Received),
        exact.last().unwrap().total(Event::Received)
    );
}

#[test]
fn a_quarter_published_first_keeps_its_marks_when_the_year_follows() {
    let q1 = Period::quarter(2025, 1).unwrap();
    let (first, pattern) = protect(&family(2025, &[q1]), &Pattern::default(), 3).unwrap();
    let periods: Vec<Period> = Period::quarters_of(2025)
        .into_iter()
        .chain(Period::year(2025))
        .collect();
    let (later, extended) = protect(&family(2025, &periods), &pattern, 3).unwrap();
    assert_eq!(later[0], first[0], "the published quarter reads the same");
    for (key, mark) in &pattern.0 {
        assert!(extended.0.contains(&(key.clone(), *mark)));
    }
    // The same call again (a correction with the same counts) changes nothing.
    let (again, _) = protect(&family(2025, &periods), &extended, 3).unwrap();
    assert_eq!(again, later);
}

/// The end-to-end test's year (`tests/report.test.mjs`, `seed2023`): every period of it can
/// be published.
#[test]
fn the_seeded_year_of_the_end_to_end_test_is_protectable() {
    let mut counts = Vec::new();
    let mut add = |m: u8, event: Event, dimension: Dimension, value: &str, n: u64| {
        if n > 0 {
            counts.push(Count {
                month: format!("2023-{m:02}"),
                event: event.key().into(),
                dimension: dimension.key().into(),
                value: value.into(),
                count: n,
            });
        }
    };
    use Dimension::*;
    for m in 1..=12u8 {
        let (a, b, c) = (
            u64::from(m % 3),
            u64::from(m % 4) + 3,
            4 + u64::from(m % 2) * 5,
        );
        add(m, Event::Received, Total, "", a + b + c);
        add(m, Event::Confirmed, Total, "", a + b + c - 1);
        add(m, Event::Received, District, "130", a);
        add(m, Event::Received, District, "221", b);
        add(m, Event::Received, District, "310", c);
        add(m, Event::Received, Came, "need", a + b);
        add(m, Event::Received, Came, "direct", c);
        add(m, Event::Received, Language, "ar", b);
        add(m, Event::Received, Language, "uk", a);
        add(m, Event::Received, Language, "fa", u64::from(m == 7));
        add(m, Event::Received, Interest, "sprachcafe", b + c);
        add(m, Event::Received, Interest, "patenschaften", a);
        add(m, Event::Placed, Total, "", u64::from(m % 2) + 2);
        add(
            m,
            Event::Placed,
            Days,
            if m % 2 == 1 { "4-7" } else { "8-14" },
            u64::from(m % 2) + 2,
        );
        add(m, Event::Placed, District, "221", u64::from(m % 2) + 2);
        add(m, Event::Contacted, Total, "", 4);
        add(m, Event::Contacted, Days, "0-1", 3);
        add(m, Event::Contacted, Days, "2-3", 1);
    }
    let periods: Vec<Period> = Period::quarters_of(2023)
        .into_iter()
        .chain(Period::year(2023))
        .collect();
    let reports: Vec<Report> = periods
        .iter()
        .map(|&p| Report::build(p, &counts, &[], Entries::default()))
        .collect();
    let q3 = [reports[2].clone()];
    let (_, pattern) = protect(&q3, &Pattern::default(), 3).expect("Q3 alone");
    protect(&reports, &Pattern::default(), 3).expect("the whole year");
    protect(&reports, &pattern, 3).expect("the year after Q3");
}
