import Foundation

/// What is wrong with a model file's bytes, described for a person ("file is truncated (5000 bytes)").
struct ModelDecodingFailure: Error {
    let problem: String

    /// Runs a decoder's reads, turning a read past the end of `byteCount` bytes, or any other error, into a failure.
    static func reading<Model>(_ byteCount: Int, _ body: () throws -> Model) throws(ModelDecodingFailure) -> Model {
        do {
            return try body()
        } catch is ByteReader.Truncated {
            throw ModelDecodingFailure(problem: "file is truncated (\(byteCount) bytes)")
        } catch let failure as ModelDecodingFailure {
            throw failure
        } catch {
            throw ModelDecodingFailure(problem: "\(error)")
        }
    }
}

extension ModelFileError {
    /// Reads the model file at `url` and decodes it; errors name the file and the problem.
    static func load<Model>(_ url: URL, decode: (Data) throws(ModelDecodingFailure) -> Model) throws(ModelFileError) -> Model {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw ModelFileError(file: url.path, problem: "cannot read file (\(error.localizedDescription))")
        }
        do {
            return try decode(data)
        } catch {
            throw ModelFileError(file: url.path, problem: error.problem)
        }
    }
}
