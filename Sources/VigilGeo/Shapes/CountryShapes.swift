import Foundation

/// Natural Earth 1:110m country outlines, for checking that a point falls in its country.
public struct CountryShapes: Sendable {
    /// One closed outline: longitudes and latitudes, and its bounding box.
    struct Ring: Sendable {
        let lons: [Double]
        let lats: [Double]
        let minLon: Double, maxLon: Double, minLat: Double, maxLat: Double
    }

    private let rings: [String: [Ring]]

    /// How far outside its country's coarse outline a point may lie before it is flagged, in km.
    public static let tolerance = 30.0

    /// Reads shapes.tsv: iso3, then "lon,lat lon,lat ..." for one ring.
    init(_ data: Data) {
        var rings: [String: [Ring]] = [:]
        TSVReader.forEachRow(in: data) { row in
            var lons: [Double] = [], lats: [Double] = []
            let f = row.field(1)
            var start = 0
            var pending: Double?
            for k in 0...f.count where k == f.count || f[k] == UInt8(ascii: " ") || f[k] == UInt8(ascii: ",") {
                let value = Double(String(decoding: UnsafeBufferPointer(rebasing: f[start..<k]), as: UTF8.self))
                start = k + 1
                guard let value else { continue }
                if let lon = pending {
                    lons.append(lon)
                    lats.append(value)
                    pending = nil
                } else {
                    pending = value
                }
            }
            guard let minLon = lons.min(), let maxLon = lons.max(), let minLat = lats.min(), let maxLat = lats.max()
            else { return }
            rings[row.string(0), default: []].append(
                Ring(lons: lons, lats: lats, minLon: minLon, maxLon: maxLon, minLat: minLat, maxLat: maxLat))
        }
        self.rings = rings
    }

    /// 0 when the point is inside the country's outline, else the distance to it in km; nil without an outline.
    public func distanceOutside(latitude: Double, longitude: Double, iso3: String) -> Double? {
        guard let shape = rings[iso3] else { return nil }
        for ring in shape where CountryShapes.contains(ring, latitude: latitude, longitude: longitude) { return 0 }
        var best = Double.infinity
        for ring in shape {
            for i in ring.lons.indices.dropLast() {
                let d = CountryShapes.segmentDistance(
                    latitude, longitude, ring.lats[i], ring.lons[i], ring.lats[i + 1], ring.lons[i + 1])
                best = min(best, d)
            }
        }
        return best
    }

    /// The ISO alpha-3 codes of the countries whose outlines contain the point.
    public func countries(containingLatitude latitude: Double, longitude: Double) -> [String] {
        rings.compactMap { iso3, shape in
            shape.contains { CountryShapes.contains($0, latitude: latitude, longitude: longitude) } ? iso3 : nil
        }.sorted()
    }

    /// The centre and half-extents (degrees) of the country's largest outline, for compass words.
    public func frame(iso3: String) -> (latitude: Double, longitude: Double, halfHeight: Double, halfWidth: Double)? {
        guard let ring = rings[iso3]?.max(by: {
            ($0.maxLat - $0.minLat) * ($0.maxLon - $0.minLon) < ($1.maxLat - $1.minLat) * ($1.maxLon - $1.minLon)
        }) else { return nil }
        var area = 0.0, cx = 0.0, cy = 0.0
        for i in ring.lons.indices.dropLast() {
            let cross = ring.lons[i] * ring.lats[i + 1] - ring.lons[i + 1] * ring.lats[i]
            area += cross
            cx += (ring.lons[i] + ring.lons[i + 1]) * cross
            cy += (ring.lats[i] + ring.lats[i + 1]) * cross
        }
        guard abs(area) > 1e-9 else { return nil }
        return (cy / (3 * area), cx / (3 * area), (ring.maxLat - ring.minLat) / 2, (ring.maxLon - ring.minLon) / 2)
    }

    private static func contains(_ ring: Ring, latitude: Double, longitude: Double) -> Bool {
        guard latitude >= ring.minLat, latitude <= ring.maxLat, longitude >= ring.minLon, longitude <= ring.maxLon
        else { return false }
        var inside = false
        var j = ring.lons.count - 1
        for i in ring.lons.indices {
            let yi = ring.lats[i], yj = ring.lats[j], xi = ring.lons[i], xj = ring.lons[j]
            if (yi > latitude) != (yj > latitude), longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    /// Distance in km from a point to a segment, on a local equirectangular projection.
    private static func segmentDistance(
        _ lat: Double, _ lon: Double, _ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double
    ) -> Double {
        let k = cos(lat * .pi / 180)
        let px = lon * k, py = lat, ax = lon1 * k, ay = lat1, bx = lon2 * k, by = lat2
        let dx = bx - ax, dy = by - ay
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0
        t = max(0, min(1, t))
        let cx = ax + t * dx - px, cy = ay + t * dy - py
        return (cx * cx + cy * cy).squareRoot() * 111.2
    }
}
