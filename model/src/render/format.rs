//! Fills a compiled template (see `app/i18n/compile.rs`) with its variables.

/// `{name}` becomes the value of `name`; `{count|one:…|*other:…}` picks the variant for
/// the number: an exact match (`[0]`), then its plural category in `lang`, then the default.
/// `plural` names a number's CLDR category in the reader's language (the browser's and
/// workerd's `Intl.PluralRules`: no plural data in any wasm).
pub fn format(template: &str, args: &[(&str, &str)], plural: &dyn Fn(u32) -> String) -> String {
    if !template.contains('{') {
        return template.to_string();
    }
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let body = &rest[start + 1..];
        let mut depth = 1;
        let end = body
            .char_indices()
            .find(|(_, c)| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(body.len(), |(i, _)| i);
        out.push_str(&placeable(&body[..end], args, plural));
        rest = body.get(end + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

fn placeable(body: &str, args: &[(&str, &str)], plural: &dyn Fn(u32) -> String) -> String {
    let (name, variants) = body.split_once('|').unwrap_or((body, ""));
    let value = args
        .iter()
        .find(|(arg, _)| *arg == name)
        .map_or("", |(_, value)| *value);
    if variants.is_empty() {
        return value.to_string();
    }
    let variants: Vec<(bool, &str, &str)> = variants
        .split('|')
        .filter_map(|variant| {
            let (key, text) = variant.split_once(':')?;
            Some(match key.strip_prefix('*') {
                Some(key) => (true, key, text),
                None => (false, key, text),
            })
        })
        .collect();
    // Whole numbers are all the app counts (and parsing floats would add kilobytes of tables).
    let category = value.parse::<u32>().ok().map(plural);
    let chosen = variants
        .iter()
        .find(|(_, key, _)| *key == value)
        .or_else(|| {
            variants
                .iter()
                .find(|(_, key, _)| Some(*key) == category.as_deref())
        })
        .or_else(|| variants.iter().find(|(default, _, _)| *default));
    chosen.map_or_else(String::new, |(_, _, text)| format(text, args, plural))
}

/// "2026-11-25…" → "25.11.2026" (German; other languages format dates with `Intl`).
pub fn german_date(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10)) {
        (Some(year), Some(month), Some(day)) => format!("{day}.{month}.{year}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_and_plurals_are_filled_in() {
        let template =
            "{count|0:Keine Netzwerke|one:Ein Netzwerk|*other:{count} Netzwerke} in {name}.";
        let german = |n: u32| if n == 1 { "one" } else { "other" }.to_string();
        let run = |count: &str| format(template, &[("count", count), ("name", "Mitte")], &german);
        assert_eq!(run("0"), "Keine Netzwerke in Mitte.");
        assert_eq!(run("1"), "Ein Netzwerk in Mitte.");
        assert_eq!(run("7"), "7 Netzwerke in Mitte.");
        assert_eq!(format("Ohne Variablen", &[], &german), "Ohne Variablen");
        assert_eq!(format("A {missing} B", &[], &german), "A  B");
    }
}
