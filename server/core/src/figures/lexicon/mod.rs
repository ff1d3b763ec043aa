//! Every word list of the figure analysis, and the indexes built from them.
//!
//! - [`detect`]: the words of figures (number words, multipliers, units, approximations,
//!   fractions, multiples) and of the contexts that make a number something else (months,
//!   references, idioms, durations, designations).
//! - [`attribution`]: the words that name or fail to name a source (phrases, reporting
//!   verbs conjugated from their stems, hedges, auxiliaries, determiners, source nouns).
//!
//! The rules of `detect` and `attribution` name no vocabulary of their own: at most the one
//! or two function words of their pattern ("fois"/"times", "à"/"to"). The lists are lower
//! case, with `'` for the apostrophe; [`super::classes`] turns most of them into word
//! classes, looked up once per token.

pub(crate) mod attribution;
pub(crate) mod detect;
