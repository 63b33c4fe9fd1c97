//! A dated work history and the hours it counts for, exactly: each day of a
//! job adds `min(hours_per_week, cap) / 7` hours, and a day never adds more
//! than `cap / 7` within one count. Hours are kept in sevenths of an hour so
//! that every sum is a whole number (364 days at 30 hours are 10,920
//! sevenths, 1,560 hours).

use super::reference::Noc;
use crate::engine::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Canada,
    Abroad,
}

impl Place {
    pub const ALL: [Place; 2] = [Place::Canada, Place::Abroad];

    pub fn key(self) -> &'static str {
        match self {
            Place::Canada => "canada",
            Place::Abroad => "abroad",
        }
    }

    pub fn from_key(key: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|p| p.key() == key)
    }
}

pub const MAX_HOURS_PER_WEEK: u8 = 168;
pub const DEFAULT_HOURS_PER_WEEK: u8 = 40;

/// One job as the scenario gives it; `to` is inclusive, `None` while it goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Job {
    pub noc: Noc,
    pub place: Place,
    pub from: Date,
    pub to: Option<Date>,
    pub hours_per_week: u8,
    pub self_employed: bool,
    pub while_full_time_student: bool,
}

impl Job {
    /// Self-employment or work while a full-time student in Canada counts
    /// toward nothing.
    pub fn counts(&self) -> bool {
        !(self.place == Place::Canada && (self.self_employed || self.while_full_time_student))
    }

    pub fn is_ongoing(&self) -> bool {
        self.to.is_none()
    }

    fn first_day(&self) -> i64 {
        self.from.days_since_unix_epoch()
    }

    /// The last day worked, or "for ever" for a job that goes on.
    fn last_day(&self) -> i64 {
        self.to.map_or(i64::MAX, Date::days_since_unix_epoch)
    }
}

/// Sevenths of an hour.
pub type Sevenths = u64;

pub fn hours_to_sevenths(hours: u32) -> Sevenths {
    Sevenths::from(hours) * 7
}

/// Whole hours, rounded down, for messages.
pub fn whole_hours(sevenths: Sevenths) -> u64 {
    sevenths / 7
}

/// The window of a count: the N years up to and including `end`
/// (`end - N years`, same month and day, Feb 29 giving Feb 28, is included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: Date,
    pub last: Date,
}

impl Window {
    pub fn years_before(end: Date, years: u16) -> Window {
        Window {
            first: end.plus_months(-(i32::from(years) * 12)),
            last: end,
        }
    }
}

/// The hours the jobs count for in the window, with each day capped at
/// `cap` hours a week in total.
pub fn count<'a>(jobs: impl IntoIterator<Item = &'a Job>, window: Window, cap: u8) -> Sevenths {
    let first = window.first.days_since_unix_epoch();
    let last = window.last.days_since_unix_epoch();
    let mut changes = changes(jobs, first, last, cap);
    changes.sort_unstable();
    let mut total: u64 = 0;
    let mut weekly: i64 = 0;
    let mut since = first;
    for (day, change) in changes {
        if day > since {
            let per_day = weekly.min(i64::from(cap)) as u64;
            total += per_day * (day - since) as u64;
            since = day;
        }
        weekly += change;
    }
    total
}

/// The occupation of the latest skilled job in `place` that counts (one that
/// goes on before one that ended): the one more work there continues.
pub fn latest_noc(jobs: &[Job], place: Place) -> Option<Noc> {
    jobs.iter()
        .filter(|job| job.place == place && job.counts() && job.noc.is_skilled())
        .max_by_key(|job| (job.to.is_none(), job.to, job.from))
        .map(|job| job.noc)
}

