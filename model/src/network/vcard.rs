//! A network as a vCard 3.0 (RFC 2426), for "Kontakt speichern".

use super::Network;

impl Network {
    /// A vCard 3.0 (RFC 2426) for "Kontakt speichern", with only the fields the entry has.
    pub fn vcard(&self) -> String {
        let mut lines = vec![
            "BEGIN:VCARD".to_string(),
            "VERSION:3.0".to_string(),
            format!("FN:{}", vcard_escape(&self.name)),
            format!("ORG:{}", vcard_escape(&self.organiser)),
        ];
        if let Some(phone) = &self.phone {
            lines.push(format!("TEL;TYPE=WORK,VOICE:{}", vcard_escape(phone)));
        }
        if let Some(email) = &self.email {
            lines.push(format!("EMAIL;TYPE=INTERNET:{}", vcard_escape(email)));
        }
        if let Some(website) = &self.website {
            lines.push(format!("URL:{}", vcard_escape(website)));
        }
        if let Some(place) = &self.place {
            lines.push(format!("ADR;TYPE=WORK:;;{};;;;", vcard_escape(place)));
        }
        lines.push(format!("NOTE:{}", vcard_escape(&self.source_line())));
        lines.push("END:VCARD".to_string());
        lines.join("\r\n") + "\r\n"
    }
}

fn vcard_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}
