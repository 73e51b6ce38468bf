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
