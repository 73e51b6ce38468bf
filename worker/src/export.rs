//! The CSV export of registrations: UTF-8 with BOM, `;`, CRLF, a German header row, every cell
//! that a spreadsheet would take for a formula neutralised with a leading `'`.

use crate::error::ApiError;
use model::coordination::Registration;
use model::{district, language};

const HEADER: [&str; 21] = [
    "ID",
    "Eingegangen",
    "Status",
    "Name",
    "E-Mail",
    "Telefon",
    "Kontakt per",
    "Stadtbezirke",
    "Netzwerk",
    "Interessen",
    "Sprachen",
    "Weitere Sprachen",
    "Zeiten",
    "Nachricht",
    "Notiz",
    "Vermittelt an",
    "Einwilligung (Fassung)",
    "Einwilligung (Zeitpunkt)",
    "Netzwerk darf direkt kontaktieren",
    "Erster Kontakt",
    "Erster Kontakt (Zeitpunkt)",
];

/// A cell as written: `=`, `+`, `-`, `@`, tab or CR at the start (also after leading
/// spaces or line breaks, which spreadsheets skip) get a leading `'`.
pub fn neutralise(cell: &str) -> String {
    let start = cell.trim_start_matches([' ', '\n']);
    if cell.starts_with(['\t', '\r']) || start.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Writes one cell: quoted (its quotes doubled) when it holds the delimiter, a quote or a line
/// break, as RFC 4180 says and spreadsheets read. Written by hand: a CSV crate would add to
/// the Worker's wasm for these few lines (the tests read the result with one).
fn write_cell(out: &mut String, cell: &str) {
    if cell.contains([';', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// One record: cells separated by `;`, ended by CRLF.
fn write_record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (index, cell) in cells.into_iter().enumerate() {
        if index > 0 {
            out.push(';');
        }
        write_cell(out, cell);
    }
    out.push_str("\r\n");
}

pub fn registrations_csv(registrations: &[Registration]) -> Result<Vec<u8>, ApiError> {
    // The BOM makes German Excel read UTF-8.
    let mut out = String::from("\u{FEFF}");
    write_record(&mut out, HEADER);
    for r in registrations {
        let districts: Vec<&str> = r
            .districts
            .iter()
            .filter_map(|n| district::name_of(*n))
            .collect();
        let interests: Vec<&str> = r.interests.iter().map(|a| a.label_de()).collect();
        let languages: Vec<&str> = r.languages.iter().map(|l| language::name_de(l)).collect();
        let record = [
            r.id.clone(),
            r.created_at.clone(),
            r.status.label_de().to_string(),
            r.name.clone(),
            r.email.clone(),
            r.phone.clone().unwrap_or_default(),
            r.contact_via.key().to_string(),
            districts.join(", "),
            r.network.clone().unwrap_or_default(),
            interests.join(", "),
            languages.join(", "),
            r.languages_other.clone().unwrap_or_default(),
            r.availability.join(", "),
            r.message.clone().unwrap_or_default(),
            r.note.clone().unwrap_or_default(),
            r.placed_network.clone().unwrap_or_default(),
            r.consent_version.clone(),
            r.consent_at.clone(),
            if r.network_contact { "ja" } else { "nein" }.to_string(),
            r.first_contact
                .map(|f| f.label_de().to_string())
                .unwrap_or_default(),
            r.first_contact_at.clone().unwrap_or_default(),
        ];
        let cells: Vec<String> = record.iter().map(|cell| neutralise(cell)).collect();
        write_record(&mut out, cells.iter().map(String::as_str));
    }
    Ok(out.into_bytes())
}

/// One table of a report as CSV: UTF-8 with BOM, `;`, a header row; as an attachment named
/// by the period and the table.
pub fn report_csv(
    words: &dyn model::render::Words,
    report: &model::report::figures::Report,
    table: model::report::figures::TableId,
) -> Result<worker::Response, ApiError> {
    let Some(found) = report.table(table) else {
        return Err(ApiError::NotFound("Diese Tabelle gibt es nicht.".into()));
    };
    let mut out = String::from("\u{FEFF}");
    for row in model::render::report::csv_rows(words, report, found) {
        let cells: Vec<String> = row.iter().map(|cell| neutralise(cell)).collect();
        write_record(&mut out, cells.iter().map(String::as_str));
    }
    let mut response = worker::Response::from_bytes(out.into_bytes())?;
    let headers = response.headers_mut();
    headers.set("Content-Type", "text/csv; charset=utf-8")?;
    headers.set(
        "Content-Disposition",
        &format!(
            "attachment; filename=\"zahlen-{}-{}.csv\"",
            report.period,
            table.key()
        ),
    )?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::coordination::Status;
    use model::ContactVia;

    fn tricky() -> Registration {
        Registration {
            id: "7d3c".into(),
            created_at: "2026-11-25T10:00:00Z".into(),
            status: Status::New,
            name: "Jürgen \"Jo\" Müller; Straße".into(),
            email: "=HYPERLINK(\"http://evil.example\",\"klick\")".into(),
            phone: Some("+49 531 123456".into()),
            contact_via: ContactVia::Phone,
            districts: vec![130, 221],
            network: None,
            interests: vec![],
            languages: vec!["de".into(), "uk".into()],
            languages_other: Some("-Tigrinya".into()),
            availability: vec!["mon-evening".into()],
            message: Some("Zeile 1\nZeile 2; mit \"Anführung\"\r\n@SUM(A1)".into()),
            consent_version: "2026-12".into(),
            consent_at: "2026-11-25T10:00:00Z".into(),
            note: Some("\tTab".into()),
            placed_network: None,
            need: None,
            confirmed_at: Some("2026-11-25T10:05:00Z".into()),
            lang: "de".into(),
            notify_placed: false,
            pending_email: None,
            network_contact: false,
            first_contact: None,
            first_contact_at: None,
            first_contact_by: None,
            need_network: None,
        }
    }

    #[test]
    fn round_trips_through_the_csv_crate_with_everything_intact_and_neutralised() {
        let bytes = registrations_csv(&[tricky()]).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for German Excel");
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(text.contains("\r\n"), "CRLF line ends");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header[3], "Name");
        assert_eq!(header[4], "E-Mail");
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[3], "Jürgen \"Jo\" Müller; Straße");
        assert_eq!(&row[4], "'=HYPERLINK(\"http://evil.example\",\"klick\")");
        assert_eq!(&row[5], "'+49 531 123456");
        assert_eq!(&row[7], "Mitte, Weststadt");
        assert_eq!(&row[10], "Deutsch, Ukrainisch");
        assert_eq!(&row[11], "'-Tigrinya");
        assert_eq!(
            &row[13], "Zeile 1\nZeile 2; mit \"Anführung\"\r\n@SUM(A1)",
            "inner lines kept; only the start counts"
        );
        assert_eq!(&row[14], "'\tTab");
        assert!(reader.records().next().is_none());
    }

    #[test]
    fn neutralises_only_dangerous_starts() {
        for (cell, written) in [
            ("=1+2", "'=1+2"),
            ("@x", "'@x"),
            ("-5", "'-5"),
            ("+1", "'+1"),
            ("\rx", "'\rx"),
            ("Anna", "Anna"),
            ("", ""),
            ("  =1", "'  =1"),
            ("\n=HYPERLINK(1)", "'\n=HYPERLINK(1)"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise(cell), written);
        }
    }
}
