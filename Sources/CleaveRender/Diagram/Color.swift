import Foundation

/// An opaque sRGB colour, written as `#rrggbb`.
///
/// Colours are always chosen by code (palettes and styles), never read from the inventory.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(_ rgb: UInt32) {
        red = UInt8((rgb >> 16) & 0xFF)
        green = UInt8((rgb >> 8) & 0xFF)
        blue = UInt8(rgb & 0xFF)
    }

    /// `#rrggbb`, lower case.
    public var description: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for byte in [red, green, blue] {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    /// Relative luminance in 0...1, to pick black or white text on a fill.
    public var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let v = Double(c) / 255
            return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The colour mixed with black: `amount` 0 keeps it, 1 gives black.
    public func darkened(_ amount: Double) -> Color {
        func scale(_ c: UInt8) -> UInt32 { UInt32((Double(c) * (1 - amount)).rounded()) }
        return Color(scale(red) << 16 | scale(green) << 8 | scale(blue))
    }

    /// Black or white, whichever reads better on this colour.
    public var textColor: Color { luminance > 0.22 ? .black : .white }

    public static let black = Color(0x000000)
    public static let white = Color(0xFFFFFF)
    public static let text = Color(0x1A1A1A)
    public static let muted = Color(0x595959)
    public static let faint = Color(0xBDBDBD)
    public static let clusterFill = Color(0xF7F7F7)
    public static let clusterBorder = Color(0x9E9E9E)
}
