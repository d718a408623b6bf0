#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much one isolated render may take before it is stopped.
public struct RenderLimits: Sendable, Equatable {
    /// Wall-clock seconds before the render process is killed.
    public var seconds: Double
    /// CPU seconds (`RLIMIT_CPU`); a little above `seconds` so the clock usually fires first.
    public var cpuSeconds: Int
    /// Address-space limit in MiB (`RLIMIT_AS`).
    public var memoryMegabytes: Int

    public init(seconds: Double = 120, cpuSeconds: Int? = nil, memoryMegabytes: Int = 3072) {
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds ?? Int(seconds.rounded(.up)) + 5
        self.memoryMegabytes = memoryMegabytes
    }

    /// Applies the CPU and memory limits to the calling process and turns off core
    /// dumps, so an abort inside Graphviz leaves nothing behind. Called by the worker on
    /// itself before it reads any input.
    public func applyToCurrentProcess() {
        // The parent may have blocked or ignored SIGXCPU, and both survive exec.
        signal(SIGXCPU, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGXCPU)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        set(Self.core, soft: 0, hard: 0)
        set(Self.cpu, soft: rlim_t(cpuSeconds), hard: rlim_t(cpuSeconds + 2))
        let bytes = rlim_t(memoryMegabytes) * 1024 * 1024
        set(Self.addressSpace, soft: bytes, hard: bytes)
    }

    #if os(Linux)
        private typealias Resource = __rlimit_resource_t
        private static let core = Resource(RLIMIT_CORE.rawValue)
        private static let cpu = Resource(RLIMIT_CPU.rawValue)
        private static let addressSpace = Resource(RLIMIT_AS.rawValue)
    #else
        private typealias Resource = Int32
        private static let core = RLIMIT_CORE
        private static let cpu = RLIMIT_CPU
        private static let addressSpace = RLIMIT_AS
    #endif

    private func set(_ resource: Resource, soft: rlim_t, hard: rlim_t) {
        var current = rlimit()
        guard getrlimit(resource, &current) == 0 else { return }
        // Never raise a limit the parent already lowered.
        var wanted = rlimit(rlim_cur: min(soft, current.rlim_max), rlim_max: min(hard, current.rlim_max))
        wanted.rlim_cur = min(wanted.rlim_cur, wanted.rlim_max)
        _ = setrlimit(resource, &wanted)
    }
}
