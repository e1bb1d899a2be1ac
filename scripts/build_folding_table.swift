// Writes Sources/VigilText/Resources/folding.tsv: for each scalar below U+2000 whose folded form is not its plain
// lowercase mapping, the scalar and the letters of its lowercase canonical decomposition without combining marks
// ("00E9	0065": é folds to e). Folding reads the table instead of decomposing 8,192 scalars at start-up.
//
//   swift scripts/build_folding_table.swift > Sources/VigilText/Resources/folding.tsv
import Foundation

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

print("# scalar\tfolded scalars (none: the scalar folds to nothing)")
for value in UInt32(0x80)..<0x2000 {
    guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark else { continue }
    let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
        $0.properties.generalCategory != .nonspacingMark
    }
    let folded = decomposed.map(\.value)
    guard folded != scalar.properties.lowercaseMapping.unicodeScalars.map(\.value) else { continue }
    print("\(hex(value))\t\(folded.map(hex).joined(separator: " "))")
}
