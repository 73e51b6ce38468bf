//! A report as a document: the key figures, then per table a chart (`report_chart`) beside
//! its table; the same markup in the coordinators' area, on their handout and on the
//! published page (`/zahlen/<period>`), in the reader's language.

use super::report_chart::{bars, district_map, figure_text};
use super::{t, Words};
use crate::district::District;
use crate::html::Html;
use crate::report::figures::{Figure, Report, Row, Table, TableId};
use crate::report::period::Kind;
use crate::report::{DaysBin, Event, Month, Period};
use crate::{html, push_html};

/// A month's name with its year, "März 2026".
pub fn month_name(words: &dyn Words, month: Month) -> String {
    words.text(
        &format!("report-month-{}", month.number()),
        &[("year", &month.year().to_string())],
    )
}

/// "2026", "1. Quartal 2026", "Januar 2026 bis Juni 2026".
pub fn period_name(words: &dyn Words, period: Period) -> String {
    let year = period.from.year().to_string();
    match period.kind() {
        Kind::Year => words.text("report-period-year", &[("year", &year)]),
        Kind::Quarter => words.text(
            "report-period-quarter",
            &[
                ("quarter", &period.from.quarter().to_string()),
                ("year", &year),
            ],
        ),
        Kind::Months => words.text(
            "report-period-months",
            &[
                ("from", &month_name(words, period.from)),
                ("to", &month_name(words, period.to)),
            ],
        ),
    }
}

/// A row's label in the reader's language.
fn row_label(words: &dyn Words, table: TableId, row: &Row) -> String {
    let key = row.key.as_str();
    match table {
        TableId::Months => Month::parse(key).map_or(key.to_string(), |m| month_name(words, m)),
        TableId::Districts => match key.parse::<u16>().ok().and_then(crate::district::name_of) {
            Some(name) => name.to_string(),
            None => t(words, "report-district-none"),
        },
        TableId::Languages => super::language_name(words, key),
        TableId::Interests => {
            crate::Activity::from_key(key).map_or(key.to_string(), |a| super::activity(words, a))
        }
        TableId::Came => t(words, &format!("report-came-{key}")),
        TableId::ContactDays | TableId::PlacementDays => days_label(words, key),
        TableId::NeedsMost | TableId::NeedsFewest => row.title.clone().unwrap_or_default(),
    }
}

fn days_label(words: &dyn Words, bin: &str) -> String {
    words.text("report-days", &[("days", &bin.replace('-', "–"))])
}

/// The column's heading: what was counted.
fn event_name(words: &dyn Words, event: Event) -> String {
    t(
        words,
        &format!("report-event-{}", event.key().replace('.', "-")),
    )
}

/// The whole document; `districts` (their outlines) for the map, `remark` the coordinator's.
pub fn document(
    words: &dyn Words,
    report: &Report,
    districts: &[District],
    remark: Option<&str>,
) -> Html {
    let mut html = html!(
        "<article class=\"report\"><header class=\"report-head\"><h2 class=\"report-title\">{title}</h2>",
        title = words.text("report-title", &[("period", &period_name(words, report.period))]),
    );
    if let Some(remark) = remark.filter(|r| !r.trim().is_empty()) {
        push_html!(
            html,
            "<p class=\"report-remark\" dir=\"auto\">{remark}</p>",
            remark = remark
        );
    }
    if let Some(threshold) = report.threshold {
        push_html!(
            html,
            "<p class=\"report-legend\">{small} {hidden}</p>",
            small = words.text("report-legend-small", &[("n", &threshold.to_string())]),
            hidden = t(words, "report-legend-hidden"),
        );
    }
    push_html!(html, "</header>");
    push_html!(html, "{key}", key = key_figures(words, report));
    for table in &report.tables {
        push_html!(html, "{part}", part = part(words, report, table, districts));
    }
    push_html!(html, "</article>");
    html
}

