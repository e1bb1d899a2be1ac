/// Words that end with a period without ending a sentence ("Brig. Gen.", "Oct.", "No.").
enum Abbreviations {
    /// Folded abbreviations, without their final period.
    static let all: Set<String> = [
        // Titles and ranks.
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "brig", "col", "lt", "maj", "capt", "cpt", "sgt",
        "cpl", "pvt", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp",
        "lt.-col", "maj.-gen",
        // Months and days.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // Other.
        "no", "nos", "vs", "etc", "approx", "est", "dept", "govt", "inc", "ltd", "co", "corp", "mt", "ft", "km",
        "p.m", "a.m", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "e.u",
    ]
}
