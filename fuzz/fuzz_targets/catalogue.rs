//! Any bytes as a user's catalogue (`<config>/i18n/fr.ftl`): added whole or
//! left out with one warning, never a panic, a stack overflow or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut library = crs_planner::i18n::Library::shipped();
    if let Err(warning) = library.add_user_catalogue("fuzz/fr.ftl", "fr", text) {
        let said = warning.to_string();
        assert!(said.starts_with("fuzz/fr.ftl"), "{said}");
    }
    // A new language, English filling its gaps.
    let _ = library.add_user_catalogue("fuzz/es.ftl", "es", text);
});