fn key_figures(words: &dyn Words, report: &Report) -> Html {
    let th = report.threshold;
    let count = |event| figure_text(report.total(event), th);
    let share = |part, whole| match report.share(part, whole) {
        Some(p) => words.text("report-share", &[("share", &p.to_string())]),
        None => t(words, "report-none"),
    };
    let median = |table| match report.median_bin(table) {
        Some(bin) => days_label(words, DaysBin::key(bin)),
        None => t(words, "report-none"),
    };
    let entries = words.text(
        "report-entries-current-value",
        &[
            ("current", &report.entries.confirmed_last_year.to_string()),
            ("all", &report.entries.all.to_string()),
        ],
    );
    let items: [(&str, String); 9] = [
        ("report-key-received", count(Event::Received)),
        ("report-key-confirmed", count(Event::Confirmed)),
        ("report-key-placed", count(Event::Placed)),
        (
            "report-key-placed-share",
            share(Event::Placed, Event::Received),
        ),
        ("report-key-contact-median", median(TableId::ContactDays)),
        (
            "report-key-placement-median",
            median(TableId::PlacementDays),
        ),
        ("report-key-needs-posted", count(Event::NeedPosted)),
        (
            "report-key-filled-share",
            share(Event::NeedFilled, Event::NeedPosted),
        ),
        ("report-key-entries-current", entries),
    ];
    let mut html = html!(
        "<section class=\"report-part report-key\" aria-labelledby=\"report-key\"><h3 id=\"report-key\">{heading}</h3><dl class=\"key-figures\">",
        heading = t(words, "report-key-heading"),
    );
    for (id, value) in items {
        push_html!(
            html,
            "<div><dt>{label}</dt><dd>{value}</dd></div>",
            label = t(words, id),
            value = value
        );
    }
    push_html!(html, "</dl><dl class=\"more-figures\">");
    for event in [
        Event::Contacted,
        Event::Withdrawn,
        Event::Erased,
        Event::NeedAnswered,
        Event::NeedFilled,
        Event::NeedExpired,
        Event::EntryConfirmed,
        Event::EntryProposed,
        Event::EntryAccepted,
        Event::FeedbackReceived,
        Event::FeedbackAnswered,
    ] {
        push_html!(
            html,
            "<div><dt>{label}</dt><dd>{value}</dd></div>",
            label = event_name(words, event),
            value = count(event)
        );
    }
    push_html!(html, "</dl></section>");
    html
}

/// One table's section: its heading, its chart (not for the needs' lists) and the table.
fn part(words: &dyn Words, report: &Report, table: &Table, districts: &[District]) -> Html {
    let id = table.id.key();
    let th = report.threshold;
    let caption = t(words, &format!("report-table-{id}"));
    let mut html = html!(
        "<section class=\"report-part\" id=\"report-{id}\" aria-labelledby=\"report-{id}-heading\"><h3 id=\"report-{id}-heading\">{caption}</h3>",
        id = id,
        caption = caption,
    );
    if table.id.dimension().several_per_person() {
        push_html!(
            html,
            "<p class=\"report-note\">{note}</p>",
            note = t(words, "report-several")
        );
    }
    push_html!(html, "<figure class=\"report-figure\">");
    match table.id {
        TableId::NeedsMost | TableId::NeedsFewest => {}
        TableId::Districts => {
            let figure_of = |number: u16| {
                table
                    .rows
                    .iter()
                    .find(|r| r.key == number.to_string())
                    .map_or(Figure::Count(0), |r| r.cells[0])
            };
            push_html!(html, "{map}", map = district_map(districts, &figure_of, th));
        }
        _ => {
            let rows: Vec<(String, Figure)> = table
                .rows
                .iter()
                .map(|r| (row_label(words, table.id, r), r.cells[0]))
                .collect();
            push_html!(html, "{chart}", chart = bars(&rows, th));
        }
    }
    push_html!(
        html,
        "{table}</figure></section>",
        table = data_table(words, report, table, &caption)
    );
    html
}

fn data_table(words: &dyn Words, report: &Report, table: &Table, caption: &str) -> Html {
    let th = report.threshold;
    let mut html = html!(
        "<table class=\"report-table\"><caption>{caption}</caption><thead><tr><th scope=\"col\">{first}</th>",
        caption = caption,
        first = t(words, &format!("report-row-{}", table.id.dimension().key())),
    );
    for &event in table.id.columns() {
        push_html!(
            html,
            "<th scope=\"col\">{name}</th>",
            name = event_name(words, event)
        );
    }
    push_html!(html, "</tr></thead><tbody>");
    if table.rows.is_empty() {
        push_html!(
            html,
            "<tr><td colspan=\"{span}\">{none}</td></tr>",
            span = table.id.columns().len() + 1,
            none = t(words, "report-empty"),
        );
    }
    for row in &table.rows {
        push_html!(
            html,
            "<tr><th scope=\"row\">{label}</th>",
            label = row_label(words, table.id, row)
        );
        for &cell in &row.cells {
            push_html!(html, "<td>{value}</td>", value = figure_text(cell, th));
        }
        push_html!(html, "</tr>");
    }
    push_html!(html, "</tbody>");
    if let Some(total) = &table.total {
        push_html!(
            html,
            "<tfoot><tr><th scope=\"row\">{sum}</th>",
            sum = t(words, "report-sum")
        );
        for &cell in total {
            push_html!(html, "<td>{value}</td>", value = figure_text(cell, th));
        }
        push_html!(html, "</tr></tfoot>");
    }
    push_html!(html, "</table>");
    html
}

