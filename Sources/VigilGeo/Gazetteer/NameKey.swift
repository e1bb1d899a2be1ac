import VigilText

/// The form a place name is indexed and looked up by: folded, punctuation-free, with transliteration
/// variants made equal ("al-Ḥasakah", "Hasaka", "El Hasakeh" → "hasaka"; "Tell Baydar", "Tal Baydar" → "tal baydar").
struct NameKey: Hashable, Sendable {
    /// The normalized words joined by single spaces.
    let text: String

    /// The key of a name as written anywhere (folds it first).
    init(_ name: some StringProtocol) {
        self.init(foldedBytes: Array(Folding.fold(name).utf8))
    }

    /// The key of an already folded name.
    init(foldedBytes bytes: [UInt8]) {
        var normalizer = NameNormalizer()
        text = String(decoding: normalizer.normalize(bytes), as: UTF8.self)
    }

    /// The hash the name index files this key under.
    var hash: UInt64 { NameKey.hash(normalized: Array(text.utf8)) }

    /// A 64-bit FNV-1a hash of normalized bytes.
    static func hash(normalized: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in normalized {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// Normalizes folded name bytes with reusable buffers: punctuation to spaces, apostrophes dropped, doubled
/// consonants single, "-ah"/"-eh" endings to "-a", transliteration variants of common words unified, Arabic
/// articles dropped before another word.
struct NameNormalizer {
    private var words: [UInt8] = []
    private var bounds: [(start: Int, end: Int, isArticle: Bool)] = []
    private var out: [UInt8] = []

    init() {
        words.reserveCapacity(64)
        bounds.reserveCapacity(8)
        out.reserveCapacity(64)
    }

    /// The normalized form of folded `bytes`; valid until the next call.
    mutating func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        words.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        var start = 0
        var inWord = false
        for b in bytes {
            var c = b
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                c = b + 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                break
            default:
                if inWord {
                    closeWord(from: start)
                    inWord = false
                }
                continue
            }
            if !inWord {
                start = words.count
                inWord = true
            }
            words.append(c)
        }
        if inWord { closeWord(from: start) }
        out.removeAll(keepingCapacity: true)
        for (k, w) in bounds.enumerated() {
            if w.isArticle && bounds.count > 1 && k < bounds.count - 1 { continue }
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: words[w.start..<w.end])
        }
        return out
    }

    /// The normalized form of folded `bytes`.
    mutating func normalize(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalize($0) }
    }

    /// Rewrites the word at `words[start...]` in canonical form and records it.
    private mutating func closeWord(from start: Int) {
        let length = words.count - start
        // Doubled consonants are spelling variants ("Raqqa", "Tell"); doubled vowels only in long words
        // ("Banaadir", "Kismaayo"), since short ones tell names apart ("Iraan" is not "Iran").
        let collapseVowels = length >= 6
        var write = start
        for read in start..<words.count {
            let b = words[read]
            let isVowel = b == 97 || b == 101 || b == 105 || b == 111 || b == 117
            if write > start, words[write - 1] == b, b < 0x80, !(b >= 48 && b <= 57), collapseVowels || !isVowel { continue }
            words[write] = b
            write += 1
        }
        words.removeLast(words.count - write)
        let n = write - start
        if n >= 4, words[write - 1] == UInt8(ascii: "h"), words[write - 2] == 97 || words[write - 2] == 101 {
            words.removeLast(2)
            words.append(97)
        }
        var isArticle = false
        if words.count - start <= 8 {
            var packed: UInt64 = 0
            for b in words[start...] { packed = packed << 8 | UInt64(b) }
            if let variant = NameNormalizer.variants[packed] {
                words.removeLast(words.count - start)
                words.append(contentsOf: variant)
            }
            isArticle = NameNormalizer.articles.contains(packed)
        }
        bounds.append((start, words.count, isArticle))
    }

    private static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Arabic (and Romance) articles dropped before another word: "al-Tanf" → "tanf".
    private static let articles: Set<UInt64> = Set(
        ["al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ath", "adh", "ed", "es", "et", "ez", "en", "er", "ul", "il"]
            .map(pack))

    /// Transliteration variants of words that begin many Middle Eastern, African and South Asian place names.
    private static let variants: [UInt64: [UInt8]] = {
        let groups: [String: [String]] = [
            "tal": ["tel", "til"],
            "ain": ["ayn", "ein", "ayin"],
            "dair": ["deir", "dayr", "der"],
            "bait": ["beit", "bayt", "bet", "beyt"],
            "jabal": ["jebel", "djebel", "jabel", "jbel"],
            "kafr": ["kfar", "kefr", "kafar"],
            "abu": ["abou", "abo"],
            "bani": ["beni", "bni", "banu"],
            "shaikh": ["sheikh", "shaykh", "cheikh", "sheik", "shaik", "shekh"],
            "um": ["om"],
            "khirba": ["khirbet", "khirbat", "kherbet", "khirbeh"],
            "wadi": ["ouadi", "oued", "wad"],
            "qasr": ["kasr", "ksar"],
            "mazra": ["mazrat", "mazret", "mazraa"],
            "south": ["sud"],
            "north": ["nord"],
            "west": ["ouest"],
        ]
        var map: [UInt64: [UInt8]] = [:]
        for (canonical, others) in groups {
            for other in others { map[pack(other)] = Array(canonical.utf8) }
        }
        return map
    }()
}
