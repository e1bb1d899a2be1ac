/// Splits ACLED records into training and held-out parts by time: within each source file, the
/// latest `fraction` of the rows (by event date, then line) is held out.
///
/// A time split per source measures how the model does on later events, like the ones Vigil
/// reads, and keeps every source represented on both sides.
public enum HeldOutSplit {
    /// The training and held-out records, each in file order.
    public static func byTime(_ records: [ACLEDRecord], fraction: Double) -> (training: [ACLEDRecord], heldOut: [ACLEDRecord]) {
        var held = Set<Int>()
        let groups = Dictionary(grouping: records.indices, by: { records[$0].sourceFile })
        for (_, indices) in groups {
            let ordered = indices.sorted { (records[$0].eventDate, records[$0].line) < (records[$1].eventDate, records[$1].line) }
            let count = Int((Double(ordered.count) * fraction).rounded())
            held.formUnion(ordered.suffix(count))
        }
        var training: [ACLEDRecord] = [], heldOut: [ACLEDRecord] = []
        for index in records.indices {
            if held.contains(index) { heldOut.append(records[index]) } else { training.append(records[index]) }
        }
        return (training, heldOut)
    }
}
