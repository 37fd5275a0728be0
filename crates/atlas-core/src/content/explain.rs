//! Explain mode's steps (`[[explain_step]]`, `assets/content/explain.toml`): the hip–lumbar
//! session (seed 000) told one screen at a time on the therapist's tablet.
//!
//! A step tells one section of an article (its heading and its suggested scripts come from
//! there, so the words the seed gives are stored once) and adds what the screen needs: short
//! points the client reads, talking points in the clinic's words where the seed has no script,
//! the muscles the step talks about as two teams, and what to show or play.
//!
//! Checks live here too: every reference resolves, every claim has known sources, and errors
//! name the file, the step and the field like every other content error.

use super::page_rules::claim_problems;
use super::{Article, Claim, ContentError, Kind, KnowledgeBase, Section};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Something a step shows beyond its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExplainModel {
    /// The live lumbopelvic model: how the hips and the low back share a bend or a stride.
    Bend,
}

/// One screen of explain mode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplainStep {
    /// Lowercase-kebab id, unique among the steps (for error messages; the URL uses the
    /// step's number).
    pub id: String,
    /// A short name for the progress bar, e.g. "Recap".
    pub title: String,
    /// The article this step tells, e.g. `hip-lumbar-session`.
    pub article: String,
    /// The heading of the article's section this step tells; its scripts become the
    /// therapist's notes.
    pub section: String,
    /// What the client reads on the screen: a few short lines, each sourced.
    pub points: Vec<Claim>,
    /// Talking points for the therapist where the seed has no script, in the clinic's words.
    #[serde(default)]
    pub talking_points: Vec<Claim>,
    /// The muscles this step calls the mobility team (the hips), marked on the body map.
    #[serde(default)]
    pub mobility: Vec<String>,
    /// The muscles this step calls the stability team (the low back), marked differently.
    #[serde(default)]
    pub stability: Vec<String>,
    /// A live model to show, if any.
    #[serde(default)]
    pub model: Option<ExplainModel>,
    /// Stretches or mobility moves whose guides play in place on this step.
    #[serde(default)]
    pub play: Vec<String>,
    /// This step ends the session by handing the client a home program.
    #[serde(default)]
    pub hand_over: bool,
    /// File the entry was loaded from; set by the loader, used in error messages. Never
    /// serialized (`serde(skip)`), so no bundle carries it to the browser.
    #[serde(skip)]
    pub file: String,
}

impl ExplainStep {
    /// The article section this step tells, if the content is valid.
    pub fn section_in<'a>(&self, kb: &'a KnowledgeBase) -> Option<&'a Section> {
        find_section(kb.article(&self.article)?, &self.section)
    }

    /// Source ids the step cites, so the "every source is cited" rule counts them.
    fn cited(&self) -> impl Iterator<Item = &str> {
        self.points
            .iter()
            .chain(&self.talking_points)
            .flat_map(|claim| claim.sources.iter().map(String::as_str))
    }
}

/// The section of `article` with this heading.
fn find_section<'a>(article: &'a Article, heading: &str) -> Option<&'a Section> {
    article.sections.iter().find(|s| s.heading == heading)
}

/// Source ids explain mode cites.
pub(crate) fn cited_by_explain(kb: &KnowledgeBase) -> impl Iterator<Item = &str> {
    kb.explain.iter().flat_map(ExplainStep::cited)
}

/// Runs every explain-mode rule, adding one error per problem.
pub(crate) fn check_explain(kb: &KnowledgeBase, errors: &mut Vec<ContentError>) {
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    let mut ids = HashSet::new();
    for step in &kb.explain {
        let error = |field: &str, msg: String| {
            ContentError::in_labelled(
                &step.file,
                format!("explain step \"{}\"", step.id),
                field,
                msg,
            )
        };
        if !super::is_kebab(&step.id) {
            let msg = "id must be lowercase words joined by hyphens, e.g. \"recap\"";
            errors.push(error("id", msg.into()));
        }
        if !ids.insert(step.id.as_str()) {
            errors.push(error("id", "duplicate step id".into()));
        }
        if step.title.trim().is_empty() {
            errors.push(error("title", "is empty".into()));
        }
        match kb.article(&step.article) {
            None => {
                let msg = format!("unknown {} \"{}\"", Kind::Article, step.article);
                errors.push(error("article", msg));
            }
            Some(article) if find_section(article, &step.section).is_none() => {
                let headings: Vec<&str> = article
                    .sections
                    .iter()
                    .map(|s| s.heading.as_str())
                    .collect();
                let msg = format!(
                    "no section \"{}\" in article \"{}\"; its sections are: {}",
                    step.section,
                    article.id,
                    headings.join(", ")
                );
                errors.push(error("section", msg));
            }
            Some(_) => {}
        }
        if step.points.is_empty() {
            errors.push(error(
                "points",
                "is empty; a step shows at least one point".into(),
            ));
        }
        let claims = [
            ("points", &step.points),
            ("talking_points", &step.talking_points),
        ];
        for (name, list) in claims {
            for (i, claim) in list.iter().enumerate() {
                for msg in claim_problems(claim, &sources) {
                    errors.push(error(&format!("{name}[{i}]"), msg));
                }
            }
        }
        let teams = [("mobility", &step.mobility), ("stability", &step.stability)];
        for (name, list) in teams {
            for (i, id) in list.iter().enumerate() {
                if kb.muscle(id).is_none() {
                    let msg = format!("unknown {} \"{id}\"", Kind::Muscle);
                    errors.push(error(&format!("{name}[{i}]"), msg));
                }
            }
        }
        for (i, id) in step.play.iter().enumerate() {
            if kb.stretch(id).is_none() {
                let msg = format!("unknown {} \"{id}\"", Kind::Stretch);
                errors.push(error(&format!("play[{i}]"), msg));
            }
        }
    }
    // The hand-over ends the session, so no other step may do it.
    let last = kb.explain.len().saturating_sub(1);
    for step in kb.explain.iter().take(last).filter(|s| s.hand_over) {
        let msg = "only the last step hands over the home program";
        let label = format!("explain step \"{}\"", step.id);
        errors.push(ContentError::in_labelled(
            &step.file,
            label,
            "hand_over",
            msg,
        ));
    }
}
