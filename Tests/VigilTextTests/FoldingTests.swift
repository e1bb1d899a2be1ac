import Foundation
import Testing
import VigilText

@Suite struct FoldingTests {
    @Test func foldsCaseDiacriticsAndTypography() {
        #expect(Folding.fold("Āl-Ḥasaka’s") == "al-hasaka's")
        #expect(Folding.fold("Straße") == "strasse")
    }

    /// The shipped table (folding.tsv) gives every accented Latin, Greek and Cyrillic letter its base letter, as the
    /// canonical decomposition does; the letters without a decomposition ("ø", "ł", "đ", "ß") have their own forms.
    @Test func accentedLettersFoldAsTheirDecompositions() {
        let blocks = Array(0xC0...0x24F) + Array(0x370...0x4FF) + Array(0x1E00...0x1EFF)
        let own: Set<Int> = [0xD0, 0xD8, 0xDE, 0xDF, 0xE6, 0xC6, 0xF0, 0xF8, 0xFE, 0x110, 0x111, 0x131, 0x141, 0x142, 0x152, 0x153]
        var differing: [String] = []
        for value in blocks where !own.contains(value) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark else { continue }
            let expected = String(
                String.UnicodeScalarView(
                    String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                        $0.properties.generalCategory != .nonspacingMark
                    }))
            if Folding.fold(String(scalar)) != expected { differing.append(String(value, radix: 16)) }
        }
        #expect(differing.isEmpty, "folded otherwise than decomposed: \(differing)")
        #expect(Folding.fold("Ḥāmid Ślązak Ёлка Ἀθῆναι") == "hamid slazak елка αθηναι")
    }

    @Test func equivalenceIsEqualityOfFoldedForms() {
        #expect(Folding.equivalent("Anbar", "ANBAR"))
        #expect(Folding.equivalent("Şanlıurfa", "Sanliurfa"))
        #expect(Folding.equivalent("Homs", "Ho\u{0301}ms"))
        #expect(Folding.equivalent("Straße", "strasse"))
        #expect(!Folding.equivalent("Homs", "Hama"))
        #expect(!Folding.equivalent("Erbil", "Erbil Governorate"))
        #expect(!Folding.equivalent("a@", "a`"))
    }
}
