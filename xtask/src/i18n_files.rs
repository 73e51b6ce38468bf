//! The translation completeness test: Fluent reports a missing message only as a warning at
//! run time, so this proves every language has exactly the German message ids and variables.

use crate::paths::root;
use i18n::{all_files, compile_file, variables, BUNDLES};
use model::lang::Lang;

#[test]
fn every_language_has_exactly_the_german_messages() {
    let locales = root().join("app/locales");
    let languages = Lang::ALL.map(Lang::code);
    let files = all_files(&locales, &languages).unwrap_or_else(|problems| panic!("{problems}"));
    assert_eq!(files.len(), BUNDLES.len() * (languages.len() - 1));
    // `legal` and `mail` are not loaded by the app: xtask renders the city's legal pages and
    // `/anmeldung` from them, and the Worker writes its mails with `mail`.
    for bundle in BUNDLES.iter().copied().chain(["legal", "mail"]) {
        let german = compile_file(&locales, "de", bundle).unwrap();
        assert!(german.ids.len() > 10, "{bundle} is nearly empty");
        for lang in &languages[1..] {
            let other = compile_file(&locales, lang, bundle).unwrap();
            assert_eq!(
                other.ids, german.ids,
                "{lang}/{bundle}.ftl: the German ids, in order"
            );
            let pairs = other
                .ids
                .iter()
                .zip(&other.templates)
                .zip(&german.templates);
            for ((id, template), german_template) in pairs {
                assert!(
                    !template.trim().is_empty(),
                    "{lang}/{bundle}.ftl: {id} is empty"
                );
                assert_eq!(
                    variables(template),
                    variables(german_template),
                    "{lang}/{bundle}.ftl: {id} has the German variables"
                );
            }
        }
    }
}
