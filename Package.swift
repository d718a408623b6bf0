// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Cleave",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CleaveKit", targets: ["CleaveCore", "CleaveInventory", "CleaveReport", "CleaveRender"]),
        .executable(name: "cleave", targets: ["cleave"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web server of `cleave serve`; only CleaveServe imports it. Its default traits
        // (swift-configuration support, full Foundation) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // The Graphviz C library; only CleaveRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // libyaml, the YAML parser; only CleaveInventory imports it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc's allocator settings (`mallopt`); only the executable imports it.
        .systemLibrary(name: "CMalloc"),
        // One system call Foundation lacks: exchanging two paths in one step (a folder
        // swapped in whole); only CleaveCore imports it.
        .systemLibrary(name: "CFileSwap"),
        // Model, estate graph and analyses. Foundation (and the call above) only.
        .target(name: "CleaveCore", dependencies: ["CFileSwap"]),
        // YAML → model with source marks, validation rules, importers and exporters.
        .target(name: "CleaveInventory", dependencies: ["CleaveCore", "CLibYAML", "ZIPFoundation"]),
        // Text tables, markdown, CSV, JSON and the validation formats.
        .target(name: "CleaveReport", dependencies: ["CleaveCore"]),
        // DOT text in pure Swift and the one Graphviz caller.
        .target(name: "CleaveRender", dependencies: ["CleaveCore", "CGraphviz"]),
        // `cleave serve`: the what-if workbench, a local web server over the analyses.
        .target(
            name: "CleaveServe",
            dependencies: [
                "CleaveCore", "CleaveInventory", "CleaveReport", "CleaveRender",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .executableTarget(
            name: "cleave",
            dependencies: [
                "CleaveCore", "CleaveInventory", "CleaveReport", "CleaveRender", "CleaveServe", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: temporary folders, golden files.
        .target(name: "CleaveTestSupport", path: "Tests/CleaveTestSupport"),
        .testTarget(name: "CleaveCoreTests", dependencies: ["CleaveCore", "CleaveTestSupport"]),
        .testTarget(
            name: "CleaveInventoryTests",
            dependencies: ["CleaveInventory", "CleaveCore", "ZIPFoundation", "CleaveTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CleaveReportTests",
            dependencies: ["CleaveReport", "CleaveCore", "CleaveInventory", "CleaveTestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "CleaveRenderTests",
            dependencies: ["CleaveRender", "CleaveCore", "CleaveInventory", "CleaveTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "CleaveServeTests",
            dependencies: [
                "CleaveServe", "CleaveCore", "CleaveInventory",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(name: "CLITests", dependencies: ["CleaveCore", "CleaveTestSupport"], exclude: ["Fixtures"]),
    ]
)
