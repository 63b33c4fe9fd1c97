//! The person's occupations as occupation-based factors read them (a rule
//! set that awards points for Canadian work or a job offer in listed NOC
//! codes): the job offer's occupation, and the months of Canadian work in
//! each occupation within the last one to ten years, counted from the work
//! history on the day scored. Kept in the `Profile` (a fixed size, so a
//! profile stays `Copy` and scoring allocation-free), whatever rule set
//! scores it.

use super::eligibility::work::{self, Job, Place, Window};
use super::eligibility::Noc;
use super::Date;

/// The longest window a factor may ask about, in years.
pub const WINDOW_YEARS: u8 = 10;
/// How many Canadian occupations are kept: those with the most months in
/// the last ten years. A person with more than four in ten years is rare;
/// the others are left out, and said so in `Occupations::left_out`.
pub const KEPT: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Occupations {
    /// The NOC of the job offer, when the scenario names it.
    pub job_offer: Option<Noc>,
    /// Canadian work by occupation, the most months first.
    pub canadian: [Option<OccupationWork>; KEPT],
    /// Canadian occupations past the kept ones (none counted).
    pub left_out: u8,
    /// The occupation of the latest skilled job in Canada: the one more
    /// Canadian work in a plan is counted in.
    pub continued: Option<Noc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OccupationWork {
    pub noc: Noc,
    /// Whole months of work in Canada in this occupation in the last `k + 1`
    /// years (k from 0 to 9), each month `month_hours` hours, each week
    /// counted at most at the programs' weekly cap.
    pub months_within: [u8; WINDOW_YEARS as usize],
}

impl OccupationWork {
    /// Months in the last `years` years (1 to `WINDOW_YEARS`).
    pub fn months_within(&self, years: u8) -> u8 {
        self.months_within[usize::from(years.clamp(1, WINDOW_YEARS)) - 1]
    }
}

impl Occupations {
    /// The Canadian work in `jobs` by occupation on `date`; a month is
    /// `month_hours` hours, a week counts at most `weekly_cap` hours (the
    /// programs' rules for a year of experience, a twelfth of it).
    pub fn counted(
        jobs: &[Job],
        date: Date,
        month_hours: u32,
        weekly_cap: u8,
        job_offer: Option<Noc>,
    ) -> Occupations {
        let month = work::hours_to_sevenths(month_hours.max(1));
        let in_canada = |noc: Noc| {
            jobs.iter()
                .filter(move |job| job.noc == noc && job.place == Place::Canada && job.counts())
        };
        let months = |sevenths: u64| u8::try_from(sevenths / month).unwrap_or(u8::MAX);
        let mut nocs: Vec<Noc> = jobs
            .iter()
            .filter(|job| job.place == Place::Canada && job.counts())
            .map(|job| job.noc)
            .collect();
        nocs.sort_unstable();
        nocs.dedup();
        let mut ranked: Vec<(u8, Noc)> = nocs
            .into_iter()
            .map(|noc| {
                let ten_years = work::count(
                    in_canada(noc),
                    Window::years_before(date, u16::from(WINDOW_YEARS)),
                    weekly_cap,
                );
                (months(ten_years), noc)
            })
            .filter(|(months, _)| *months > 0)
            .collect();
        // The most months first; equal months, the lower code first (a
        // stable order, whatever order the file lists its jobs in).
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut canadian = [None; KEPT];
        for (slot, (_, noc)) in canadian.iter_mut().zip(&ranked) {
            let by_years: [u64; WINDOW_YEARS as usize] =
                work::count_by_years(in_canada(*noc), date, weekly_cap);
            *slot = Some(OccupationWork {
                noc: *noc,
                months_within: by_years.map(months),
            });
        }
        let continued = work::latest_noc(jobs, Place::Canada);
        Occupations {
            job_offer,
            canadian,
            left_out: u8::try_from(ranked.len().saturating_sub(KEPT)).unwrap_or(u8::MAX),
            continued,
        }
    }

    /// `months` more of the most recent work in Canada, in the occupation
    /// the person works in now (a plan's "more Canadian experience"):
    /// every window holds them, up to the months it spans. Nothing changes
    /// without a Canadian occupation to continue.
    pub fn with_planned_months(mut self, months: u8) -> Occupations {
        let Some(noc) = self.continued else {
            return self;
        };
        let slot = match self.canadian.iter().position(|w| w.is_some_and(|w| w.noc == noc)) {
            Some(index) => index,
            None => match self.canadian.iter().position(Option::is_none) {
                Some(free) => free,
                // The occupation with the fewest months gives way.
                None => KEPT - 1,
            },
        };
        let mut work = match self.canadian[slot] {
            Some(work) if work.noc == noc => work,
            _ => OccupationWork {
                noc,
                months_within: [0; WINDOW_YEARS as usize],
            },
        };
        for (index, held) in work.months_within.iter_mut().enumerate() {
            let span = (index as u16 + 1) * 12;
            *held = (u16::from(*held) + u16::from(months)).min(span) as u8;
        }
        self.canadian[slot] = Some(work);
        self
    }

    pub fn canadian(&self) -> impl Iterator<Item = &OccupationWork> {
        self.canadian.iter().flatten()
    }
}
