//! Drawing: one widget per panel, each only reading the app's state.

mod bars;
mod compare;
mod draws;
mod eligibility;
mod form;
mod gains;
mod help;
mod plan;
mod popup;
mod score;
mod timeline;
mod work;

use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui::Frame;

use super::app::App;
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use super::screens::Screen;

/// Draws the whole screen for the app's state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let buffer = frame.buffer_mut();
    let areas = Areas::of(area);
    if areas.too_small {
        let message = crate::t!(
            "too-small",
            width = format!("{}x{}", area.width, area.height),
            least = format!("{MIN_WIDTH}x{MIN_HEIGHT}")
        );
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center)
            .render(centered_line_area(area), buffer);
        return;
    }
    // The topmost screen that fills the terminal, then the popups over it.
    let screens = app.screens();
    let base = screens.iter().rposition(|screen| !screen.is_popup());
    match base.map(|index| &screens[index]) {
        Some(Screen::Draws(view)) => draws::DrawsScreen { app, view }.render(area, buffer),
        Some(Screen::Plan(view)) => plan::PlanScreen { app, view }.render(area, buffer),
        Some(Screen::Compare(view)) => compare::CompareScreen { app, view }.render(area, buffer),
        Some(Screen::Timeline(view)) => timeline::TimelineScreen {
            app,
            timeline: &view.timeline,
            scroll: view.scroll,
        }
        .render(area, buffer),
        Some(Screen::Work(screen)) => work::WorkView { app, screen }.render(area, buffer),
        _ => {
            bars::Header { app }.render(areas.header, buffer);
            form::FormPanel { app }.render(areas.form, buffer);
            score::ScorePanel { app }.render(areas.score, buffer);
            eligibility::EligibilityPanel { app }.render(areas.eligibility, buffer);
            gains::GainsPanel { app }.render(areas.gains, buffer);
            bars::StatusLine { app }.render(areas.status, buffer);
            bars::Footer { app }.render(areas.footer, buffer);
        }
    }
    for screen in &screens[base.map_or(0, |index| index + 1)..] {
        match screen {
            Screen::Help { scroll } => help::HelpPopup { app, scroll: *scroll }.render(area, buffer),
            popup => popup::Popup { app, screen: popup }.render(area, buffer),
        }
    }
}

fn centered_line_area(area: Rect) -> Rect {
    let height = 3.min(area.height);
    Rect::new(
        area.x,
        area.y + area.height.saturating_sub(height) / 2,
        area.width,
        height,
    )
}

/// A rectangle of at most `width` x `height` in the middle of `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Pads or cuts text to exactly `width` characters. A cut falls between
/// words or after a slash ("une désignation…", not "une désignation
/// provinc…") unless that would throw away more than half the room.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        return format!("{text}{}", " ".repeat(width - count));
    }
    if width == 0 {
        return String::new();
    }
    // Only a plain space parts words: a no-break space holds "229 100"
    // and "91,2 %" together.
    let kept: Vec<char> = text.chars().take(width - 1).collect();
    let mid_word = text.chars().nth(width - 1).is_some_and(|c| c != ' ');
    // A break after a slash keeps "programmeurs/…" rather than dropping
    // the whole of a long slashed title.
    let end = match kept.iter().rposition(|&c| c == ' ' || c == '/') {
        Some(at) if mid_word && at > 0 && at * 2 >= kept.len() => at + usize::from(kept[at] == '/'),
        _ => kept.len(),
    };
    // A cut after a separator leaves it hanging: "partout ·…" reads as "partout…".
    let mut cut: String = kept[..end]
        .iter()
        .collect::<String>()
        .trim_end_matches([' ', '·', ':', ';', ','])
        .to_string();
    cut.push('…');
    let used = cut.chars().count();
    cut.push_str(&" ".repeat(width.saturating_sub(used)));
    cut
}

pub(crate) fn plain_line(text: impl Into<String>) -> Line<'static> {
    Line::raw(text.into())
}

/// A screen's commands on one line: each key, then its word.
pub(crate) fn keys_line(pairs: &[(String, String)], theme: &super::theme::Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (keys, short) in pairs.iter().filter(|(_, short)| !short.is_empty()) {
        spans.push(ratatui::text::Span::styled(keys.clone(), theme.heading()));
        spans.push(ratatui::text::Span::styled(format!(" {short}  "), theme.muted()));
    }
    Line::from(spans)
}

/// The commands that fit in `width`, keeping the last two (help and quit,
/// or back and cancel) whatever the width: people must always see how to
/// get help and how to leave.
pub(crate) fn fitting_commands(pairs: &[(String, String)], width: usize) -> Vec<(String, String)> {
    let shown: Vec<(String, String)> = pairs
        .iter()
        .filter(|&(_, short)| !short.is_empty())
        .cloned()
        .collect();
    let cost = |pair: &(String, String)| pair.0.chars().count() + pair.1.chars().count() + 3;
    let kept = shown.len().saturating_sub(2);
    let mut used: usize = 1 + shown[kept..].iter().map(cost).sum::<usize>();
    let mut fitting = Vec::new();
    // In the table's order, each that still fits: a long one left out
    // does not hide the short ones after it (d, p, t, L).
    for pair in &shown[..kept] {
        if used + cost(pair) > width {
            continue;
        }
        used += cost(pair);
        fitting.push(pair.clone());
    }
    fitting.extend_from_slice(&shown[kept..]);
    fitting
}

/// The footer of a full screen: the commands of the screen on top.
pub(crate) fn top_footer(app: &App, area: Rect, buf: &mut ratatui::buffer::Buffer) {
    let pairs = app.top().map(Screen::footer).unwrap_or_default();
    bars::footer_line(&pairs, usize::from(area.width), &app.state.theme).render(area, buf);
}

/// A table's commands as (keys, word) pairs.
pub(crate) fn keymap_pairs<A>(table: &[super::keymap::Command<A>]) -> Vec<(String, String)> {
    super::keymap::footer_of(table)
}

/// A table's commands in words, for a title: "↑/↓ scroll · any key close".
pub(crate) fn footer_words<A>(table: &[super::keymap::Command<A>]) -> String {
    keymap_pairs(table)
        .iter()
        .filter(|(_, short)| !short.is_empty())
        .map(|(keys, short)| format!("{keys} {short}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_pads_and_cuts_between_words() {
        for (text, width, fitted) in [
            ("court", 8, "court   "),
            ("une désignation provinciale", 22, "une désignation…      "),
            (
                "vous devancez 91,2\u{a0}% (2026-08-03)",
                24,
                "vous devancez 91,2\u{a0}%…   ",
            ),
            ("partout en français · ou NCLC 7", 23, "partout en français…   "),
            (
                "Développeurs/développeuses et programmeurs/programmeuses",
                50,
                "Développeurs/développeuses et programmeurs/…      ",
            ),
            ("antidisestablishmentarianism", 10, "antidises…"),
            ("a b", 0, ""),
        ] {
            assert_eq!(fit(text, width), fitted, "{text:?} in {width}");
            assert_eq!(fit(text, width).chars().count(), width);
        }
    }
}