/// A table as CSV rows (header first): the row's key, its label in `words`' language, a
/// figure per column ("< 3", "•" where withheld), the total row last.
pub fn csv_rows(words: &dyn Words, report: &Report, table: &Table) -> Vec<Vec<String>> {
    let th = report.threshold;
    let mut header = vec![
        "key".to_string(),
        t(words, &format!("report-row-{}", table.id.dimension().key())),
    ];
    header.extend(table.id.columns().iter().map(|&e| event_name(words, e)));
    let mut rows = vec![header];
    for row in &table.rows {
        let mut cells = vec![row.key.clone(), row_label(words, table.id, row)];
        cells.extend(row.cells.iter().map(|&c| figure_text(c, th)));
        rows.push(cells);
    }
    if let Some(total) = &table.total {
        let mut cells = vec!["total".to_string(), t(words, "report-sum")];
        cells.extend(total.iter().map(|&c| figure_text(c, th)));
        rows.push(cells);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;
    use crate::report::figures::{Entries, NeedHead};
    use crate::report::suppress::DEFAULT_THRESHOLD;
    use crate::report::system::{protect, Pattern};
    use crate::report::{Count, Dimension};

    fn report() -> Report {
        let c = |month: &str, event: Event, dimension: Dimension, value: &str, count: u64| Count {
            month: month.into(),
            event: event.key().into(),
            dimension: dimension.key().into(),
            value: value.into(),
            count,
        };
        let counts = [
            c("2026-01", Event::Received, Dimension::Total, "", 12),
            c("2026-01", Event::Received, Dimension::District, "221", 10),
            c("2026-01", Event::Received, Dimension::District, "130", 2),
            c("2026-01", Event::Received, Dimension::Came, "need", 10),
            c("2026-01", Event::Received, Dimension::Came, "direct", 2),
            c("2026-02", Event::NeedAnswered, Dimension::Need, "n", 1),
        ];
        let needs = [NeedHead {
            id: "n".into(),
            title: "Lesepatin <gesucht>".into(),
            posted: None,
        }];
        Report::build(
            Period::parse("2026-q1").unwrap(),
            &counts,
            &needs,
            Entries {
                confirmed_last_year: 7,
                all: 9,
            },
        )
    }

    #[test]
    fn the_document_names_the_period_and_shows_each_table_with_its_chart() {
        german::with(|words| {
            let html =
                document(words, &report(), &[], Some("Für die Sitzung am 3. März")).to_string();
            assert!(html.contains("Zahlen 1. Quartal 2026"));
            assert!(html.contains("Für die Sitzung am 3. März"));
            assert!(html.contains("<dd>7 von 9</dd>"));
            assert!(html.contains("<caption>Nach Monat</caption>"));
            assert!(html.contains("<th scope=\"row\">Januar 2026</th><td>12</td>"));
            assert!(html.contains("Lesepatin &lt;gesucht&gt;"), "titles escaped");
            assert!(html.contains("class=\"report-bars\""));
            assert!(!html.contains("report-legend"), "exact: no legend");
        });
    }

    #[test]
    fn a_protected_document_shows_marks_and_its_legend() {
        german::with(|words| {
            let (protected, _) =
                protect(&[report()], &Pattern::default(), DEFAULT_THRESHOLD).unwrap();
            let html = document(words, &protected[0], &[], None).to_string();
            assert!(html.contains("„&lt; 3“: weniger als 3"));
            assert!(html.contains("<td>&lt; 3</td>"));
            assert!(
                html.contains("<td>•</td>"),
                "the small 'direct' hides a second one"
            );
            let came = protected[0].table(TableId::Came).unwrap();
            let rows = csv_rows(words, &protected[0], came);
            assert_eq!(rows[0], ["key", "Weg", "Eingegangen"]);
            assert!(rows
                .iter()
                .any(|r| r[0] == "direct" && (r[2] == "< 3" || r[2] == "•")));
        });
    }
}
