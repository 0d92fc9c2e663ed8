// swift-tools-version:6.0
import PackageDescription

/// Release builds of `curio` on Linux link the Swift runtime and Foundation statically:
/// resolving their symbols at every start was about a third of a one-shot `curio match`
/// (`curio --help` 21 ms -> 12 ms). Debug builds and `swift test` keep the shared libraries.
///
/// `-static-stdlib` alone leaves Foundation's own static dependencies out (the modules were
/// compiled against the shared SDK, whose autolink entries do not name them), so they are
/// listed; lld resolves them in any order, where the default linker wanted them after their
/// users. The names are those of the Swift 6 Linux toolchain's `usr/lib/swift_static`.
let staticRuntime = [
    "-static-stdlib", "-use-ld=lld",
    "-lFoundationEssentials", "-lFoundationInternationalization", "-l_FoundationICU", "-l_FoundationCShims",
    "-l_FoundationCollections", "-lCoreFoundation", "-lswiftSynchronization",
]

let package = Package(
    name: "Curio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "curio", targets: ["curio"]),
        .library(name: "CurioCore", targets: ["CurioCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Pure logic: matcher, dialogue engine, recommender, loading of dialogues/.
        .target(name: "CurioCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Case records and the turn journal in SQLite.
        .target(name: "CurioStore", dependencies: [
            "CurioCore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The Unix-socket server: JSON-lines codec, session registry.
        .target(name: "CurioServer", dependencies: [
            "CurioCore", "CurioStore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // GNU Readline, found through pkg-config.
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // The socket client, the REPL and terminal rendering.
        .target(name: "CurioClient", dependencies: ["CurioCore", "CReadline"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "curio",
            dependencies: [
                "CurioCore", "CurioStore", "CurioServer", "CurioClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]
        ),
        // The shipped knowledge, loaded once for every test target in the test process.
        .target(name: "CurioTestSupport", dependencies: ["CurioCore"], path: "Tests/CurioTestSupport"),
        .testTarget(name: "CurioCoreTests", dependencies: ["CurioCore", "CurioTestSupport"]),
        .testTarget(name: "CurioStoreTests", dependencies: ["CurioStore", "CurioTestSupport"]),
        .testTarget(name: "CurioServerTests", dependencies: [
            "CurioServer", "CurioTestSupport", .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        .testTarget(name: "CurioClientTests", dependencies: ["CurioClient"]),
        .testTarget(name: "CurioTests", dependencies: ["curio", "CurioCore", "CurioServer", "CurioClient", "CurioStore", "CurioTestSupport"]),
    ]
)
