import Foundation
import Hummingbird

extension VigilRequestContext {
    /// The `{id}` path parameter, percent-decoded: ids may hold `:`, `,` or `/` (feed guids, URLs).
    func recordID() throws -> String {
        let raw = try parameters.require("id")
        return raw.removingPercentEncoding ?? raw
    }
}
