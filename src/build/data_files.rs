//! The open data files of a site (data/): which there are, where each goes and how it is
//! made from the root tree's model.

use crate::site::Site;

/// The open data files, made from the root tree's model.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Data {
    Reports,
    Figures,
    /// `figures.csv` with a byte-order mark, for Excel.
    FiguresExcel,
    Package,
    /// The regions and, with a register, their lineage.
    Regions,
}

impl Data {
    pub const ALL: [Data; 5] = [
        Data::Reports,
        Data::Figures,
        Data::FiguresExcel,
        Data::Package,
        Data::Regions,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Data::Reports => crate::data::REPORTS_JSON,
            Data::Figures => crate::data::FIGURES_CSV,
            Data::FiguresExcel => crate::data::FIGURES_EXCEL_CSV,
            Data::Package => crate::data::DATAPACKAGE_JSON,
            Data::Regions => crate::data::REGIONS_JSON,
        }
    }

    /// The file's text (`serve`, `plan`; a build streams it with [`Data::write`]).
    pub fn make(self, site: &Site) -> String {
        let mut out = Vec::new();
        self.write(site, &mut out)
            .expect("writing to memory cannot fail");
        String::from_utf8(out).expect("the data files are UTF-8")
    }

    /// The file, written to `w` as it is made.
    pub fn write(self, site: &Site, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        match self {
            Data::Reports => crate::data::write_reports_json(site, w),
            Data::Figures => crate::data::write_figures_csv(site, false, w),
            Data::FiguresExcel => crate::data::write_figures_csv(site, true, w),
            Data::Package => crate::data::write_package(site, w),
            Data::Regions => crate::data::write_regions_json(site, w),
        }
    }
}
