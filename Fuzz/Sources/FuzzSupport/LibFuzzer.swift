import Foundation

/// libFuzzer's driver, called from an ordinary `main`: SwiftPM gives every executable its
/// own entry point, so the fuzzer's `main` cannot be used; `LLVMFuzzerRunDriver` is.
public enum LibFuzzer {
    /// A fuzz target: one input's bytes (never null, possibly empty) and their count.
    public typealias Target = (UnsafeRawPointer, Int) -> CInt

    private typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    @_silgen_name("LLVMFuzzerRunDriver")
    private static func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: Callback) -> CInt

    /// The target the C callback calls: a C function pointer cannot capture it. Set once,
    /// before the driver starts; libFuzzer calls the callback from one thread.
    nonisolated(unsafe) private static var target: Target = { _, _ in 0 }

    /// Runs libFuzzer on `target` with this process's arguments (`-max_total_time=N
    /// CORPUS…`), and exits with the driver's status. libFuzzer may pass a null pointer for
    /// an empty input; the target is given a valid one instead.
    public static func run(_ target: @escaping Target) -> Never {
        Self.target = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv) { data, count in
            guard let data else { return LibFuzzer.target(UnsafeRawPointer(bitPattern: 1)!, 0) }
            return LibFuzzer.target(UnsafeRawPointer(data), count)
        })
    }
}
