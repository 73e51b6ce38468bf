//! Whether a text holds contact data: what a need's public texts may not carry (the network's
//! own contact is on its page). The OpenAPI document states the same rule as a pattern
//! (`worker/src/openapi/patterns.rs`), and a test there checks that both agree.

/// Whether `text` holds something like an e-mail address or a phone number: a word with an
/// `@` and a dot after it; or a number as phone numbers are written here, starting with `0` or
/// `+`, with seven or more digits (spaces, `/`, `-`, `(`, `)` and `+` between them); or seven
/// digits in a row. Dates (`2027-03-31`, `31.03.2027`), school years (`2026/2027`) and times
/// (`15-17 Uhr`) are no number.
pub fn has_contact_data(text: &str) -> bool {
    let email = text
        .split(|c: char| c.is_whitespace() || "<>()[],;:\"'".contains(c))
        .any(|word| {
            word.split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        });
    let chars: Vec<char> = text.chars().collect();
    let joiner = |c: char| PHONE_JOINERS.contains(c);
    // The digits of the number that starts at `i`: through digits and joiners.
    let digits_from = |i: usize| {
        chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || joiner(**c))
            .filter(|c| c.is_ascii_digit())
            .count()
    };
    let phone = (0..chars.len()).any(|i| {
        let after_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let starts = !after_digit && (chars[i] == '0' || chars[i] == '+');
        let in_a_row = chars[i..]
            .iter()
            .take(7)
            .filter(|c| c.is_ascii_digit())
            .count()
            == 7;
        (starts && digits_from(i) >= 7) || in_a_row
    });
    email || phone
}

/// What may stand between the digits of one phone number.
pub const PHONE_JOINERS: &str = " /-()+\u{a0}";
