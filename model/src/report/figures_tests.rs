use super::*;

pub(crate) fn count(month: &str, event: Event, dimension: Dimension, value: &str, n: u64) -> Count {
    Count {
        month: month.into(),
        event: event.key().into(),
        dimension: dimension.key().into(),
        value: value.into(),
        count: n,
    }
}

/// A quarter: 7 registrations in January (5 in Weststadt 221, 2 with no district, one of
/// those also in 130), 3 in March; placements with their days.
pub(crate) fn quarter_counts() -> Vec<Count> {
    use Dimension::*;
    use Event::*;
    vec![
        count("2026-01", Received, Total, "", 7),
        count("2026-01", Received, District, "221", 5),
        count("2026-01", Received, District, "130", 1),
        count("2026-01", Received, District, "none", 2),
        count("2026-01", Received, Language, "ar", 4),
        count("2026-01", Received, Language, "uk", 1),
        count("2026-01", Received, Came, "need", 6),
        count("2026-01", Received, Came, "direct", 1),
        count("2026-03", Received, Total, "", 3),
        count("2026-03", Received, Came, "district", 3),
        count("2026-03", Received, District, "221", 3),
        count("2026-02", Placed, Total, "", 4),
        count("2026-02", Placed, Days, "2-3", 1),
        count("2026-02", Placed, Days, "8-14", 3),
        count("2026-02", NeedAnswered, Total, "", 3),
        count("2026-02", NeedAnswered, Need, "n1", 3),
        count("2025-12", Received, Total, "", 50),
        count("2026-02", Event::NeedPosted, Total, "", 2),
        count("2026-02", Event::NeedFilled, Total, "", 1),
        count("2026-02", Placed, District, "221", 4),
        count("bad", Received, Total, "", 9),
    ]
}

pub(crate) fn needs() -> Vec<NeedHead> {
    vec![
        NeedHead {
            id: "n1".into(),
            title: "Sprachpatin".into(),
            posted: Some("2026-01".into()),
        },
        NeedHead {
            id: "n2".into(),
            title: "Fahrradwerkstatt".into(),
            posted: Some("2026-02".into()),
        },
    ]
}

#[test]
fn a_report_adds_up_the_months_of_its_period_only() {
    let period = Period::parse("2026-q1").unwrap();
    let report = Report::build(period, &quarter_counts(), &needs(), Entries::default());
    assert_eq!(report.total(Event::Received), Figure::Count(10));
    assert_eq!(report.total(Event::Placed), Figure::Count(4));
    assert_eq!(report.share(Event::Placed, Event::Received), Some(40));
    assert_eq!(report.share(Event::NeedFilled, Event::NeedPosted), Some(50));
    let months = report.table(TableId::Months).unwrap();
    assert_eq!(months.rows.len(), 3);
    assert_eq!(months.rows[0].cells[0], Figure::Count(7));
    assert_eq!(months.rows[1].cells[0], Figure::Count(0));
    assert_eq!(months.rows[1].cells[3], Figure::Count(4));
    let districts = report.table(TableId::Districts).unwrap();
    assert_eq!(districts.rows.len(), 13, "the twelve and 'none'");
    assert!(
        districts.total.is_none(),
        "a person may name several districts"
    );
    let weststadt = districts.rows.iter().find(|r| r.key == "221").unwrap();
    assert_eq!(weststadt.cells, [Figure::Count(8), Figure::Count(4)]);
    let languages = report.table(TableId::Languages).unwrap();
    let keys: Vec<_> = languages.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["ar", "uk"], "the most named first");
    let came = report.table(TableId::Came).unwrap();
    assert_eq!(came.total, Some(vec![Figure::Count(10)]));
    assert_eq!(
        report.median_bin(TableId::PlacementDays),
        Some(DaysBin::UpToFourteen)
    );
    assert_eq!(report.median_bin(TableId::ContactDays), None);
    let most = report.table(TableId::NeedsMost).unwrap();
    assert_eq!(most.rows[0].title.as_deref(), Some("Sprachpatin"));
    let fewest = report.table(TableId::NeedsFewest).unwrap();
    assert_eq!(fewest.rows[0].key, "n2");
    assert_eq!(fewest.rows[0].cells, [Figure::Count(0)]);
}

#[test]
fn figures_go_over_the_wire_as_numbers_or_marks() {
    let figures = [
        Figure::Count(4),
        Figure::Withheld(Withheld::Small),
        Figure::Withheld(Withheld::Hidden),
    ];
    let wire = serde_json::to_string(&figures).unwrap();
    assert_eq!(wire, r#"[4,"small","hidden"]"#);
    let back: Vec<Figure> = serde_json::from_str(&wire).unwrap();
    assert_eq!(back, figures);
}
