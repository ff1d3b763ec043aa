//! The whole analysis of an article after an edit: its mentions and its unsourced figures,
//! computed at the same time on two threads (they are independent), so that the answer
//! comes as soon as the slower of the two is done.

use crate::date::{article_date, Date};
use crate::figures::{self, FigureOptions, Finding};
use crate::lang::Lang;
use crate::roles::RoleDate;
use crate::{Lexicon, Mention};

/// What vigie knows of an article at one version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleAnalysis {
    /// Mentions, role phrases resolved on the article's date among them.
    pub mentions: Vec<Mention>,
    /// The unsourced figures to report.
    pub figures: Vec<Finding>,
    /// Titles next to a name that do not fit the article's date (`role-date`).
    pub roles: Vec<RoleDate>,
    /// The language messages are written in.
    pub lang: Lang,
    /// The article's date, if it gives one: role phrases and titles are read on it.
    pub date: Option<Date>,
}

/// Mentions and unsourced figures of `text`. Mention matching runs on a second thread
/// while this one analyses figures; a panic in either is propagated.
pub fn analyze(text: &str, lexicon: &Lexicon, opts: &FigureOptions) -> ArticleAnalysis {
    std::thread::scope(|scope| {
        let date = article_date(text);
        let mentions = scope.spawn(move || lexicon.find_with_titles(text, date));
        let figures = figures::unsourced(text, opts);
        let lang = figures::document_lang(text, opts);
        let (mentions, roles) = mentions
            .join()
            .unwrap_or_else(|payload| std::panic::resume_unwind(payload));
        ArticleAnalysis {
            mentions,
            figures,
            roles,
            lang,
            date,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dictionary;

    #[test]
    fn the_same_as_each_analysis_alone() {
        let lexicon = Lexicon::new(Dictionary::embedded().unwrap().0);
        let text = "À Kiev, Volodymyr Zelensky a reçu Marco Rubio. Des dizaines de milliers de soldats sont massés.";
        let opts = FigureOptions::default();
        let a = analyze(text, &lexicon, &opts);
        assert_eq!(a.mentions, lexicon.find(text));
        assert_eq!(a.date, None);
        assert_eq!(a.figures, figures::unsourced(text, &opts));
        assert_eq!(a.lang, Lang::Fr);
        assert_eq!(a.mentions.len(), 3);
        assert_eq!(a.figures.len(), 1);
    }
}
