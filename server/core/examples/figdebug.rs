//! Prints the figures of a text given on standard input (a development aid).
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let masked = vigie_core::markup::mask(&s);
    for sent in vigie_core::sentences::split(&masked) {
        let toks = vigie_core::figures::tokens::tokenize(&masked, sent.range.clone());
        let c = vigie_core::figures::attribution::analyze(&toks);
        println!(
            "[{}] {:?} :: {:?}",
            sent.paragraph,
            &s[sent.range.clone()],
            c
        );
    }
    for f in vigie_core::figures::analyze(&s, &Default::default()) {
        println!("  {:?} {:?} {:?}", &s[f.range.clone()], f.sourced, f.kind);
    }
}
