import Foundation

/// Folding for matching: lower case, diacritics removed, typographic quotes and dashes made plain.
public enum Folding {
    /// Folds one string: "Āl-Ḥasaka’s" → "al-hasaka's".
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// Whether `a` and `b` fold to the same text, without building the folded strings when both
    /// are ASCII (most place names).
    public static func equivalent(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else {
            let ascii = a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }
            return ascii ? false : fold(a) == fold(b)
        }
        var ascii = true
        let equalASCII = a.utf8.elementsEqual(b.utf8) { x, y in
            guard x < 0x80, y < 0x80 else {
                ascii = false
                return true
            }
            return x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
        }
        if ascii { return equalASCII }
        return fold(a) == fold(b)
    }

    /// Appends the folded form of one scalar (zero, one or more scalars).
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
            return
        }
        if v < latinTableLimit {
            out.append(contentsOf: latinTable[Int(v)].unicodeScalars)
            return
        }
        if let special = special[v] {
            out.append(contentsOf: special.unicodeScalars)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }

    private static let latinTableLimit: UInt32 = 0x2000

    /// Folded forms of U+0000–U+1FFF (Latin, Greek, Cyrillic, Arabic and Latin Extended Additional): the lowercase
    /// mapping, but where folding.tsv gives the letters of the scalar's canonical decomposition (written by
    /// scripts/build_folding_table.swift, so start-up does not decompose 8,192 scalars).
    private static let latinTable: [String] = {
        var table = (0..<latinTableLimit).map { value -> String in
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark else { return "" }
            return scalar.properties.lowercaseMapping
        }
        for (value, folded) in decompositions where Int(value) < table.count { table[Int(value)] = folded }
        for (value, folded) in special where value < latinTableLimit { table[Int(value)] = folded }
        return table
    }()

    /// The rows of folding.tsv: a scalar and the scalars it folds to.
    private static var decompositions: [(UInt32, String)] {
        ResourceTable.rows("folding").compactMap { fields -> (UInt32, String)? in
            guard fields.count == 2, let value = UInt32(fields[0], radix: 16) else { return nil }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            return (value, String(String.UnicodeScalarView(scalars)))
        }
    }

    /// Scalars whose folded form is not their decomposition's base letter.
    private static let special: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        for v: UInt32 in [0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4] { map[v] = "'" }
        for v: UInt32 in [0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB] { map[v] = "\"" }
        for v: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212] { map[v] = "-" }
        for v: UInt32 in [0x00A0, 0x202F, 0x205F, 0x3000] { map[v] = " " }
        for v: UInt32 in 0x2000...0x200A { map[v] = " " }
        for v: UInt32 in [0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD] { map[v] = "" }
        map[0x00DF] = "ss"
        map[0x00E6] = "ae"; map[0x00C6] = "ae"
        map[0x0153] = "oe"; map[0x0152] = "oe"
        map[0x00F8] = "o"; map[0x00D8] = "o"
        map[0x0131] = "i"
        map[0x0142] = "l"; map[0x0141] = "l"
        map[0x0111] = "d"; map[0x0110] = "d"; map[0x00F0] = "d"; map[0x00D0] = "d"
        map[0x00FE] = "th"; map[0x00DE] = "th"
        return map
    }()
}
