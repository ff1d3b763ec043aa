//! The sample corpus of the README, compiled into the unit tests that need real-looking
//! articles (the core crate reads no files).

/// The articles of `examples/`.
pub(crate) const ARTICLES: [&str; 8] = [
    include_str!("../../../examples/2025-03-12-djeddah-treve.md"),
    include_str!("../../../examples/2025-06-25-nato-summit-hague.md"),
    include_str!("../../../examples/2025-08-06-kursk-one-year-on.txt"),
    include_str!("../../../examples/2025-08-12-alaska-summit-europe.md"),
    include_str!("../../../examples/2025-08-20-front-pokrovsk.md"),
    include_str!("../../../examples/2025-09-10-drones-pologne.md"),
    include_str!("../../../examples/2025-09-30-zaporijjia-centrale.txt"),
    include_str!("../../../examples/2025-10-24-avoirs-geles-ue.md"),
];
