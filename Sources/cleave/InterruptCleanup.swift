import CleaveCore
import Foundation

/// On SIGINT or SIGTERM, removes the temporary files and folders being written
/// (`TemporaryPaths`) and then ends the process by the same signal, so an interrupted
/// command leaves either the old output or none, never a half-written file or a stray
/// temporary one.
///
/// The signal handler itself only writes the signal's number to a pipe (all a handler may
/// safely do); a thread of its own reads it, removes the paths and re-raises the signal
/// with its default action, so the shell sees an interrupted process (status 130 or 143).
/// A handler, unlike an ignored signal, is reset in the child processes Cleave starts.
///
/// A signal ignored when Cleave starts (as `nohup` and background jobs have it) stays ignored;
/// one merely blocked (a process started from a worker thread inherits its mask) is unblocked.
enum InterruptCleanup {
    nonisolated(unsafe) private static var pipeEnds: [Int32] = [-1, -1]

    /// Installs the handlers; call once, before any work.
    static func install() {
        guard pipe(&pipeEnds) == 0 else { return }
        _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        let reader = Thread {
            var signal: Int32 = 0
            while read(pipeEnds[0], &signal, MemoryLayout<Int32>.size) < 0, errno == EINTR {}
            TemporaryPaths.removeAll()
            Foundation.signal(signal, SIG_DFL)
            // To the process, not this thread: a thread that blocks the signal would hold it.
            kill(getpid(), signal)
        }
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for number in [SIGINT, SIGTERM] {
            var previous = sigaction()
            sigaction(number, nil, &previous)
            let ignored = unsafeBitCast(SIG_IGN, to: Int.self)
            if let handler = previous.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) == ignored {
                continue
            }
            sigaddset(&wanted, number)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var number = number
                _ = write(InterruptCleanup.writeEnd, &number, MemoryLayout<Int32>.size)
            }
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        reader.start()
    }

    private static var writeEnd: Int32 { pipeEnds[1] }
}
