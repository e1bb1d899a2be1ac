/// MinHash signatures over word shingles, for near-duplicate detection.
///
/// Two documents' signatures agree in a share of positions that estimates the Jaccard similarity
/// of their shingle sets. Repeated sentences are read once, so a document that repeats its body
/// still matches its copies.
public struct MinHash: Sendable {
    /// Number of hash functions (signature length).
    public let permutations: Int
    /// Words per shingle.
    public let shingleSize: Int
    private let seeds: [UInt64]

    public init(permutations: Int = 128, shingleSize: Int = 3) {
        precondition(permutations > 0 && shingleSize > 0)
        self.permutations = permutations
        self.shingleSize = shingleSize
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        seeds = (0..<permutations).map { _ in
            state = MinHash.splitmix(&state)
            return state | 1
        }
    }

    /// The signature of a text.
    public func signature(of text: AnalyzedText) -> [UInt32] {
        var words: [UInt64] = []
        for sentence in text.sentences where !sentence.isRepeat {
            for token in text.tokens[sentence.tokens] where token.kind != .punctuation {
                words.append(MinHash.fnv1a(token.norm))
            }
        }
        var signature = [UInt32](repeating: .max, count: permutations)
        guard !words.isEmpty else { return signature }
        let count = max(1, words.count - shingleSize + 1)
        for start in 0..<count {
            var shingle: UInt64 = 0xCBF2_9CE4_8422_2325
            for k in start..<min(words.count, start + shingleSize) {
                shingle = (shingle ^ words[k]) &* 0x0000_0100_0000_01B3
            }
            for i in 0..<permutations {
                var x = shingle ^ seeds[i]
                x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
                x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
                let h = UInt32(truncatingIfNeeded: x ^ (x >> 33))
                if h < signature[i] { signature[i] = h }
            }
        }
        return signature
    }

    /// Estimated Jaccard similarity of two signatures of the same length.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var equal = 0
        for i in a.indices where a[i] == b[i] { equal += 1 }
        return Double(equal) / Double(a.count)
    }

    /// LSH band keys: `bands` hashes, each over `signature.count / bands` rows. Documents sharing
    /// a key are candidates; with 16 bands of 8 rows, pairs above ~0.7 similarity collide.
    public static func bandKeys(_ signature: [UInt32], bands: Int = 16) -> [Int64] {
        let rows = signature.count / bands
        return (0..<bands).map { band in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(band)
            for value in signature[band * rows..<(band + 1) * rows] {
                h = (h ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            }
            return Int64(bitPattern: h)
        }
    }

    /// The names and numbers of a text: capitalized words not opening a sentence, and numbers;
    /// folded, unique and sorted.
    public static func keyTerms(of text: AnalyzedText) -> [String] {
        var terms: Set<String> = []
        for sentence in text.sentences where !sentence.isRepeat {
            for index in sentence.tokens.dropFirst() {
                let token = text.tokens[index]
                if token.kind == .number || (token.kind == .word && token.isCapitalized) { terms.insert(token.norm) }
            }
        }
        return terms.sorted()
    }

    /// Whether two documents can be copies of one report judging by their names and numbers.
    ///
    /// Short reports (fewer than 30 names and numbers) must name exactly the same ones: "protests
    /// in Belgrade" and "protests in Belgrade and Zrenjanin" told in the same words are two events.
    /// Longer articles may add or drop a few names (an agency, a byline), one in ten, but may not
    /// swap facts: a changed number is never allowed, and each side may hold at most one name in
    /// twenty that the other lacks.
    public static func mayBeCopies(_ a: [String], _ b: [String]) -> Bool {
        let left = Set(a), right = Set(b)
        let onlyLeft = left.subtracting(right), onlyRight = right.subtracting(left)
        let size = max(left.count, right.count)
        if onlyLeft.isEmpty && onlyRight.isEmpty { return true }
        guard size >= 30 else { return false }
        let numbersSwapped = onlyLeft.contains { $0.first?.isNumber == true } && onlyRight.contains { $0.first?.isNumber == true }
        return !numbersSwapped && min(onlyLeft.count, onlyRight.count) <= size / 20
            && max(onlyLeft.count, onlyRight.count) <= size / 10
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func splitmix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
