//! The house drawn from the code's own paths: each top-level folder of `src`
//! may name only folders of a lower layer, so data flows one way and there
//! is no circle. A new arrow upward fails here with the file that drew it.

use std::collections::BTreeMap;
use std::path::Path;

/// Lower layers first; a folder may use any folder of a lower rank.
const LAYERS: &[(&str, u8)] = &[
    ("said", 0),
    ("error", 1),
    ("files", 1),
    // The engine and the catalogues know nothing of each other: the engine
    // says what it finds as `said` values, the catalogues word them.
    ("engine", 2),
    ("i18n", 2),
    ("worded", 3),
    ("config", 4),
    ("scenario", 4),
    ("draws", 4),
    ("context", 5),
    ("advisor", 5),
    ("report", 6),
    ("tui", 7),
    ("cli", 8),
];

fn rank(module: &str) -> Option<u8> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, rank)| *rank)
}

fn rust_files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The folders a file names through `crate::...` (its unit tests left out:
/// a test may reach anywhere).
fn named_folders(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // `crate::t!` is the catalogue's macro.
        let name = if name == "t" { "i18n".to_string() } else { name };
        found.push(name);
    }
    found
}

#[test]
fn no_folder_names_a_folder_above_it_or_beside_it() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut upward: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in &files {
        let relative = path.strip_prefix("src").unwrap();
        let Some(first) = relative.iter().next() else {
            continue;
        };
        let own = first.to_string_lossy().trim_end_matches(".rs").to_string();
        let Some(own_rank) = rank(&own) else { continue };
        let text = std::fs::read_to_string(path).unwrap();
        for named in named_folders(&text) {
            match rank(&named) {
                Some(other) if named != own && other >= own_rank => upward
                    .entry(format!("{own} -> {named}"))
                    .or_default()
                    .push(path.display().to_string()),
                _ => {}
            }
        }
    }
    assert!(upward.is_empty(), "arrows that point up or sideways: {upward:#?}");
}

#[test]
fn every_top_level_folder_has_a_layer() {
    for entry in std::fs::read_dir("src").unwrap() {
        let name = entry
            .unwrap()
            .file_name()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if name == "lib" || name == "main" {
            continue;
        }
        assert!(rank(&name).is_some(), "src/{name} has no layer in LAYERS");
    }
}
