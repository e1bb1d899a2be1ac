/// The second-order divisions ("districts", the rows of admin2.tsv) as packed in places.bin: read where they lie,
/// so start-up does not parse admin2.tsv's 32,000 rows.
extension PlaceTable {
    /// The district's latitude in degrees.
    func districtLatitude(_ row: Int) -> Double { degrees(.districtLatitude, row) }

    /// The district's longitude in degrees.
    func districtLongitude(_ row: Int) -> Double { degrees(.districtLongitude, row) }

    /// The district's row in countries.tsv.
    func districtCountry(_ row: Int) -> Int { countryRow(.districtCountry, row) }

    /// The district's first-order division (a row of admin1.tsv), or -1.
    func districtAdmin1(_ district: Int) -> Int { row(.districtAdmin1, district, below: admin1Rows) }

    /// The district's name.
    func districtName(_ row: Int) -> String {
        String(decoding: bytes(row, starts: .districtNameStarts, in: .districtNames, count: districtNameBytes), as: UTF8.self)
    }

    /// The districts filed under a name-key hash, in admin2.tsv's order.
    func districts(hash: UInt64) -> [Int] {
        values(
            pairedWith: hash, hashes: .districtKeyHashes, values: .districtKeyRows, within: 0..<districtPairs,
            pairs: districtPairs, below: admin2Rows)
    }

    /// Calls `body` with each district of first-order division `province` (a row of admin1.tsv), in admin2.tsv's
    /// order, and its first key without spaces ("nahresaraj").
    func forEachDistrict(province: Int, _ body: (_ row: Int, _ key: UnsafeRawBufferPointer) -> Void) {
        guard province >= 0 && province < admin1Rows else { return }
        for k in range(.provinceStarts, province, limit: provinceDistricts) {
            let district = row(.districtsByProvince, k, below: admin2Rows)
            guard district >= 0 else { continue }
            body(district, bytes(district, starts: .districtKeyStarts, in: .districtKeys, count: districtKeyBytes))
        }
    }

    /// The last district of `province` named exactly `name` (as admin2.tsv writes it).
    func district(named name: UnsafeBufferPointer<UInt8>, province: Int) -> Int? {
        var found: Int?
        forEachDistrict(province: province) { row, _ in
            if bytes(row, starts: .districtNameStarts, in: .districtNames, count: districtNameBytes).elementsEqual(name) {
                found = row
            }
        }
        return found
    }
}
