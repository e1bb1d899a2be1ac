#if !FUZZING
import Foundation

/// Without libFuzzer, `vigil-fuzz FOLDER…` runs every file under the folders through the target its folder names
/// (`Fuzz/corpus/html/…`; `$VIGIL_FUZZ` overrides), so that the seed corpus and every crash once found keep
/// passing: the tests replay `Fuzz/corpus`.
@main struct CorpusReplay {
    static func main() {
        let folders = CommandLine.arguments.dropFirst()
        guard !folders.isEmpty else {
            FileHandle.standardError.write(Data("usage: vigil-fuzz FOLDER… (the corpus to replay; make fuzz runs libFuzzer)\n".utf8))
            exit(64)
        }
        var replayed = 0
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
                let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            else {
                FileHandle.standardError.write(Data("vigil-fuzz: cannot read the folder \(folder)\n".utf8))
                exit(66)
            }
            for case let file as URL in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                guard let target = FuzzTarget.chosen ?? FuzzTarget(rawValue: file.deletingLastPathComponent().lastPathComponent),
                    let bytes = FileManager.default.contents(atPath: file.path)
                else { continue }
                target.run([UInt8](bytes))
                replayed += 1
            }
        }
        print("vigil-fuzz: replayed \(replayed) inputs without a crash")
    }
}
#endif
