import VigilText

/// Reads numbers (digits, words, "twenty-one", "a dozen", ranges, vague amounts) and what they count.
///
/// The category comes from the nearest counting word after the number ("3 people were killed"),
/// or from a verb just before it ("killing 3"); a number joined by "and" to a counted one takes its
/// category ("killing 1 soldier and 1 civilian"). A range keeps its lowest figure. A number after a
/// coded total ("fatalities coded as at least 3") is that total.
struct QuantityRecognizer: Sendable {
    let numbers: PhraseLexicon<ExtractionLexicons.NumberWord>
    let counted: PhraseLexicon<QuantityCategory>
    /// Month names, so that "2 May" is not read as a count.
    let dates: PhraseLexicon<ExtractionLexicons.DateWord>

    /// Words a number's count may skip over before the counting word.
    private static let lookahead = 9
    /// Words that make a number the subject of a passive or stative verb ("five people were killed").
    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "had", "have", "has"]
    /// Words between a coded total and its number ("coded as at least 3").
    private static let codedFillers: Set<String> = ["as", "at", "least", "to", ":", "=", "approximately", "about", "around"]

    /// Every quantity in `range` of the text's tokens.
    func quantities(in range: Range<Int>, of text: AnalyzedText) -> [Quantity] {
        let tokens = text.tokens
        var out: [Quantity] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let zero = counted.match(at: i, in: tokens, limit: range.upperBound), zero.value == .zeroKilled {
                out.append(Quantity(
                    tokens: zero.tokens, span: zero.tokens, value: 0, category: .zeroKilled,
                    isPartOfEarlier: false))
                i = zero.tokens.upperBound
                continue
            }
            guard let (value, numberEnd) = number(at: i, tokens: tokens, limit: range.upperBound) else {
                i += 1
                continue
            }
            var (category, spanEnd) = category(after: numberEnd, before: i, tokens: tokens, range: range, previous: out.last)
            var partOf = i >= 1 && ["including", "among"].contains(tokens[i - 1].norm)
                || i >= 2 && tokens[i - 2].norm == "including"
            // "six attacks, three of which …": a share of the previous figure; but "kidnapped five people
            // and killed one of them" counts the one by its own verb.
            let ownVerb = category != nil && spanEnd == numberEnd
            if numberEnd + 1 < range.upperBound, tokens[numberEnd].norm == "of",
                ["which", "whom", "them"].contains(tokens[numberEnd + 1].norm), let previous = out.last,
                !(ownVerb && previous.category != category)
            {
                category = previous.category
                spanEnd = numberEnd + 2
                partOf = true
            }
            out.append(Quantity(
                tokens: i..<numberEnd, span: i..<max(numberEnd, spanEnd), value: value, category: category, isPartOfEarlier: partOf))
            i = numberEnd
        }
        return (out + singleVictims(in: range, tokens: tokens, counted: out)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// One person killed, without a number: "a man was shot dead", "killing him", "killed a civilian".
    private func singleVictims(in range: Range<Int>, tokens: [Token], counted: [Quantity]) -> [Quantity] {
        var out: [Quantity] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard let word = self.counted.match(at: k, in: tokens, limit: range.upperBound), word.value == .killed else {
                k += 1
                continue
            }
            defer { k = word.tokens.upperBound }
            if counted.contains(where: { $0.span.overlaps(word.tokens) || $0.span.upperBound == k }) { continue }
            let next = word.tokens.upperBound
            // "killed one" is read as a number.
            if next < range.upperBound, ["him", "her", "a", "an"].contains(tokens[next].norm) {
                // "killing a woman and her daughter": a relative joined to the victim died too.
                if let kin = relative(after: next, range: range, tokens: tokens) {
                    out.append(Quantity(tokens: k..<(next + 1), span: k..<kin, value: 2, category: .killed, isPartOfEarlier: false))
                } else {
                    out.append(single(k..<(next + 1)))
                }
                continue
            }
            // "a man was (reportedly) shot dead", "a 15-year-old boy was shot and killed".
            var j = k - 1
            var sawWas = false
            while j >= max(range.lowerBound, k - 12) {
                let norm = tokens[j].norm
                if norm == "and", j == k - 1 {
                    j -= 1
                    continue
                }
                if tokens[j].kind == .number, isAge(wordsFrom: j + 1, tokens: tokens, limit: k) {
                    j -= 1
                    continue
                }
                if [".", ";", ",", "were", "and"].contains(norm) || tokens[j].kind == .number { break }
                if norm == "was" { sawWas = true }
                if ["a", "an"].contains(norm) {
                    // "beat a suspected thief to death": the object of "… to death" died too.
                    if sawWas || tokens[k].norm == "to" && objectOfVerb(j, before: k, range: range, tokens: tokens, found: out) {
                        out.append(single(j..<word.tokens.upperBound))
                    }
                    break
                }
                j -= 1
            }
        }
        return out
    }

    /// "a 16 year old", "a 16-year-old boy": the words from `start` make the number before them an age.
    private func isAge(wordsFrom start: Int, tokens: [Token], limit: Int) -> Bool {
        let words = tokens[start..<min(limit, start + 4)].map(\.norm).filter { $0 != "-" }
        return words.count >= 2 && ["year", "years"].contains(words[0]) && words[1] == "old"
    }

    /// "beat a suspected thief to death": "a" opens the object of a verb just before it, close to "to death", and
    /// no other word already counted it ("lynched a hunter to death" is one death).
    private func objectOfVerb(_ j: Int, before k: Int, range: Range<Int>, tokens: [Token], found: [Quantity]) -> Bool {
        guard k - j <= 4, j - 1 >= range.lowerBound, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized,
            !Self.notVerbs.contains(tokens[j - 1].norm)
        else { return false }
        // "lynched after he allegedly stabbed a guard to death", "for stabbing a person to death": the crime it punished.
        if (max(range.lowerBound, j - 4)..<(j - 1)).contains(where: { Self.causeWords.contains(tokens[$0].norm) }) { return false }
        return !found.contains { $0.span.contains(j) }
    }

    private static let causeWords: Set<String> = ["for", "after", "allegedly", "having", "accused", "suspected"]

    private static let notVerbs: Set<String> = ["by", "and", "when", "as", "that", "who", "which", "of", "in", "on", "at", "with", "to", "for"]

    /// Words that open a verb's object ("killed him", "killed the driver", "killed two of them").
    private static let objectOpeners: Set<String> = ["him", "her", "them", "a", "an", "the", "his", "their", "several", "some", "all"]

    private func hasObject(at k: Int, tokens: [Token], limit: Int) -> Bool {
        tokens[k].kind == .number || Self.objectOpeners.contains(tokens[k].norm) || numbers.match(at: k, in: tokens, limit: limit) != nil
    }

    /// The end of "and his/her/their <relative>" within a few words after `start` ("a woman and her daughter").
    private func relative(after start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var j = start + 1
        while j + 2 < range.upperBound, j <= start + 4 {
            if tokens[j].norm == "and" {
                guard ["his", "her", "their"].contains(tokens[j + 1].norm), Self.relatives.contains(tokens[j + 2].norm) else { return nil }
                return j + 3
            }
            if tokens[j].kind != .word { return nil }
            j += 1
        }
        return nil
    }

    private static let relatives: Set<String> = [
        "son", "daughter", "child", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece",
        "grandson", "granddaughter", "cousin", "uncle", "aunt",
    ]

    private func single(_ span: Range<Int>) -> Quantity {
        Quantity(tokens: span, span: span, value: 1, category: .killed, isPartOfEarlier: false)
    }

    /// A number starting at `i`: its value and the end of its tokens.
    private func number(at i: Int, tokens: [Token], limit: Int) -> (Int, Int)? {
        let token = tokens[i]
        var value: Int
        var end: Int
        if token.kind == .number, let v = token.integerValue {
            // Years and dates are not counts ("2023", "Feb 11").
            if token.norm.count == 4, (1900...2100).contains(v) { return nil }
            if i >= 1, let month = dates.match(at: i - 1, in: tokens, limit: i + 1), month.tokens.upperBound == i,
                month.value.kind == "month"
            {
                return nil
            }
            value = v
            end = i + 1
        } else if let word = numbers.match(at: i, in: tokens, limit: limit) {
            // "a" and "an" count only before a counting word or "dozen".
            if ["a", "an"].contains(token.norm), word.tokens.count == 1 { return nil }
            value = word.value.value
            end = word.tokens.upperBound
            // "twenty-one".
            if end + 1 < limit, tokens[end].norm == "-", let unit = numbers.match(at: end + 1, in: tokens, limit: limit),
                unit.value.value < 10, value >= 20
            {
                value += unit.value.value
                end = unit.tokens.upperBound
            }
        } else {
            return nil
        }
        // "3 to 5", "3-5": the lowest figure.
        let between = i >= 1 && tokens[i - 1].norm == "between"
        if end + 1 < limit, ["-", "to", "or"].contains(tokens[end].norm) || between && tokens[end].norm == "and",
            tokens[end + 1].kind == .number,
            let high = tokens[end + 1].integerValue, high > value
        {
            end += 2
        }
        // Dates ("2 May") and durations ("killed in two days of clashes") count no one.
        if end < limit, let word = dates.match(at: end, in: tokens, limit: limit), ["month", "duration"].contains(word.value.kind) {
            return nil
        }
        if isAge(wordsFrom: end, tokens: tokens, limit: limit) { return nil }
        return (value, end)
    }

    private func category(
        after end: Int, before start: Int, tokens: [Token], range: Range<Int>, previous: Quantity?
    ) -> (QuantityCategory?, Int) {
        // A coded total: "fatalities coded as at least 3".
        var c = start - 1
        while c >= max(range.lowerBound, start - 4), Self.codedFillers.contains(tokens[c].norm) { c -= 1 }
        for k in stride(from: c, through: max(range.lowerBound, c - 3), by: -1) {
            if let m = counted.match(at: k, in: tokens, limit: start), m.value == .codedKilled, m.tokens.upperBound == c + 1 {
                return (.codedKilled, end)
            }
        }
        // A verb or noun just before: "killing 3", "fatalities: 2", "death toll rose to 5"; not across
        // "and" ("3 were killed and 2 wounded": the 2 has its own word).
        var j = start - 1
        while j >= max(range.lowerBound, start - 3) {
            if [".", ";", "by", "and"].contains(tokens[j].norm) || tokens[j].kind == .number { break }
            if let m = counted.match(at: j, in: tokens, limit: start), m.value != .zeroKilled, m.value != .attacks, m.value != .codedKilled {
                return (m.value, end)
            }
            j -= 1
        }
        var k = end
        var sawAuxiliary = false
        while k < min(range.upperBound, end + Self.lookahead) {
            let t = tokens[k]
            if t.kind == .number || [",", ";", ".", "while", "but", "including"].contains(t.norm) { break }
            if Self.auxiliaries.contains(t.norm) { sawAuxiliary = true }
            // "kidnapped five people and killed one (of them)": a verb after "and" with its own object counts
            // that object; "five people were abducted and killed", "one person shot and killed" are still the number.
            if t.norm == "and", !sawAuxiliary, k + 1 < range.upperBound,
                let m = counted.match(at: k + 1, in: tokens, limit: range.upperBound), m.value != .zeroKilled,
                m.tokens.upperBound < range.upperBound, hasObject(at: m.tokens.upperBound, tokens: tokens, limit: range.upperBound)
            {
                break
            }
            if let m = counted.match(at: k, in: tokens, limit: range.upperBound), m.value != .zeroKilled, m.value != .codedKilled {
                return (m.value, m.tokens.upperBound)
            }
            k += 1
        }
        // "killing 1 soldier and 1 civilian": the second number shares the verb before the first.
        if let previous, let category = previous.category, previous.span == previous.tokens, start >= 1,
            tokens[start - 1].norm == "and", previous.span.upperBound + 8 >= start
        {
            return (category, end)
        }
        return (nil, end)
    }
}
