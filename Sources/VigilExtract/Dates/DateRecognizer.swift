import VigilModel
import VigilText

/// Finds date expressions and resolves them against a reference day (the publication date).
///
/// Absolute dates ("28 April 2020", "Oct. 17", "October 17, 2023", "17/10/2023", "2023-10-17"),
/// weekdays ("on Monday": the latest such day on or before the reference), relative words
/// ("yesterday", "last week", "earlier this month"), days told relative to another ("the previous day"), ranges ("between 1 and 3 May": the last day,
/// as ACLED codes them) and period starts ("since October 17"). A date without a year takes the
/// reference's year, or the year before when that would put it more than a week in the future.
struct DateRecognizer: Sendable {
    let lexicon: PhraseLexicon<ExtractionLexicons.DateWord>

    /// Every date in `text`, in order, resolved against `reference`.
    func dates(in text: AnalyzedText, reference: CalendarDay) -> [DateMention] {
        let tokens = text.tokens
        var out: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let mention = read(at: i, tokens: tokens, reference: reference) {
                if !namesSomething(mention, tokens: tokens) { out.append(withRole(mention, tokens: tokens)) }
                i = mention.tokens.upperBound
            } else {
                i += 1
            }
        }
        return mergeRanges(out, tokens: tokens)
    }

    /// A year named explicitly anywhere in the text (the latest), for documents without a publication date.
    func latestAbsoluteDay(in text: AnalyzedText, fallback: CalendarDay) -> CalendarDay? {
        dates(in: text, reference: fallback).filter(\.isAbsolute).map(\.day).max()
    }

    /// "the army's 14th October brigade", "the 6th of October Bridge": a date followed by a unit's word, or by a
    /// capitalized place or event word, names that unit, place or event; it dates nothing.
    private func namesSomething(_ mention: DateMention, tokens: [Token]) -> Bool {
        let end = mention.tokens.upperBound
        guard end < tokens.count else { return false }
        return Self.units.contains(tokens[end].norm) || tokens[end].isCapitalized && Self.namedThings.contains(tokens[end].norm)
    }

    private static let units: Set<String> = ["brigade", "battalion", "regiment", "movement"]

    private static let namedThings: Set<String> = [
        "division", "bridge", "street", "square", "stadium", "university", "hospital", "city", "district", "camp", "war",
        "revolution", "uprising", "agreement",
    ]

    // MARK: - Reading one expression

    private func read(at i: Int, tokens: [Token], reference: CalendarDay) -> DateMention? {
        if let day = dayNumber(tokens[i]) {
            return dayFirst(day, at: i, tokens: tokens, reference: reference)
        }
        if tokens[i].kind == .number, tokens[i].norm.count == 4, let mention = iso(at: i, tokens: tokens) {
            return mention
        }
        guard let word = lexicon.match(at: i, in: tokens) else { return nil }
        let end = word.tokens.upperBound
        switch word.value.kind {
        case "month":
            return monthFirst(word.value.value, at: i, after: end, tokens: tokens, reference: reference)
        case "weekday":
            guard i > 0, ["on", "last", "this", "since", "late", "early", "until", "from"].contains(tokens[i - 1].norm)
                || tokens[i].isCapitalized
            else { return nil }
            var back = (reference.weekday - word.value.value + 7) % 7
            if i > 0, tokens[i - 1].norm == "last", back == 0 { back = 7 }
            return DateMention(
                tokens: i..<end, day: reference.adding(days: -back), precision: .day, role: .point, isAbsolute: false,
                weekday: word.value.value)
        case "day":
            return DateMention(
                tokens: i..<end, day: reference.adding(days: word.value.value), precision: .day, role: .point,
                isAbsolute: false)
        case "anchored":
            return DateMention(
                tokens: i..<end, day: reference.adding(days: word.value.value), precision: .day, role: .point,
                isAbsolute: false, anchorOffset: word.value.value)
        case "week":
            return DateMention(
                tokens: i..<end, day: reference.adding(days: word.value.value), precision: .week, role: .point,
                isAbsolute: false)
        case "month-rel":
            var month = reference.month + word.value.value, year = reference.year
            if month < 1 { month += 12; year -= 1 }
            let middle = CalendarDay(year: year, month: month, day: 15)!
            return DateMention(
                tokens: i..<end, day: min(middle, reference), precision: .month, role: .point, isAbsolute: false)
        default:
            return nil
        }
    }

    /// "28 April 2020", "28th of April", "1 and 3 May 2020", "1-3 May".
    private func dayFirst(_ day: Int, at i: Int, tokens: [Token], reference: CalendarDay) -> DateMention? {
        var k = i + 1
        // A range of days: "1 and 3 May", "1-3 May", "1 to 3 May".
        var lastDay = day
        if k + 1 < tokens.count, ["and", "-", "to", "until"].contains(tokens[k].norm), let second = dayNumber(tokens[k + 1]),
            second > day
        {
            lastDay = second
            k += 2
        }
        if k < tokens.count, tokens[k].norm == "of" { k += 1 }
        guard k < tokens.count, let month = lexicon.match(at: k, in: tokens), month.value.kind == "month" else {
            return slashed(day, at: i, tokens: tokens)
        }
        var end = month.tokens.upperBound
        if end < tokens.count, tokens[end].norm == "." { end += 1 }
        var year: Int?
        if end < tokens.count, let y = yearNumber(tokens[end]) {
            year = y
            end += 1
        } else if end + 1 < tokens.count, tokens[end].norm == ",", let y = yearNumber(tokens[end + 1]) {
            year = y
            end += 2
        }
        guard let date = resolve(year: year, month: month.value.value, day: lastDay, reference: reference) else {
            return nil
        }
        return DateMention(tokens: i..<end, day: date, precision: .day, role: .point, isAbsolute: year != nil, namesMonth: true)
    }

    /// "October 17", "Oct. 17, 2023", "April 2020", "mid-October", "in April".
    private func monthFirst(
        _ month: Int, at i: Int, after end0: Int, tokens: [Token], reference: CalendarDay
    ) -> DateMention? {
        var end = end0
        if end < tokens.count, tokens[end].norm == ".", !tokens[end].spaceBefore { end += 1 }
        if end < tokens.count, let day = dayNumber(tokens[end]) {
            end += 1
            var lastDay = day
            if end + 1 < tokens.count, ["-", "and", "to"].contains(tokens[end].norm), let second = dayNumber(tokens[end + 1]),
                second > day
            {
                lastDay = second
                end += 2
            }
            var year: Int?
            if end + 1 < tokens.count, tokens[end].norm == ",", let y = yearNumber(tokens[end + 1]) {
                year = y
                end += 2
            } else if end < tokens.count, let y = yearNumber(tokens[end]) {
                year = y
                end += 1
            }
            guard let date = resolve(year: year, month: month, day: lastDay, reference: reference) else { return nil }
            return DateMention(tokens: i..<end, day: date, precision: .day, role: .point, isAbsolute: year != nil, namesMonth: true)
        }
        // A month alone: only with a year or after a word that makes it a time ("in", "mid-", "since").
        var start = i
        var precision = TimePrecision.month
        var dayOfMonth = 15
        if i >= 2, tokens[i - 1].norm == "-", tokens[i - 2].norm == "mid" {
            start = i - 2
            precision = .week
        } else if i >= 1, ["early", "late", "mid"].contains(tokens[i - 1].norm) {
            start = i - 1
            dayOfMonth = tokens[i - 1].norm == "early" ? 5 : tokens[i - 1].norm == "late" ? 25 : 15
        }
        var year: Int?
        if end < tokens.count, let y = yearNumber(tokens[end]) {
            year = y
            end += 1
        }
        let introduced = start > 0 && ["in", "since", "during", "of", "until", "from"].contains(tokens[start - 1].norm)
        guard year != nil || introduced || start < i else { return nil }
        guard let date = resolve(year: year, month: month, day: dayOfMonth, reference: reference) else { return nil }
        return DateMention(
            tokens: start..<end, day: year == nil ? min(date, reference) : date, precision: precision, role: .point,
            isAbsolute: year != nil, namesMonth: true)
    }

    /// "2023-10-17".
    private func iso(at i: Int, tokens: [Token]) -> DateMention? {
        guard i + 4 < tokens.count, tokens[i + 1].norm == "-", tokens[i + 3].norm == "-",
            let y = tokens[i].integerValue, let m = tokens[i + 2].integerValue, let d = tokens[i + 4].integerValue,
            let day = CalendarDay(year: y, month: m, day: d)
        else { return nil }
        return DateMention(tokens: i..<(i + 5), day: day, precision: .day, role: .point, isAbsolute: true)
    }

    /// "17/10/2023" (day first, unless only month first makes a date).
    private func slashed(_ first: Int, at i: Int, tokens: [Token]) -> DateMention? {
        guard i + 4 < tokens.count, tokens[i + 1].norm == "/", tokens[i + 3].norm == "/",
            let second = tokens[i + 2].integerValue, let year = yearNumber(tokens[i + 4])
        else { return nil }
        let day = CalendarDay(year: year, month: second, day: first) ?? CalendarDay(year: year, month: first, day: second)
        guard let day else { return nil }
        return DateMention(tokens: i..<(i + 5), day: day, precision: .day, role: .point, isAbsolute: true)
    }

    // MARK: - Helpers

    private func resolve(year: Int?, month: Int, day: Int, reference: CalendarDay) -> CalendarDay? {
        if let year { return CalendarDay(year: year, month: month, day: day) }
        guard let guess = CalendarDay(year: reference.year, month: month, day: day) else { return nil }
        if guess.daysSinceEpoch > reference.daysSinceEpoch + 7 {
            return CalendarDay(year: reference.year - 1, month: month, day: day)
        }
        return guess
    }

    /// Marks a date introduced by "since" or "from" (without a later "to") as a period start.
    private func withRole(_ mention: DateMention, tokens: [Token]) -> DateMention {
        let i = mention.tokens.lowerBound
        guard i > 0, let word = lexicon.match(at: i - 1, in: tokens), word.value.kind == "since",
            tokens[i - 1].norm == "since"
        else { return mention }
        return DateMention(
            tokens: mention.tokens, day: mention.day, precision: mention.precision, role: .since,
            isAbsolute: mention.isAbsolute)
    }

    /// "between 25 April and 2 May": one mention dated the last day.
    private func mergeRanges(_ mentions: [DateMention], tokens: [Token]) -> [DateMention] {
        var out: [DateMention] = []
        var k = 0
        while k < mentions.count {
            let a = mentions[k]
            if k + 1 < mentions.count {
                let b = mentions[k + 1]
                let gap = a.tokens.upperBound..<b.tokens.lowerBound
                // "29 April and 2 May 2020": the first date takes the second's year.
                let first = !a.isAbsolute && b.isAbsolute
                    ? CalendarDay(year: b.day.year - (a.day.month > b.day.month ? 1 : 0), month: a.day.month, day: a.day.day) ?? a.day
                    : a.day
                if gap.count == 1, ["and", "to", "-", "until"].contains(tokens[gap.lowerBound].norm), b.day >= first {
                    out.append(DateMention(
                        tokens: a.tokens.lowerBound..<b.tokens.upperBound, day: b.day,
                        precision: b.day.daysSinceEpoch - first.daysSinceEpoch > 6 ? .week : b.precision, role: .point,
                        isAbsolute: b.isAbsolute))
                    k += 2
                    continue
                }
            }
            out.append(a)
            k += 1
        }
        return out
    }

    private func dayNumber(_ token: Token) -> Int? {
        if token.kind == .number, token.norm.count <= 2, let v = token.integerValue, (1...31).contains(v) { return v }
        guard token.kind == .word else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where token.norm.hasSuffix(suffix) {
            if let v = Int(token.norm.dropLast(2)), (1...31).contains(v) { return v }
        }
        return nil
    }

    private func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.norm.count == 4, let v = token.integerValue, (1900...2100).contains(v) else {
            return nil
        }
        return v
    }
}
