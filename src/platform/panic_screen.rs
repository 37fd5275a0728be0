//! A panic never leaves a blank page: the hook replaces the page with a readable message and a
//! reload button (wired with an event listener, since the CSP forbids inline handlers).

use wasm_bindgen::prelude::*;

/// Installs the panic hook that shows the error screen (and logs the panic to the console).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        gloo::console::error!(format!("Hip & Back Atlas stopped: {message}"));
        show(&message);
    }));
}

/// Replaces the body with the error screen. Best effort: if even the DOM is unavailable there
/// is nothing more we can do.
fn show(message: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    body.set_inner_html("");
    let Ok(section) = document.create_element("section") else {
        return;
    };
    section.set_class_name("error-screen");
    section.set_attribute("role", "alert").ok();
    let heading = document.create_element("h1").ok();
    let text = document.create_element("p").ok();
    let detail = document.create_element("pre").ok();
    let button = document.create_element("button").ok();
    if let Some(heading) = heading {
        heading.set_text_content(Some("Something went wrong"));
        section.append_child(&heading).ok();
    }
    if let Some(text) = text {
        text.set_text_content(Some(
            "The atlas hit an unexpected problem. Nothing you saved on this device is lost. Reloading the page usually fixes it.",
        ));
        section.append_child(&text).ok();
    }
    if let Some(button) = button {
        button.set_text_content(Some("Reload the page"));
        button.set_attribute("type", "button").ok();
        button.set_class_name("button button--primary");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        button
            .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
            .ok();
        // The page is being torn down; the listener must live as long as the button does.
        reload.forget();
        section.append_child(&button).ok();
    }
    if let Some(detail) = detail {
        detail.set_class_name("error-screen__detail");
        detail.set_text_content(Some(message));
        section.append_child(&detail).ok();
    }
    body.append_child(&section).ok();
}
