// swift-tools-version: 6.1
// libFuzzer targets over Cleave's library. Built by `make fuzz` with
// `-sanitize=fuzzer,address` (and undefined-behaviour checks where the toolchain has them);
// kept out of the main package so a plain `swift build` never needs the sanitizers.
import PackageDescription

let package = Package(
    name: "CleaveFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cleave", path: "..")],
    targets: [
        // libFuzzer's driver, shared by every target.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzSupport", .product(name: "CleaveKit", package: "Cleave")]),
        .executableTarget(name: "FuzzDOT", dependencies: ["FuzzSupport", .product(name: "CleaveKit", package: "Cleave")]),
        .executableTarget(
            name: "FuzzArchiMate", dependencies: ["FuzzSupport", .product(name: "CleaveKit", package: "Cleave")]),
        .executableTarget(name: "FuzzSheet", dependencies: ["FuzzSupport", .product(name: "CleaveKit", package: "Cleave")]),
    ]
)
