//! Draws the planner on a shipped example into an SVG picture, the way the
//! terminal shows it: `cargo run --example screenshot -- assets/planner.svg`

use std::fmt::Write as _;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crs_planner::engine::{Date, RuleBook};
use crs_planner::scenario::{self, Scenario};
use crs_planner::tui::theme::Theme;
use crs_planner::tui::{ui, App};
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 36;
const CELL_W: f32 = 8.4;
const CELL_H: f32 = 17.0;

fn hex(color: Color, default: &str) -> String {
    match color {
        Color::Reset => default.to_string(),
        Color::Black => "#1e1e2e".into(),
        Color::Red | Color::LightRed => "#f38ba8".into(),
        Color::Green => "#a6e3a1".into(),
        Color::LightGreen => "#94e2d5".into(),
        Color::Yellow | Color::LightYellow => "#f9e2af".into(),
        Color::Blue | Color::LightBlue => "#89b4fa".into(),
        Color::Cyan | Color::LightCyan => "#89dceb".into(),
        Color::Gray => "#a6adc8".into(),
        Color::DarkGray => "#6c7086".into(),
        Color::White => "#ffffff".into(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        _ => default.to_string(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "assets/planner.svg".to_string());
    let date: Date = "2026-01-01".parse().unwrap();
    let profile = scenario::load(
        "assets/examples/baseline.json".as_ref(),
        crs_planner::config::today(),
        crs_planner::engine::eligibility::ReferenceSource::Shipped,
    )
    .unwrap()
    .profile;
    let mut app = App::new(RuleBook::shipped(), date, Scenario::new(profile), None).unwrap();
    crs_planner::tui::open_file(&mut app, "assets/examples/baseline.json".as_ref());
    app.state.theme = Theme { color: true };
    app.resize(WIDTH, HEIGHT);
    // A realistic moment: the speaking band raised, then the gains panel in focus.
    for code in [KeyCode::Down; 8] {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
    app.handle_key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    app.handle_key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));

    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    let buffer = terminal.backend().buffer().clone();

    let (fg_default, bg_default) = ("#cdd6f4", "#1e1e2e");
    let mut svg = String::new();
    let (w, h) = (
        f32::from(WIDTH) * CELL_W + 20.0,
        f32::from(HEIGHT) * CELL_H + 20.0,
    );
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="100%" height="100%" rx="8" fill="{bg_default}"/>"#
    );
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let cell = &buffer[(x, y)];
            let reversed = cell.modifier.contains(Modifier::REVERSED);
            let (mut fg, mut bg) = (hex(cell.fg, fg_default), hex(cell.bg, bg_default));
            if reversed {
                std::mem::swap(&mut fg, &mut bg);
            }
            let (px, py) = (10.0 + f32::from(x) * CELL_W, 10.0 + f32::from(y) * CELL_H);
            if bg != bg_default {
                let _ = writeln!(
                    svg,
                    r#"<rect x="{px}" y="{py}" width="{CELL_W}" height="{CELL_H}" fill="{bg}"/>"#
                );
            }
            let symbol = cell.symbol();
            if symbol.trim().is_empty() {
                continue;
            }
            let weight = if cell.modifier.contains(Modifier::BOLD) {
                "bold"
            } else {
                "normal"
            };
            let opacity = if cell.modifier.contains(Modifier::DIM) {
                "0.7"
            } else {
                "1"
            };
            let _ = writeln!(
                svg,
                r#"<text x="{px}" y="{}" fill="{fg}" font-weight="{weight}" opacity="{opacity}">{}</text>"#,
                py + CELL_H - 4.0,
                escape(symbol)
            );
        }
    }
    svg.push_str("</svg>\n");
    std::fs::write(&out, svg).expect("the picture is writable");
    eprintln!("wrote {out}");
}
