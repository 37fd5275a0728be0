//! The kind log on the client's phone: a one-tap "done" with optional ease before and after
//! (0–10), days practised this week with kind words, the last four weeks as a calendar with no
//! streak to break, and a summary to show the therapist at the next visit.

use atlas_core::program::{
    encouragement, scale_y, Day, DayMark, EaseChart, Log, LogEntry, CHART_HEIGHT, CHART_LEFT,
    CHART_SESSIONS, MAX_EASE, WEEKDAY_NAMES,
};
use atlas_core::svg_number::num;
use atlas_core::svg_path::polyline;
use yew::prelude::*;

use crate::components::claim::Sources;
use crate::data::{kb, show, show_with, word, words, Word};

/// Weeks the calendar shows.
pub const CALENDAR_WEEKS: usize = 4;

/// Props for [`LogForm`].
#[derive(Properties, PartialEq)]
pub struct LogFormProps {
    /// Records the entry (the owner saves it).
    pub onlog: Callback<LogEntry>,
    /// Today, on the device's calendar.
    pub today: Day,
    /// How easy moving felt before the session, asked before Play; `None` if not rated.
    #[prop_or_default]
    pub before: Option<u8>,
}

/// After a session: how easy moving feels now (optional), and "Done" logs today with the
/// rating from before the session.
#[component]
pub fn LogForm(props: &LogFormProps) -> Html {
    let after = use_state(|| None::<u8>);
    let onclick = {
        let onlog = props.onlog.clone();
        let today = props.today;
        let before = props.before;
        let after = after.clone();
        Callback::from(move |_: MouseEvent| {
            onlog.emit(LogEntry {
                day: today,
                ease_before: before,
                ease_after: *after,
            })
        })
    };
    let on_after = {
        let after = after.clone();
        Callback::from(move |value: Option<u8>| after.set(value))
    };
    html! {
        <section class="log-form" aria-labelledby="log-form-title">
            <h2 id="log-form-title">{ show(Word::LogTitle) }</h2>
            { ease_row("ease-after", word(Word::EaseAfterQuestion), *after, on_after) }
            if let Some(before) = props.before {
                <p class="log-form__before">{ show_with(Word::LogBeforeSaid, &[("rating", &before.to_string())]) }</p>
            }
            <button type="button" class="button button--primary" {onclick}>{ show(Word::LogDone) }</button>
        </section>
    }
}

