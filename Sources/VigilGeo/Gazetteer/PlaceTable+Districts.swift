/// The second-order divisions ("districts", the rows of admin2.tsv) as packed in places.bin: read where they lie,
/// so start-up does not parse admin2.tsv's 32,000 rows.
extension PlaceTable {
    /// The district's latitude in degrees.
    func districtLatitude(_ row: Int) -> Double { Double(load(.districtLatitude, row, as: Int32.self)) / 100_000 }

    /// The district's longitude in degrees.
    func districtLongitude(_ row: Int) -> Double { Double(load(.districtLongitude, row, as: Int32.self)) / 100_000 }

    /// The district's row in countries.tsv.
    func districtCountry(_ row: Int) -> Int { min(Int(load(.districtCountry, row, as: UInt16.self)), countryRows - 1) }

    /// The district's first-order division (a row of admin1.tsv), or -1.
    func districtAdmin1(_ row: Int) -> Int {
        let admin1 = Int(load(.districtAdmin1, row, as: Int32.self))
        return admin1 >= 0 && admin1 < admin1Rows ? admin1 : -1
    }

    /// The district's name.
    func districtName(_ row: Int) -> String {
        String(decoding: bytes(row, starts: .districtNameStarts, in: .districtNames, count: districtNameBytes), as: UTF8.self)
    }

    /// The districts filed under a name-key hash, in admin2.tsv's order.
    func districts(hash: UInt64) -> [Int] {
        var lo = 0, hi = districtPairs
        while lo < hi {
            let mid = (lo + hi) / 2
            if load(.districtKeyHashes, mid, as: UInt64.self) < hash { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < districtPairs && load(.districtKeyHashes, lo, as: UInt64.self) == hash {
            let row = Int(load(.districtKeyRows, lo, as: Int32.self))
            if row >= 0 && row < admin2Rows { out.append(row) }
            lo += 1
        }
        return out
    }

    /// Calls `body` with each district of first-order division `province` (a row of admin1.tsv), in admin2.tsv's
    /// order, and its first key without spaces ("nahresaraj").
    func forEachDistrict(province: Int, _ body: (_ row: Int, _ key: UnsafeRawBufferPointer) -> Void) {
        guard province >= 0 && province < admin1Rows else { return }
        let start = min(Int(load(.provinceStarts, province, as: UInt32.self)), provinceDistricts)
        let end = min(max(Int(load(.provinceStarts, province + 1, as: UInt32.self)), start), provinceDistricts)
        for k in start..<end {
            let row = Int(load(.districtsByProvince, k, as: Int32.self))
            guard row >= 0 && row < admin2Rows else { continue }
            body(row, bytes(row, starts: .districtKeyStarts, in: .districtKeys, count: districtKeyBytes))
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
