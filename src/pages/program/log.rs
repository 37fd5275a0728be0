//! The kind log on the client's phone: a one-tap "done" with optional ease before and after
//! (0–10), days practised this week with kind words, the last four weeks as a calendar with no
//! streak to break, and a summary to show the therapist at the next visit.

use atlas_core::program::{encouragement, Day, DayMark, Log, LogEntry, WEEKDAY_NAMES};
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

/// One logged day and its ease before and after, as the log's series gives it.
type EasePoint = (Day, Option<u8>, Option<u8>);
/// Picks one of the two ratings from a point.
type Rating = fn(&EasePoint) -> Option<u8>;

/// What to show the therapist: how many sessions, and ease before and after over time as a
/// small chart (dots and a line per rating, with the numbers in a table for screen readers).
pub fn visit_summary(log: &Log) -> Html {
    let series = log.ease_series();
    let sessions = log.sessions();
    let rated: Vec<_> = series
        .iter()
        .filter(|(_, b, a)| b.is_some() || a.is_some())
        .collect();
    // Chart geometry: 24 units per session across, 0–10 up, in a 10-unit margin.
    let width = 20 + 24 * rated.len().max(1) as i32;
    let point = |i: usize, v: u8| (10 + 24 * i as i32 + 12, 110 - 10 * i32::from(v));
    let line = |pick: Rating| -> String {
        let mut d = String::new();
        for (i, entry) in rated.iter().enumerate() {
            if let Some(v) = pick(entry) {
                let (x, y) = point(i, v);
                d.push_str(&format!("{}{x} {y}", if d.is_empty() { "M" } else { "L" }));
            }
        }
        d
    };
    let dots = |pick: Rating, class: &'static str| {
        html! {
            { for rated.iter().enumerate().filter_map(|(i, e)| pick(e).map(|v| {
                let (x, y) = point(i, v);
                html! { <circle {class} cx={x.to_string()} cy={y.to_string()} r="4" /> }
            })) }
        }
    };
    let before: Rating = |e| e.1;
    let after: Rating = |e| e.2;
    html! {
        <section class="visit-summary" aria-labelledby="visit-summary-title">
            <h2 id="visit-summary-title">{ "For your next visit" }</h2>
            <p class="visit-summary__count">{ format!("Sessions logged: {sessions}") }</p>
            if !rated.is_empty() {
                <svg class="ease-chart" viewBox={format!("0 0 {width} 120")} aria-hidden="true" focusable="false">
                    <line class="ease-chart__axis" x1="10" y1="110" x2={(width - 10).to_string()} y2="110" />
                    <path class="ease-chart__before" d={line(before)} />
                    <path class="ease-chart__after" d={line(after)} />
                    { dots(before, "ease-chart__dot ease-chart__dot--before") }
                    { dots(after, "ease-chart__dot ease-chart__dot--after") }
                </svg>
                <p class="ease-chart__legend">
                    <span class="ease-chart__key ease-chart__key--before">{ "dashed: before" }</span>
                    <span class="ease-chart__key ease-chart__key--after">{ "solid: after" }</span>
                </p>
                <table class="ease-table">
                    <caption>{ "How easy moving felt (0 very hard, 10 easy)" }</caption>
                    <thead><tr><th scope="col">{ "Day" }</th><th scope="col">{ "Before" }</th><th scope="col">{ "After" }</th></tr></thead>
                    <tbody>
                        { for rated.iter().map(|(day, b, a)| html! {
                            <tr>
                                <th scope="row">{ day.iso() }</th>
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
