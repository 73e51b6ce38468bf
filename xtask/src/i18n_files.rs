//! The translation completeness test: Fluent reports a missing message only as a warning at
//! run time, so this proves every language has exactly the German message ids and variables.

use crate::i18n::{all_files, compile_file, BUNDLES, LANGUAGES};
use crate::paths::root;

#[test]
fn every_language_has_exactly_the_german_messages() {
    let locales = root().join("app/locales");
    let files = all_files(&locales).unwrap_or_else(|problems| panic!("{problems}"));
    assert_eq!(files.len(), BUNDLES.len() * (LANGUAGES.len() - 1));
    for bundle in BUNDLES {
        let german = compile_file(&locales, "de", bundle).unwrap();
        assert!(german.ids.len() > 10, "{bundle} is nearly empty");
        for lang in &LANGUAGES[1..] {
            let other = compile_file(&locales, lang, bundle).unwrap();
            assert_eq!(other.ids.len(), german.ids.len(), "{lang}/{bundle}.ftl");
            for (id, template) in other.ids.iter().zip(&other.templates) {
                assert!(
                    !template.trim().is_empty(),
                    "{lang}/{bundle}.ftl: {id} is empty"
                );
            }
        }
    }
}
