import Foundation

/// libFuzzer's driver, called from an ordinary `main`: SwiftPM gives every executable its
/// own entry point, so the fuzzer's `main` cannot be used; `LLVMFuzzerRunDriver` is.
public enum LibFuzzer {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    @_silgen_name("LLVMFuzzerRunDriver")
    private static func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: Callback) -> CInt

    /// Runs libFuzzer with this process's arguments (`-max_total_time=N CORPUS…`).
    public static func run(_ callback: Callback) -> CInt {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return runDriver(&argc, &argv, callback)
    }
}
