import Foundation

/// Great-circle distances.
public enum Distance {
    /// Kilometres between two points (haversine, mean Earth radius).
    public static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r
        let h = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2)
        return 12_742 * asin(min(1, h.squareRoot()))
    }
}
