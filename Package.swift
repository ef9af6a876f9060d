// swift-tools-version: 6.2
import PackageDescription

// Every target of ours builds in Swift 6 mode with warnings as errors: the
// brief asks for a build without warnings, and this keeps it that way.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
]

// The executable is position-independent, so the loader relocates ~41k pointers at start.
// gold writes 24 bytes per relocation (~1 MiB, all of it read, so resident, in every process);
// lld packs them into a bitmap of a few KiB (DT_RELR, glibc 2.36+, which bookworm has).
let packedRelocations: LinkerSetting = .unsafeFlags(
    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(platforms: [.linux]))

let package = Package(
    name: "esoguard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "esoguard", targets: ["esoguard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Function-like OpenSSL macros that Swift cannot import.
        .target(name: "CShims", dependencies: ["COpenSSL"]),

        // Logs and metrics: the lowest Swift layer, used by everything that runs.
        .target(name: "Telemetry", swiftSettings: strict),
        // The process and its host: usable CPUs (affinity, cgroup quota), /proc stats, file reads.
        .target(name: "Platform", swiftSettings: strict),
        // Sockets, TLS over OpenSSL, the HTTP/1.1 server (and later client).
        .target(name: "Transport", dependencies: ["COpenSSL", "CShims", "Telemetry", "Platform"], swiftSettings: strict),
        // YAML/JSON document tree with positions, JSON Pointer and Patch.
        .target(name: "Documents", dependencies: ["CYAML"], swiftSettings: strict),
        // Typed ESO resources, ESO-parity and schema validation.
        .target(name: "ESO", dependencies: ["Documents"], swiftSettings: strict),
        // Policy model, loading, built-in checks, evaluation and mutation.
        .target(name: "Policy", dependencies: ["Documents", "ESO", "Telemetry", "Platform"], swiftSettings: strict),
        // AdmissionReview codec and the validating/mutating handlers.
        .target(name: "Admission", dependencies: ["Documents", "ESO", "Policy", "Telemetry"], swiftSettings: strict),
        // X.509 CA and serving certificates through OpenSSL.
        .target(name: "PKI", dependencies: ["COpenSSL", "CShims", "Platform"], swiftSettings: strict),
        // Webhook configurations and other install manifests.
        .target(name: "Install", dependencies: ["Documents"], swiftSettings: strict),
        // Offline validation of manifest trees and policy test suites.
        .target(name: "Offline", dependencies: ["Documents", "ESO", "Policy", "Admission", "Platform"], swiftSettings: strict),
        // The webhook server: routes, readiness, reloads, wiring of the above.
        .target(name: "Webhook", dependencies: ["Transport", "Telemetry", "Documents", "Admission", "Policy", "Platform"], swiftSettings: strict),
        // The command line, thin.
        .executableTarget(
            name: "esoguard",
            dependencies: [
                "Webhook", "Offline", "PKI", "Install", "Telemetry", "Platform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            linkerSettings: [packedRelocations]
        ),

        // Shared helpers for tests: locating the binary, spawning processes, ports.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "TransportTests", dependencies: ["Transport", "Telemetry", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ESOTests", dependencies: ["ESO", "Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "PolicyTests", dependencies: ["Policy", "ESO", "Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "AdmissionTests", dependencies: ["Admission", "Policy", "ESO", "Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "PKITests", dependencies: ["PKI", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "InstallTests", dependencies: ["Install", "Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "OfflineTests", dependencies: ["Offline", "Documents", "TestSupport"], swiftSettings: strict),
        // Drives the built `esoguard` binary with real peers (curl, openssl, kubectl).
        .testTarget(name: "EndToEndTests", dependencies: ["Documents", "TestSupport"], swiftSettings: strict),
    ]
)

// libFuzzer targets for the document loaders, built only by `.ci/fuzz`
// (ESOGUARD_FUZZ=1 swift build --sanitize fuzzer --scratch-path .build-fuzz).
if Context.environment["ESOGUARD_FUZZ"] == "1" {
    package.targets += ["FuzzYAML", "FuzzJSON"].map { name in
        .executableTarget(name: name, dependencies: ["Documents"], path: "Tests/Fuzz/Sources/\(name)",
                          swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])])
    }
    // The HTTP/1.1 request parser: no crash, and no dependence on read boundaries.
    package.targets.append(.executableTarget(name: "FuzzHTTP", dependencies: ["Transport"], path: "Tests/Fuzz/Sources/FuzzHTTP",
                                             swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])]))
    // AdmissionReview handling end to end: decode, every check, encode, patch idempotence.
    package.targets.append(.executableTarget(name: "FuzzAdmission", dependencies: ["Admission", "Policy", "Documents"],
                                             path: "Tests/Fuzz/Sources/FuzzAdmission",
                                             swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])]))
}

// JSON parse/serialise benchmark against Foundation, built only by bench/run (ESOGUARD_BENCH=1).
if Context.environment["ESOGUARD_BENCH"] == "1" {
    package.targets.append(.executableTarget(name: "JSONBench", dependencies: ["Documents"],
                                             path: "bench/Sources/JSONBench", swiftSettings: strict))
    package.targets.append(.executableTarget(name: "ValidateBench", dependencies: ["Offline", "Documents"],
                                             path: "bench/Sources/ValidateBench", swiftSettings: strict))
    package.targets.append(.executableTarget(name: "PolicyBench", dependencies: ["Policy", "Admission", "Documents"],
                                             path: "bench/Sources/PolicyBench", swiftSettings: strict))
    package.targets.append(.executableTarget(name: "StageBench", dependencies: ["Admission", "Policy", "ESO", "Documents"],
                                             path: "bench/Sources/StageBench", swiftSettings: strict))
}