/// How easy moving feels, 0 to 10, as a row of large buttons (radio buttons: one choice, arrow
/// keys move between them) with words at both ends saying which end is which; tapping the
/// chosen number again clears it.
pub fn ease_row(
    id: &'static str,
    question: &str,
    value: Option<u8>,
    onpick: Callback<Option<u8>>,
) -> Html {
    html! {
        <fieldset class="ease-row">
            <legend>{ question.to_string() }</legend>
            <div class="ease-row__ends" aria-hidden="true">
                <span>{ show(Word::EaseHardEnd) }</span><span>{ show(Word::EaseEasyEnd) }</span>
            </div>
            <div class="ease-row__choices">
                { for (0..=MAX_EASE).map(|n| {
                    let input_id = format!("{id}-{n}");
                    let chosen = value == Some(n);
                    let label = match n {
                        0 => word(Word::EaseHardLabel).to_string(),
                        MAX_EASE => words(Word::EaseEasyLabel, &[("max", &MAX_EASE.to_string())]),
                        n => n.to_string(),
                    };
                    let pick = onpick.reform(move |_: MouseEvent| (!chosen).then_some(n));
                    html! {
                        <span class="ease-row__choice">
                            <input type="radio" name={id} id={input_id.clone()} value={n.to_string()}
                                checked={chosen} onclick={pick} aria-label={label} />
                            <label for={input_id} aria-hidden="true">{ n }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// Days practised this week in words, and the last four weeks as a calendar. A plain
/// function, like the summary below: they hold no state.
pub fn consistency(log: &Log, received: Option<Day>, today: Day) -> Html {
    let days = log.days_this_week(today);
    let words = encouragement(kb(), days);
    // The calendar starts when the client had the program (or their first session, for data
    // saved before the day was kept, or a session logged before it).
    let first = received
        .into_iter()
        .chain(log.entries.iter().map(|e| e.day))
        .min();
    let weeks = log.calendar(today, calendar_weeks(first, today));
    html! {
        <section class="consistency" aria-labelledby="consistency-title">
            <h2 id="consistency-title">{ show(Word::WeekTitle) }</h2>
            if let Some((words, claim)) = words {
                <p class="consistency__words">{ words }</p>
                <Sources ids={claim.sources.clone()} about={word(Word::WeekSourcesAbout)} />
            }
            <table class="calendar">
                <caption>{ calendar_caption(weeks.len()) }</caption>
                <thead><tr>{ for WEEKDAY_NAMES.iter().map(|n| html! { <th scope="col">{ &n[..3] }</th> }) }</tr></thead>
                <tbody>
                    { for weeks.iter().map(|week| html! {
                        <tr>{ for week.iter().map(|day| {
                            let before_first = first.is_none_or(|first| day.day < first);
                            let (class, text, said) = match day.mark {
                                DayMark::Practised => ("calendar__day is-done", "✓", Word::DayDone),
                                DayMark::Rest if before_first => ("calendar__day is-before", "", Word::DayBeforeFirst),
                                DayMark::Rest => ("calendar__day", "", Word::DayNotLogged),
                                DayMark::Future => ("calendar__day is-future", "", Word::DayToCome),
                            };
                            html! { <td {class}><span aria-hidden="true">{ text }</span><span class="visually-hidden">{ show(said) }</span></td> }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// Weeks the calendar shows: from the week the program arrived on this phone (or the first
/// session, whichever is earlier) to this week, at most [`CALENDAR_WEEKS`], so a new client does not open on weeks of
/// empty days from before they had the program.
pub fn calendar_weeks(first: Option<Day>, today: Day) -> usize {
    let Some(first) = first.filter(|f| *f <= today) else {
        return 1;
    };
    let weeks = (today.week_start().0 - first.week_start().0) / 7 + 1;
    usize::try_from(weeks).unwrap_or(1).clamp(1, CALENDAR_WEEKS)
}

/// The calendar's caption for `weeks` weeks.
fn calendar_caption(weeks: usize) -> String {
    match weeks {
        1 => word(Word::CalendarCaptionOne).to_string(),
        n => words(Word::CalendarCaptionMany, &[("count", &n.to_string())]),
    }
}

/// What to show the therapist: how many sessions, and ease before and after over the latest
/// sessions as a small chart (its geometry is the core's [`EaseChart`]), with the numbers in a
/// table, which screen readers read instead of the chart.
pub fn visit_summary(log: &Log) -> Html {
    let sessions = log.sessions();
    let chart = EaseChart::new(&log.ease_series());
    let dots = |dots: &[(f32, f32)], class: &'static str| {
        html! {
            { for dots.iter().map(|&(x, y)| html! {
                <circle {class} cx={num(x)} cy={num(y)} r="4" />
            }) }
        }
    };
    html! {
        <section class="visit-summary" aria-labelledby="visit-summary-title">
            <h2 id="visit-summary-title">{ show(Word::VisitSummaryTitle) }</h2>
            <p class="visit-summary__count">{ show_with(Word::SessionsLogged, &[("count", &sessions.to_string())]) }</p>
            if let Some(chart) = chart {
                <svg class="ease-chart" width={num(chart.width)} height={num(CHART_HEIGHT)}
                    viewBox={format!("0 0 {} {}", num(chart.width), num(CHART_HEIGHT))}
                    aria-hidden="true" focusable="false">
                    { for [0, 5, MAX_EASE].into_iter().map(|v| html! {
                        <text class="ease-chart__scale" x={num(CHART_LEFT - 6.0)} y={num(scale_y(v) + 4.0)}>
                            { v.to_string() }
                        </text>
                    }) }
                    <line class="ease-chart__axis" x1={num(CHART_LEFT)} y1={num(scale_y(0))}
                        x2={num(chart.axis_end())} y2={num(scale_y(0))} />
                    <path class="ease-chart__before" d={polyline(&chart.before)} />
                    <path class="ease-chart__after" d={polyline(&chart.after)} />
                    { dots(&chart.before, "ease-chart__dot ease-chart__dot--before") }
                    { dots(&chart.after, "ease-chart__dot ease-chart__dot--after") }
                </svg>
                <p class="ease-chart__legend">
                    { legend_key(&chart.before, "before", word(Word::LegendBefore)) }
                    { legend_key(&chart.after, "after", word(Word::LegendAfter)) }
                </p>
                <table class="ease-table">
                    <caption>
                        if chart.is_cut() {
                            { show_with(Word::EaseTableCaptionLatest, &[("count", &CHART_SESSIONS.to_string())]) }
                        } else {
                            { show(Word::EaseTableCaption) }
                        }
                    </caption>
                    <thead><tr><th scope="col">{ show(Word::EaseTableDay) }</th><th scope="col">{ show(Word::EaseTableBefore) }</th><th scope="col">{ show(Word::EaseTableAfter) }</th></tr></thead>
                    <tbody>
                        { for chart.sessions.iter().map(|(day, b, a)| html! {
                            <tr>
                                <th scope="row">{ day.short_words() }</th>
                                <td>{ b.map_or("—".to_string(), |v| v.to_string()) }</td>
                                <td>{ a.map_or("—".to_string(), |v| v.to_string()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

/// One key of the chart's legend, drawn with the chart's own classes: the dot, and the line
/// through it only when the chart draws one (two or more ratings); nothing for a series the
/// chart does not show.
fn legend_key(points: &[(f32, f32)], which: &'static str, words: &'static str) -> Html {
    if points.is_empty() {
        return Html::default();
    }
    html! {
        <span class="ease-chart__key">
            <svg class="ease-chart__swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
                if points.len() > 1 {
                    <line class={format!("ease-chart__{which}")} x1="1" y1="6" x2="27" y2="6" />
                }
                <circle class={format!("ease-chart__dot ease-chart__dot--{which}")} cx="14" cy="6" r="4" />
            </svg>
            { words }
        </span>
    }
}
