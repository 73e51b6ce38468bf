//! The published reports' page (`/zahlen`): the list, and a report with its status, its CSV
//! files and its other versions.

use super::report::{document, period_name};
use super::{t, Words};
use crate::district::District;
use crate::html::Html;
use crate::{html, push_html};

/// Where the Worker puts the list or the report into the page xtask wrote (`/zahlen`).
pub const PAGE_MARK: &str = "<!--zahlen-->";

/// The list of published reports, the newest first.
pub fn published_list(
    words: &dyn Words,
    heads: &[crate::report::publication::PublishedHead],
) -> Html {
    if heads.is_empty() {
        return html!("<p>{none}</p>", none = t(words, "report-list-empty"));
    }
    let mut html = html!("<ul class=\"figures-list\">");
    let mut seen = Vec::new();
    for head in heads {
        if seen.contains(&head.period) {
            continue;
        }
        seen.push(head.period);
        push_html!(
            html,
            "<li><a href=\"/zahlen/{period}\">{title}</a> <span class=\"meta\">{when}</span></li>",
            period = head.period.to_string(),
            title = words.text(
                "report-title",
                &[("period", &period_name(words, head.period))]
            ),
            when = words.text(
                "report-published",
                &[("date", &words.date(&head.published_at))]
            ),
        );
    }
    push_html!(html, "</ul>");
    html
}

/// A published report: the version shown (`shown`, the newest unless asked), what it is, the
/// document, its CSV files (labels in the reader's language) and the other versions.
pub fn published_page(
    words: &dyn Words,
    versions: &[crate::report::publication::Publication],
    shown: usize,
    districts: &[District],
) -> Html {
    let Some(publication) = versions.get(shown) else {
        return Html::new();
    };
    let period = publication.report.period.to_string();
    let date = words.date(&publication.published_at);
    let status = if publication.version > 1 {
        words.text(
            "report-corrected",
            &[
                ("version", &publication.version.to_string()),
                ("date", &date),
            ],
        )
    } else {
        words.text("report-published", &[("date", &date)])
    };
    let mut html = html!("<p class=\"report-status\">{status}</p>", status = status);
    push_html!(
        html,
        "{doc}",
        doc = document(
            words,
            &publication.report,
            districts,
            publication.remark.as_deref()
        )
    );
    push_html!(
        html,
        "<section class=\"report-files\"><h2>CSV</h2><p>{label}</p><ul>",
        label = t(words, "report-csv")
    );
    for table in &publication.report.tables {
        push_html!(
            html,
            "<li><a href=\"/api/reports/{period}/{key}.csv?lang={lang}\" download>{name}</a></li>",
            period = period,
            key = table.id.key(),
            lang = words.lang().code(),
            name = t(words, &format!("report-table-{}", table.id.key())),
        );
    }
    push_html!(html, "</ul></section>");
    if versions.len() > 1 {
        push_html!(
            html,
            "<section class=\"report-versions\"><h2>{earlier}</h2><ul>",
            earlier = t(words, "report-earlier")
        );
        for (i, version) in versions.iter().enumerate() {
            if i == shown {
                continue;
            }
            push_html!(
                html,
                "<li><a href=\"/zahlen/{period}?fassung={v}\">{v}: {when}</a></li>",
                period = period,
                v = version.version,
                when = words.date(&version.published_at),
            );
        }
        push_html!(html, "</ul></section>");
    }
    html
}
