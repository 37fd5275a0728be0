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
use crate::data::kb;

/// Weeks the calendar shows.
pub const CALENDAR_WEEKS: usize = 4;

/// Props for [`LogForm`].
#[derive(Properties, PartialEq)]
pub struct LogFormProps {
    /// Records the entry (the owner saves it).
    pub onlog: Callback<LogEntry>,
    /// Today, on the device's calendar.
    pub today: Day,
}

/// After a session: "Done" logs today; the ease ratings are optional.
#[component]
pub fn LogForm(props: &LogFormProps) -> Html {
    let before = use_state(|| None::<u8>);
    let after = use_state(|| None::<u8>);
    let rating = |label: &'static str, id: &'static str, value: UseStateHandle<Option<u8>>| {
        let onchange = {
            let value = value.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                value.set(select.value().parse().ok());
            })
        };
        html! {
            <p class="log-form__rating">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    <option value="" selected={value.is_none()}>{ "—" }</option>
                    { for (0..=10u8).map(|n| html! {
                        <option value={n.to_string()} selected={*value == Some(n)}>{ n }</option>
                    }) }
                </select>
            </p>
        }
    };
    let onclick = {
        let onlog = props.onlog.clone();
        let today = props.today;
        let (before, after) = (before.clone(), after.clone());
        Callback::from(move |_: MouseEvent| {
            onlog.emit(LogEntry {
                day: today,
                ease_before: *before,
                ease_after: *after,
            })
        })
    };
    html! {
        <section class="log-form" aria-labelledby="log-form-title">
            <h2 id="log-form-title">{ "Well done. Log today?" }</h2>
            <p>{ "How easy does moving feel, from 0 (very hard) to 10 (easy)? Both are optional." }</p>
            { rating("Before the stretches", "ease-before", before) }
            { rating("After the stretches", "ease-after", after) }
            <button type="button" class="button button--primary" {onclick}>{ "Done: log today" }</button>
        </section>
    }
}

/// Days practised this week in words, and the last four weeks as a calendar. A plain
/// function, like the summary below: they hold no state.
pub fn consistency(log: &Log, today: Day) -> Html {
    let days = log.days_this_week(today);
    let words = encouragement(kb(), days);
    let weeks = log.calendar(today, CALENDAR_WEEKS);
    html! {
        <section class="consistency" aria-labelledby="consistency-title">
            <h2 id="consistency-title">{ "Your week" }</h2>
            if let Some((words, claim)) = words {
                <p class="consistency__words">{ words }</p>
                <Sources ids={claim.sources.clone()} about="your week" />
            }
            <table class="calendar">
                <caption>{ format!("The last {CALENDAR_WEEKS} weeks: ✓ a day you did your stretches") }</caption>
                <thead><tr>{ for WEEKDAY_NAMES.iter().map(|n| html! { <th scope="col">{ &n[..3] }</th> }) }</tr></thead>
                <tbody>
                    { for weeks.iter().map(|week| html! {
                        <tr>{ for week.iter().map(|day| {
                            let (class, text, said) = match day.mark {
                                DayMark::Practised => ("calendar__day is-done", "✓", "done"),
                                DayMark::Rest => ("calendar__day", "", "not logged"),
                                DayMark::Future => ("calendar__day is-future", "", "still to come"),
                            };
                            html! { <td {class}><span aria-hidden="true">{ text }</span><span class="visually-hidden">{ said }</span></td> }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
        </section>
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
            <h2 id="visit-summary-title">{ "For your next visit" }</h2>
            <p class="visit-summary__count">{ format!("Sessions logged: {sessions}") }</p>
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
                    <span class="ease-chart__key ease-chart__key--before">{ "dashed: before" }</span>
                    <span class="ease-chart__key ease-chart__key--after">{ "solid: after" }</span>
                </p>
                <table class="ease-table">
                    <caption>
                        if chart.is_cut() {
                            { format!("How easy moving felt, the last {CHART_SESSIONS} times you rated it (0 very hard, 10 easy)") }
                        } else {
                            { "How easy moving felt (0 very hard, 10 easy)" }
                        }
                    </caption>
                    <thead><tr><th scope="col">{ "Day" }</th><th scope="col">{ "Before" }</th><th scope="col">{ "After" }</th></tr></thead>
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
