#if FUZZING
import Foundation

/// libFuzzer's driver (`-sanitize=fuzzer`): it parses the fuzzer's options from the command line and calls back once
/// per input.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The libFuzzer build of `vigil-fuzz` (`make fuzz`: `-sanitize=fuzzer,address -DFUZZING`): SwiftPM names the
/// executable's entry point itself, so this one hands the command line to libFuzzer's driver.
@main struct LibFuzzerMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// One input: libFuzzer's callback, also under the name its runtime links against.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(input: data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif
