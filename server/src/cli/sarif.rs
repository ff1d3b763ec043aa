//! `vigie check --format sarif`: the findings as one SARIF 2.1.0 log, the format of
//! code-scanning views (GitHub, GitLab, Azure DevOps). Columns count characters
//! (`columnKind: unicodeCodePoints`), lines and columns from 1; a house-style finding
//! carries its fix.

use serde_json::{json, Value};
use vigie_core::lang::Lang;

use super::check::Report;
use crate::config::FigureSeverity;

/// Every rule vigie reports: id and a one-line description.
fn rules(lang: Lang) -> Value {
    let fr = lang == Lang::Fr;
    let rule = |id: &str, fr_text: &str, en_text: &str| json!({ "id": id, "shortDescription": { "text": if fr { fr_text } else { en_text } } });
    json!([
        rule(
            "unsourced-figure",
            "Un chiffre sans source dans sa phrase",
            "A figure without a source in its sentence"
        ),
        rule(
            "placeholder-source",
            "Un chiffre dont la source est encore un espace réservé",
            "A figure whose source is still a placeholder"
        ),
        rule(
            "role-date",
            "Un titre qui ne correspond pas à la date de l'article",
            "A title that does not fit the article's date"
        ),
        rule(
            "house-style",
            "Une graphie que le style maison ne retient pas",
            "A spelling the house style does not use"
        ),
    ])
}

fn level(s: FigureSeverity) -> &'static str {
    match s {
        FigureSeverity::Error => "error",
        FigureSeverity::Warning => "warning",
        FigureSeverity::Information | FigureSeverity::Hint => "note",
        FigureSeverity::Off => "none",
    }
}

/// A path as a SARIF artifact URI: relative paths stay relative (to the folder vigie ran
/// in), with forward slashes.
fn artifact(path: &str) -> Value {
    json!({ "uri": path.replace('\\', "/") })
}

fn result(r: &Report) -> Value {
    let mut out = json!({
        "ruleId": r.code,
        "level": level(r.severity),
        "message": { "text": r.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact(&r.path),
                "region": {
                    "startLine": r.line, "startColumn": r.column,
                    "endLine": r.end_line, "endColumn": r.end_column,
                },
            },
        }],
    });
    if let Some(fix) = &r.fix {
        out["fixes"] = json!([{
            "description": { "text": format!("{} → {}", r.text, fix.replacement) },
            "artifactChanges": [{
                "artifactLocation": artifact(&r.path),
                "replacements": [{
                    "deletedRegion": {
                        "startLine": fix.line, "startColumn": fix.column,
                        "endLine": fix.end_line, "endColumn": fix.end_column,
                    },
                    "insertedContent": { "text": fix.replacement },
                }],
            }],
        }]);
    }
    out
}

/// The SARIF log of `reports`; rule descriptions in `lang`.
pub fn log(reports: &[Report], lang: Lang) -> Value {
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "vigie",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules(lang),
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": reports.iter().map(result).collect::<Vec<_>>(),
        }],
    })
}