/// (day, change in weekly hours) at every start and one past every end of
/// the jobs, each cut to the days from `first` to `last`.
fn changes<'a>(jobs: impl IntoIterator<Item = &'a Job>, first: i64, last: i64, cap: u8) -> Vec<(i64, i64)> {
    let jobs = jobs.into_iter();
    // Room for every job's two changes and a window's few splits at once:
    // grown a push at a time, the vector was copied three or four times.
    let most = jobs.size_hint().1.unwrap_or(8);
    let mut changes = Vec::with_capacity(2 * most + 12);
    for job in jobs {
        let start = job.first_day().max(first);
        let end = job.last_day().min(last);
        if start > end {
            continue;
        }
        let weight = i64::from(job.hours_per_week.min(cap));
        changes.push((start, weight));
        changes.push((end + 1, -weight));
    }
    changes
}

/// The hours the jobs count for in each of the windows of the last 1 to
/// `N` years up to `end` (`[0]`: the last year), in one pass: what
/// `count` gives for each window, without sorting the jobs `N` times.
pub fn count_by_years<'a, const N: usize>(
    jobs: impl IntoIterator<Item = &'a Job>,
    end: Date,
    cap: u8,
) -> [Sevenths; N] {
    let firsts: [i64; N] =
        std::array::from_fn(|k| end.plus_months(-(k as i32 + 1) * 12).days_since_unix_epoch());
    let mut totals = [0; N];
    let Some(&first) = firsts.last() else {
        return totals;
    };
    let mut changes = changes(jobs, first, end.days_since_unix_epoch(), cap);
    if changes.is_empty() {
        return totals;
    }
    // Each window's first day splits a stretch, so no stretch spans two.
    changes.extend(firsts.iter().map(|&day| (day, 0)));
    changes.sort_unstable();
    let mut weekly: i64 = 0;
    let mut since = first;
    for (day, change) in changes {
        if day > since {
            let hours = weekly.min(i64::from(cap)) as u64 * (day - since) as u64;
            for (total, &window_first) in totals.iter_mut().zip(&firsts) {
                if since >= window_first {
                    *total += hours;
                }
            }
            since = day;
        }
        weekly += change;
    }
    totals
}

/// Jobs of one NOC that follow one another with no day between them: one
/// job in the programs' sense.
pub fn continuous_jobs<'a>(jobs: impl IntoIterator<Item = &'a Job>) -> Groups<'a> {
    let mut sorted: Vec<&Job> = jobs.into_iter().collect();
    sorted.sort_by_key(|job| (job.noc, job.first_day()));
    Groups {
        jobs: sorted,
        grouping: Grouping::Continuous,
    }
}

/// Every job of each NOC, whatever the gaps.
pub fn by_occupation<'a>(jobs: impl IntoIterator<Item = &'a Job>) -> Groups<'a> {
    let mut sorted: Vec<&Job> = jobs.into_iter().collect();
    sorted.sort_by_key(|job| job.noc);
    Groups {
        jobs: sorted,
        grouping: Grouping::ByOccupation,
    }
}

/// Jobs gathered into groups, held as one vector in group order and told
/// apart as they are read: a judgement gathers jobs a dozen times, and a
/// vector for each group was most of that work.
#[derive(Debug, Clone, PartialEq)]
pub struct Groups<'a> {
    jobs: Vec<&'a Job>,
    grouping: Grouping,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    /// All the jobs are one group (none when there are no jobs).
    One,
    /// One group a NOC (`jobs` sorted by NOC).
    ByOccupation,
    /// Jobs of one NOC that follow one another with no day between them
    /// (`jobs` sorted by NOC, then first day).
    Continuous,
}

impl<'a> Groups<'a> {
    /// The jobs as one group.
    pub fn one(jobs: impl IntoIterator<Item = &'a Job>) -> Self {
        Groups {
            jobs: jobs.into_iter().collect(),
            grouping: Grouping::One,
        }
    }

    /// Each group's jobs, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[&'a Job]> + '_ {
        let grouping = self.grouping;
        let mut rest = &self.jobs[..];
        std::iter::from_fn(move || {
            let (first, others) = rest.split_first()?;
            let len = 1 + match grouping {
                Grouping::One => others.len(),
                Grouping::ByOccupation => others.iter().take_while(|job| job.noc == first.noc).count(),
                Grouping::Continuous => {
                    let mut end = first.last_day();
                    others
                        .iter()
                        .take_while(|job| {
                            let joins = job.noc == first.noc && job.first_day() <= end.saturating_add(1);
                            if joins {
                                end = end.max(job.last_day());
                            }
                            joins
                        })
                        .count()
                }
            };
            let (group, after) = rest.split_at(len);
            rest = after;
            Some(group)
        })
    }
}

