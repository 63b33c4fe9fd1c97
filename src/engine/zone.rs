//! Where a total stands. There is no pass mark: these bands are how people
//! read a score against recent rounds, each calling for a different strategy.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Zone {
    Below450,
    Strategic,
    Competitive,
    Front,
}

impl Zone {
    pub fn of(total: u16) -> Zone {
        match total {
            500.. => Zone::Front,
            470..=499 => Zone::Competitive,
            450..=469 => Zone::Strategic,
            _ => Zone::Below450,
        }
    }

    pub fn range(self) -> &'static str {
        match self {
            Zone::Front => "500+",
            Zone::Competitive => "470-499",
            Zone::Strategic => "450-469",
            Zone::Below450 => "below 450",
        }
    }

    pub fn advice(self) -> &'static str {
        match self {
            Zone::Front => "front of the pack",
            Zone::Competitive => "competitive middle: enter the pool and research nominations",
            Zone::Strategic => "strategic zone: nominations and category draws",
            Zone::Below450 => "build the score or seek a provincial nomination",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        assert_eq!(Zone::of(500), Zone::Front);
        assert_eq!(Zone::of(499), Zone::Competitive);
        assert_eq!(Zone::of(470), Zone::Competitive);
        assert_eq!(Zone::of(469), Zone::Strategic);
        assert_eq!(Zone::of(450), Zone::Strategic);
        assert_eq!(Zone::of(449), Zone::Below450);
        assert_eq!(Zone::of(1200), Zone::Front);
    }
}
