import CleaveCore
import Foundation

/// Where the CLI writes, and what it knows of the terminal: reports go to standard output,
/// diagnostics and progress to standard error.
///
/// Nothing from an inventory reaches a terminal raw. Diagnostics (standard error) always
/// have their control characters shown escaped, `\u{1B}` (`TerminalText`), except line
/// feeds, tabs and the few colour codes Cleave's findings use; so has standard output when it is a terminal, whatever the format —
/// piped or redirected, CSV, JSON and the rest are written as they are, and the text
/// formats escape their own cells.
enum Console {
    static func out(_ text: String) {
        let shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.escaped(text, keepingColours: true) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    static func error(_ text: String) {
        let shown = TerminalText.escaped(text.hasSuffix("\n") ? text : text + "\n", keepingColours: true)
        FileHandle.standardError.write(Data(shown.utf8))
    }

    /// Rewrites the progress line on standard error; nil clears it. Call only when
    /// `standardErrorIsTerminal`.
    static func progress(_ text: String?) {
        FileHandle.standardError.write(Data((text.map { "\r" + $0 } ?? "\r\u{1B}[K").utf8))
    }

    /// True when standard error is a terminal: only then is progress shown.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when output goes to a terminal and the user has not asked for no colour.
    static var colourOnStandardOutput: Bool { isatty(STDOUT_FILENO) == 1 && colourAllowed }

    static var colourOnStandardError: Bool { standardErrorIsTerminal && colourAllowed }

    private static var colourAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        return (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// The width in columns of the terminal standard output goes to: asked of the terminal,
    /// else `COLUMNS`; nil when output is not a terminal, so piped tables are never cut short.
    static var width: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }
}
