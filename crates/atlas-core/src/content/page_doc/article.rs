//! A visit article's page.

use crate::content::{AppSection, Article, EntityRef, KnowledgeBase, Word};

use super::parts::{existing, links};
use super::{Block, DocSection, Look, PageDoc, SectionLink, Subject};

/// A visit article: its summary, its sections (their therapist scripts stay for explain mode),
/// what it relates to and the next article to read.
pub(super) fn article_doc<'a>(kb: &'a KnowledgeBase, article: &'a Article) -> PageDoc<'a> {
    use crate::content::Kind;
    let related = &article.related;
    // Exercises (`Goal::Strengthen`) are linked under their own heading, not as stretches.
    let (exercises, stretches): (Vec<String>, Vec<String>) = related
        .stretches
        .iter()
        .cloned()
        .partition(|id| kb.stretch(id).is_some_and(|s| s.is_exercise()));
    let mut sections: Vec<DocSection<'a>> = article
        .sections
        .iter()
        .map(|section| {
            let paragraphs = section.paragraphs.iter().map(Block::Claim).collect();
            DocSection::headed(Look::ArticlePart, &section.heading, paragraphs)
        })
        .collect();
    sections.push(DocSection::group(
        Look::Related,
        vec![
            links(
                kb.word(Word::LinkedConditions),
                existing(kb, Kind::Condition, &related.conditions),
            ),
            links(
                kb.word(Word::LinkedMuscles),
                existing(kb, Kind::Muscle, &related.muscles),
            ),
            links(
                kb.word(Word::LinkedTechniques),
                existing(kb, Kind::Technique, &related.techniques),
            ),
            links(
                kb.word(Word::LinkedStretches),
                existing(kb, Kind::Stretch, &stretches),
            ),
            links(
                kb.word(Word::LinkedExercises),
                existing(kb, Kind::Stretch, &exercises),
            ),
            links(
                kb.word(Word::LinkedNotes),
                existing(kb, Kind::Note, &related.notes),
            ),
        ],
    ));
    if let Some(next) = next_article(&kb.articles, &article.id) {
        sections.push(DocSection::group(
            Look::Bare,
            vec![Block::NextArticle(EntityRef::Article(next.id.clone()))],
        ));
    }
    PageDoc {
        subject: Subject::Entry(EntityRef::Article(article.id.clone())),
        kicker: Some(SectionLink {
            to: AppSection::Visit,
            label: Word::ToVisit,
        }),
        title: &article.title,
        lead: vec![Block::Lead(&article.summary)],
        sections,
        onward: vec![SectionLink {
            to: AppSection::Visit,
            label: Word::ToAllArticles,
        }],
    }
}

/// The article after `id` in Visit order (wrapping), so reading can go on; none when it is the
/// only one.
fn next_article<'a>(articles: &'a [Article], id: &str) -> Option<&'a Article> {
    let at = articles.iter().position(|a| a.id == id)?;
    articles
        .get((at + 1) % articles.len())
        .filter(|a| a.id != id)
}