/// How far ahead a requirement is looked for, if the ongoing jobs go on.
pub const LOOK_AHEAD_DAYS: i64 = 6 * 366;

/// The first day from `today` on when the jobs count at least `needed` in
/// the N years up to that day, if the jobs going on today go on (and nothing
/// else changes), within `LOOK_AHEAD_DAYS`.
pub fn first_day_reaching(jobs: &[&Job], years: u16, needed: Sevenths, today: Date, cap: u8) -> Option<Date> {
    if !jobs.iter().any(|job| job.is_ongoing()) {
        let have = count(jobs.iter().copied(), Window::years_before(today, years), cap);
        return (have >= needed).then_some(today);
    }
    let start = today.days_since_unix_epoch();
    let mut day = start;
    while day <= start + LOOK_AHEAD_DAYS {
        let date = Date::from_days_since_unix_epoch(day)?;
        let have = count(jobs.iter().copied(), Window::years_before(date, years), cap);
        if have >= needed {
            return Some(date);
        }
        // A day adds at most `cap` sevenths: no earlier day can reach it.
        let short = needed - have;
        day += short.div_ceil(u64::from(cap.max(1))) as i64;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn job(from: &str, to: Option<&str>, hours: u8) -> Job {
        Job {
            noc: Noc::parse("21232").unwrap(),
            place: Place::Canada,
            from: date(from),
            to: to.map(date),
            hours_per_week: hours,
            self_employed: false,
            while_full_time_student: false,
        }
    }

    #[test]
    fn a_year_of_full_time_is_1560_hours_in_364_days() {
        let window = Window::years_before(date("2026-11-29"), 3);
        let full = job("2025-01-01", Some("2025-12-30"), 40);
        assert_eq!(count([&full], window, 30), hours_to_sevenths(1560));
        let short = job("2025-01-01", Some("2025-12-29"), 40);
        assert_eq!(count([&short], window, 30), hours_to_sevenths(1560) - 30);
    }

    #[test]
    fn overlapping_jobs_never_pass_the_daily_cap() {
        let window = Window::years_before(date("2026-11-29"), 3);
        let a = job("2025-01-01", Some("2025-01-07"), 20);
        let b = job("2025-01-04", Some("2025-01-10"), 20);
        // 3 days at 20, 4 days at 30 (capped), 3 days at 20.
        assert_eq!(count([&a, &b], window, 30), 3 * 20 + 4 * 30 + 3 * 20);
    }

    #[test]
    fn the_window_includes_both_ends() {
        let window = Window::years_before(date("2024-02-29"), 1);
        assert_eq!(window.first, date("2023-02-28"));
        let one_day = job("2023-02-28", Some("2023-02-28"), 30);
        assert_eq!(count([&one_day], window, 30), 30);
        let before = job("2023-02-27", Some("2023-02-27"), 30);
        assert_eq!(count([&before], window, 30), 0);
    }

    #[test]
    fn continuity_breaks_on_a_day_between() {
        let a = job("2020-01-01", Some("2020-06-30"), 40);
        let next_day = job("2020-07-01", Some("2020-12-31"), 40);
        let gap = job("2020-07-02", Some("2020-12-31"), 40);
        assert_eq!(continuous_jobs([&a, &next_day]).iter().count(), 1);
        assert_eq!(continuous_jobs([&a, &gap]).iter().count(), 2);
    }

    #[test]
    fn an_ongoing_job_reaches_its_hours_on_a_known_day() {
        let ongoing = job("2026-03-02", None, 40);
        let day = first_day_reaching(&[&ongoing], 3, hours_to_sevenths(1560), date("2026-11-29"), 30);
        // 364 days from 2026-03-02 inclusive end on 2027-02-28.
        assert_eq!(day, Some(date("2027-02-28")));
    }
}
