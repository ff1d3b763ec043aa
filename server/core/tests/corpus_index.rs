//! The corpus index end to end, with its real block sizes and key gaps: synthetic
//! articles of the shipped dictionaries, analysed, indexed file by file in an order unlike
//! path order, checked against the index built in one go, a naive recomputation and the
//! cache round trip; and its memory per mention.

use vigie_core::corpus::{analyze_file, decode, dictionaries_hash, encode, synth, FileMentions, FileMeta, Index};
use vigie_core::dictionary::EMBEDDED;
use vigie_core::{Dictionary, Lexicon};

const ARTICLES: usize = 1_500;

fn corpus() -> (Dictionary, Vec<(String, FileMeta, FileMentions)>) {
    let dict = Dictionary::embedded().expect("shipped dictionaries load").0;
    let lexicon = Lexicon::new(dict.clone());
    let generator = synth::Generator::new(&dict, 99);
    let files = (0..ARTICLES)
        .map(|i| {
            let text = generator.article(i, synth::DEFAULT_BYTES);
            let fm = analyze_file(&lexicon, &text);
            let month = fm
                .date()
                .map_or("undated".to_string(), |d| d.to_string()[..7].to_string());
            let meta = FileMeta {
                size: text.len() as u64,
                mtime_ns: i as i128,
            };
            (format!("file:///desk/{month}/{i:05}.md"), meta, fm)
        })
        .collect();
    (dict, files)
}

#[test]
fn incremental_bulk_naive_and_cached_indexes_agree() {
    let (dict, files) = corpus();
    let mut index = Index::new();
    for (path, meta, fm) in &files {
        index.upsert(path, *meta, fm.clone());
    }
    // Replace a third of the files with others' mentions, remove a tenth, put some back.
    let mut model: std::collections::BTreeMap<String, (FileMeta, FileMentions)> =
        files.iter().map(|(p, m, f)| (p.clone(), (*m, f.clone()))).collect();
    for (i, (path, meta, _)) in files.iter().enumerate() {
        if i % 3 == 0 {
            let other = files[(i * 7 + 1) % files.len()].2.clone();
            index.upsert(path, *meta, other.clone());
            model.insert(path.clone(), (*meta, other));
        }
        if i % 10 == 0 {
            assert!(index.remove(path).is_some());
            model.remove(path);
        }
        if i % 20 == 0 {
            index.upsert(path, *meta, files[i].2.clone());
            model.insert(path.clone(), (*meta, files[i].2.clone()));
        }
    }
    let bulk = Index::from_files(model.iter().map(|(p, (m, f))| (p.clone(), *m, f.clone())));
    assert!(bulk == index);

    let top = (0..dict.entries.len()).max_by_key(|&e| index.count(e).1).unwrap();
    for entry in [top, 0, 1, dict.entries.len() - 1] {
        let mut naive = Vec::new();
        for (path, (_, fm)) in &model {
            for (i, m) in fm.mentions().iter().enumerate() {
                if fm.entries_of(i).contains(&(entry as u32)) {
                    naive.push((path.as_str(), *m));
                }
            }
        }
        let got: Vec<_> = index.mentions_of(entry).collect();
        assert_eq!(got, naive, "{}", dict.entries[entry].id);
        let bulk_got: Vec<_> = bulk.mentions_of(entry).collect();
        assert_eq!(bulk_got, naive);
        let files_with = model.values().filter(|(_, fm)| fm.count_of(entry) > 0).count();
        assert_eq!(index.count(entry), (files_with, naive.len()));
        assert_eq!(index.recent(entry, 5), bulk.recent(entry, 5));
    }
    assert!(
        index.count(top).0 > ARTICLES / 2,
        "the synthetic corpus has a frequent entry"
    );

    let hash = dictionaries_hash(EMBEDDED);
    let bytes = encode(&index, hash);
    let back = decode(&bytes, hash).expect("the cache decodes");
    assert!(back == index);
    assert_eq!(back.stats().mentions, index.stats().mentions);
    assert_eq!(encode(&back, hash), bytes);
}

/// The index's own heap per mention, as it estimates it (the benchmark checks the estimate
/// against a counting allocator): at most 16 bytes a mention once built in one go (a cold
/// index, a cache load), 20 after upserts (blocks split half full, tables grown by
/// doubling). The 1,500 analysed articles are indexed under four folders (6,000 files),
/// so that what each entry costs whatever its mentions is spread as in an archive.
#[test]
fn memory_per_mention() {
    let (_, analysed) = corpus();
    let files: Vec<(String, FileMeta, FileMentions)> = ["a", "b", "c", "d"]
        .iter()
        .flat_map(|folder| {
            analysed
                .iter()
                .map(move |(p, m, f)| (format!("/{folder}{p}"), *m, f.clone()))
        })
        .collect();
    let mentions: usize = files.iter().map(|f| f.2.len()).sum();
    let mut index = Index::new();
    for (path, meta, fm) in files.clone() {
        index.upsert(&path, meta, fm);
    }
    let incremental = index.heap_bytes() as f64 / mentions as f64;
    let bulk = Index::from_files(files).heap_bytes() as f64 / mentions as f64;
    eprintln!("{mentions} mentions; {incremental:.1} bytes per mention (upserts), {bulk:.1} (bulk)");
    assert!(incremental <= 20.0, "{incremental:.1} bytes per mention (upserts)");
    assert!(bulk <= 16.0, "{bulk:.1} bytes per mention (bulk)");
}

#[test]
fn into_files_then_from_files_is_the_same_index() {
    let (dict, _) = vigie_core::Dictionary::embedded().unwrap();
    let lexicon = vigie_core::Lexicon::new(dict);
    let texts = [
        "Kiev et Moscou.",
        "Pokrovsk, puis Kiev.",
        "Rien ici.",
        "Moscou. Kiev. Kiev.",
    ];
    let files: Vec<(String, vigie_core::corpus::FileMeta, vigie_core::corpus::FileMentions)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                format!("/c/{i}.md"),
                vigie_core::corpus::FileMeta {
                    size: t.len() as u64,
                    mtime_ns: i as i128,
                },
                vigie_core::corpus::analyze_file(&lexicon, t),
            )
        })
        .collect();
    let index = vigie_core::corpus::Index::from_files(files.clone());
    let round = vigie_core::corpus::Index::from_files(index.clone().into_files());
    assert_eq!(round, index);
    assert_eq!(index.into_files().len(), texts.len());
}
