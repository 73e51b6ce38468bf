//! How a value is written in the seed migration's SQL.

/// A SQL string literal.
pub fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_sql_strings() {
        assert_eq!(quote("Runder Tisch 'Lamme'"), "'Runder Tisch ''Lamme'''");
    }
}
