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
    init(foldedBytes bytes: some Collection<UInt8>) {
        text = String(decoding: NameKey.normalize(bytes), as: UTF8.self)
    }

    /// The words of the key.
    var words: [Substring] { text.split(separator: " ") }

    /// Whether the key is empty (the name was only punctuation or articles).
    var isEmpty: Bool { text.isEmpty }

    /// A 64-bit FNV-1a hash of the normalized form of folded `bytes`; what the name index stores.
    static func hash(foldedBytes bytes: some Collection<UInt8>) -> UInt64 {
        hash(normalized: normalize(bytes))
    }

    /// The hash of this key.
    var hash: UInt64 { NameKey.hash(normalized: Array(text.utf8)) }

    static func hash(normalized: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in normalized {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Normalizes folded bytes: punctuation to spaces, apostrophes dropped, doubled consonants single,
    /// "-ah"/"-eh" endings to "-a", transliteration variants of common words unified, Arabic articles dropped.
    static func normalize(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        word.reserveCapacity(16)
        func flush() {
            if !word.isEmpty {
                words.append(canonicalWord(word))
                word.removeAll(keepingCapacity: true)
            }
        }
        for b in bytes {
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                word.append(b)
            default:
                flush()
            }
        }
        flush()
        if words.count > 1 {
            var kept: [[UInt8]] = []
            for (i, w) in words.enumerated() {
                if i < words.count - 1, articles.contains(w) { continue }
                kept.append(w)
            }
            words = kept
        }
        var out: [UInt8] = []
        for (i, w) in words.enumerated() {
            if i > 0 { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: w)
        }
        return out
    }

    /// One word with doubled consonants made single, "-ah"/"-eh" made "-a", and spelling variants unified.
    private static func canonicalWord(_ word: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        // Doubled consonants are spelling variants ("Raqqa", "Tell"); doubled vowels only in long words
        // ("Banaadir", "Kismaayo"), since short ones tell names apart ("Iraan" is not "Iran").
        let collapseVowels = word.count >= 6
        for b in word where out.last != b || b >= 0x80 || (b >= 48 && b <= 57) || (!collapseVowels && vowels.contains(b)) {
            out.append(b)
        }
        if out.count >= 4, out[out.count - 1] == UInt8(ascii: "h"),
            out[out.count - 2] == UInt8(ascii: "a") || out[out.count - 2] == UInt8(ascii: "e")
        {
            out.removeLast(2)
            out.append(UInt8(ascii: "a"))
        }
        if let variant = variants[out] { return variant }
        return out
    }

    private static let vowels: Set<UInt8> = Set("aeiou".utf8)

    /// Arabic (and Romance) articles dropped before another word: "al-Tanf" → "tanf".
    private static let articles: Set<[UInt8]> = Set(
        ["al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ath", "adh", "ed", "es", "et", "ez", "en", "er", "ul", "il"]
            .map { Array($0.utf8) })

    /// Transliteration variants of words that begin many Middle Eastern and South Asian place names.
    private static let variants: [[UInt8]: [UInt8]] = {
        let groups: [String: [String]] = [
            "tal": ["tel", "til", "tall", "tell"],
            "ain": ["ayn", "ein", "ayin"],
            "dair": ["deir", "dayr", "der"],
            "bait": ["beit", "bayt", "bet", "beyt"],
            "jabal": ["jebel", "djebel", "jabel", "jbel"],
            "kafr": ["kfar", "kefr", "kafar"],
            "abu": ["abou", "abo"],
            "bani": ["beni", "bni", "banu"],
            "shaikh": ["sheikh", "shaykh", "cheikh", "sheik", "shaik", "shekh"],
            "um": ["om", "umm"],
            "khirba": ["khirbet", "khirbat", "kherbet", "khirbeh"],
            "wadi": ["ouadi", "oued", "wad"],
            "qasr": ["kasr", "ksar"],
            "mazraa": ["mazraat", "mazraet"],
            "south": ["sud"],
            "north": ["nord"],
            "west": ["ouest"],
        ]
        var map: [[UInt8]: [UInt8]] = [:]
        for (canonical, others) in groups {
            for other in others { map[Array(other.utf8)] = Array(canonical.utf8) }
        }
        return map
    }()
}
