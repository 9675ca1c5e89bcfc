package vn.khlt.cli;

/**
 * {@code --period}: what period the inputs cover, when their titles say otherwise. Only a full
 * year is read for the annual tables; a title that names a half-year, a quarter or an interim
 * review is refused unless {@code --period year} says the inputs are full-year reports.
 */
enum PeriodOption {
    YEAR
}
