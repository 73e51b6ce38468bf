//! Building URLs: percent-encoding for query values, `data:` links and search links.

/// Percent-encodes everything but unreserved characters (RFC 3986), byte by byte of UTF-8.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The value of `key` in a query string (`?a=1&b=x%20y`), decoded (`+` is a space).
pub fn query_value(search: &str, key: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
        .map(percent_decode)
}

/// Undoes `percent_encode` (and form encoding's `+`); broken escapes stay as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    decoded.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
                _ => decoded.push(b'%'),
            },
            b'+' => decoded.push(b' '),
            byte => decoded.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The place on openstreetmap.org; the app links to it and loads nothing from there itself.
pub fn openstreetmap_search(place: &str) -> String {
    let query = if place.contains("Braunschweig") {
        place.to_string()
    } else {
        format!("{place}, Braunschweig")
    };
    format!(
        "https://www.openstreetmap.org/search?query={}",
        percent_encode(&query)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_decoded() {
        let search = "?aktivitaet=beratung&suche=Garten%20%26%20Hof&x=a+b&bad=%zz%4";
        assert_eq!(
            query_value(search, "suche").as_deref(),
            Some("Garten & Hof")
        );
        assert_eq!(query_value(search, "x").as_deref(), Some("a b"));
        assert_eq!(query_value(search, "bad").as_deref(), Some("%zz%4"));
        assert_eq!(query_value(search, "such"), None);
        assert_eq!(
            percent_decode(&percent_encode("Grün & Ümlaut")),
            "Grün & Ümlaut"
        );
    }

    #[test]
    fn encodes_umlauts_spaces_and_reserved_characters() {
        assert_eq!(percent_encode("Straße 5&x"), "Stra%C3%9Fe%205%26x");
        assert_eq!(percent_encode("a-b_c.d~"), "a-b_c.d~");
    }

    #[test]
    fn osm_search_adds_the_city() {
        assert_eq!(
            openstreetmap_search("Kralenriede"),
            "https://www.openstreetmap.org/search?query=Kralenriede%2C%20Braunschweig"
        );
        assert!(openstreetmap_search("Steinweg 5, Braunschweig")
            .ends_with("Steinweg%205%2C%20Braunschweig"));
    }
}
