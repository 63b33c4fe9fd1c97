//! Colours and emphasis. Under NO_COLOR only bold, dim and reverse video are
//! used, and the selection is always shown by reverse video, never by colour
//! alone.

use ratatui::style::{Color, Modifier, Style};

use crate::engine::Zone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless the NO_COLOR convention asks otherwise.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
        }
    }

    pub fn plain() -> Theme {
        Theme { color: false }
    }

    fn tint(&self, style: Style, color: Color) -> Style {
        if self.color {
            style.fg(color)
        } else {
            style
        }
    }

    pub fn selected(&self, focused: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::REVERSED);
        if focused {
            style.add_modifier(Modifier::BOLD)
        } else {
            style
        }
    }

    pub fn heading(&self) -> Style {
        self.tint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn muted(&self) -> Style {
        self.tint(Style::new().add_modifier(Modifier::DIM), Color::Gray)
    }

    pub fn gain(&self) -> Style {
        self.tint(Style::new().add_modifier(Modifier::BOLD), Color::Green)
    }

    pub fn loss(&self) -> Style {
        self.tint(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn error(&self) -> Style {
        self.tint(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn total(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.tint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
        } else {
            self.tint(Style::new(), Color::DarkGray)
        }
    }

    pub fn gauge(&self) -> Style {
        self.tint(Style::new(), Color::Blue)
    }

    pub fn zone(&self, zone: Zone) -> Style {
        let color = match zone {
            Zone::Front => Color::Green,
            Zone::Competitive => Color::LightGreen,
            Zone::Strategic => Color::Yellow,
            Zone::Below450 => Color::LightRed,
        };
        self.tint(Style::new().add_modifier(Modifier::BOLD), color)
    }
}
