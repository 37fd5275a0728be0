//! schema.org structured data (JSON-LD) for the pre-rendered pages, from the content: a muscle
//! or condition page is a `MedicalWebPage` about a `Muscle` or `MedicalCondition`, a stretch an
//! `ExercisePlan`, and the clinic's page a `HealthAndBeautyBusiness`. Each says no more than
//! the page does. Written in a non-executable `application/ld+json` block, which the CSP's
//! `script-src` does not govern.

use atlas_core::content::{Goal, KnowledgeBase};
use hip_back_atlas::data::clinic;
use hip_back_atlas::route::Route;
use serde_json::{json, Value};

const CONTEXT: &str = "https://schema.org";

/// The JSON-LD blocks for `route`'s page at `url`, serialised and safe inside `<script>`.
pub fn for_route(kb: &KnowledgeBase, route: &Route, url: &str, description: &str) -> Vec<String> {
    let value = match route {
        Route::Muscle { id } => kb.muscle(id).map(|m| {
            medical_page(
                url,
                description,
                json!({
                    "@type": "Muscle",
                    "name": m.name,
                    "alternateName": m.aka,
                    "description": m.plain.text,
                    "muscleAction": m.action.text,
                }),
            )
        }),
        Route::Condition { id } => kb.condition(id).map(|c| {
            let therapies = kb
                .techniques_for_condition(id)
                .iter()
                .map(|t| json!({ "@type": "MedicalTherapy", "name": t.name }))
                .chain(
                    kb.stretches_for_condition(id)
                        .iter()
                        .map(|s| json!({ "@type": "ExercisePlan", "name": s.name })),
                )
                .collect::<Vec<_>>();
            medical_page(
                url,
                description,
                json!({
                    "@type": "MedicalCondition",
                    "name": c.name,
                    "alternateName": c.aka,
                    "description": c.summary.text,
                    "possibleTreatment": therapies,
                }),
            )
        }),
        Route::Stretch { id } => kb.stretch(id).map(|s| {
            let mut plan = json!({
                "@context": CONTEXT,
                "@type": "ExercisePlan",
                "name": s.name,
                "alternateName": s.aka,
                "url": url,
                "description": s.purpose.text,
                "exerciseType": match s.goal {
                    Goal::Lengthen => "Stretching",
                    Goal::Strengthen => "Strengthening",
                },
                "repetitions": s.dose.repetitions,
                "activityFrequency": s.dose.frequency.text,
            });
            if s.dose.hold_seconds > 0 {
                plan["activityDuration"] = json!(format!("PT{}S", s.dose.hold_seconds));
            }
            plan
        }),
        Route::Visit => Some(business(url)),
        _ => None,
    };
    value.map(|v| safe_in_script(&v)).into_iter().collect()
}

/// A `MedicalWebPage` about `about`, published by the clinic.
fn medical_page(url: &str, description: &str, about: Value) -> Value {
    json!({
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": url,
        "description": description,
        "about": about,
        "publisher": { "@type": "HealthAndBeautyBusiness", "name": clinic().name },
    })
}

/// The clinic, from its profile: only what the profile gives.
fn business(url: &str) -> Value {
    let clinic = clinic();
    let mut value = json!({
        "@context": CONTEXT,
        "@type": "HealthAndBeautyBusiness",
        "name": clinic.name,
        "url": url,
        "description": clinic.about.join(" "),
        "address": clinic.address.join(", "),
        "makesOffer": clinic.services.iter().map(|s| json!({
            "@type": "Offer",
            "itemOffered": { "@type": "Service", "name": s.name, "description": s.description },
        })).collect::<Vec<_>>(),
    });
    if let Some(phone) = &clinic.phone {
        value["telephone"] = json!(phone);
    }
    value
}

/// JSON text that cannot end its `<script>` block early (`</script>`, `<!--`).
fn safe_in_script(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use hip_back_atlas::data::kb;

    fn parsed(route: Route) -> Value {
        let blocks = for_route(kb(), &route, "https://clinic.example/x/", "d");
        assert_eq!(blocks.len(), 1, "{route:?}");
        serde_json::from_str(&blocks[0]).expect("valid JSON")
    }

    #[test]
    fn muscle_condition_stretch_and_clinic_pages_carry_their_types() {
        let muscle = parsed(Route::Muscle {
            id: "piriformis".into(),
        });
        assert_eq!(muscle["@type"], "MedicalWebPage");
        assert_eq!(muscle["about"]["@type"], "Muscle");
        assert_eq!(
            muscle["about"]["name"],
            kb().muscle("piriformis").unwrap().name
        );
        let condition = parsed(Route::Condition {
            id: "sciatica".into(),
        });
        assert_eq!(condition["about"]["@type"], "MedicalCondition");
        assert!(condition["about"]["possibleTreatment"]
            .as_array()
            .is_some_and(|t| !t.is_empty()));
        let stretch = parsed(Route::Stretch {
            id: "figure-4".into(),
        });
        assert_eq!(stretch["@type"], "ExercisePlan");
        assert_eq!(stretch["exerciseType"], "Stretching");
        let clinic_page = parsed(Route::Visit);
        assert_eq!(clinic_page["@type"], "HealthAndBeautyBusiness");
        assert_eq!(clinic_page["name"], clinic().name);
        assert!(for_route(kb(), &Route::Home, "u", "d").is_empty());
    }

    #[test]
    fn no_block_can_close_its_script_element() {
        let text = safe_in_script(&json!({ "x": "</script><!--" }));
        assert!(!text.contains('<'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["x"], "</script><!--");
    }
}
