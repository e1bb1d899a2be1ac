/// A longitude/latitude rectangle (west, south, east, north), as GeoJSON orders a `bbox`.
public struct BoundingBox: Hashable, Sendable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    /// Creates a box, or returns nil when a bound is out of range or south lies above north.
    /// A box whose west is greater than its east crosses the antimeridian.
    public init?(west: Double, south: Double, east: Double, north: Double) {
        guard (-180...180).contains(west), (-180...180).contains(east), (-90...90).contains(south),
            (-90...90).contains(north), south <= north
        else { return nil }
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }
}
