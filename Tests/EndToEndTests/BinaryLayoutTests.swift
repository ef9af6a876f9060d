import Foundation
import Testing
import TestSupport

/// How the `esoguard` executable is linked (Package.swift's `packedRelocations`).
@Suite struct BinaryLayoutTests {
    /// The loader reads every relocation at start, so their table is resident in each process:
    /// ~41k pointer relocations took ~1 MiB of the 20 MiB budget with 24-byte entries, and a
    /// few KiB packed (DT_RELR).
    @Test(.enabled(if: Repo.which("readelf") != nil, "readelf (binutils, which the Swift toolchain needs) is missing"))
    func relativeRelocationsArePacked() throws {
        let binary = Repo.esoguardBinary
        let dynamic = try runCommand("readelf", ["--dynamic", binary])
        try #require(dynamic.status == 0, "readelf --dynamic: \(dynamic.output)")
        #expect(dynamic.stdout.contains("(RELR)"), "no DT_RELR entry: the binary was not linked with lld -z pack-relative-relocs")

        let relocations = try runCommand("readelf", ["--relocs", "--wide", binary])
        try #require(relocations.status == 0, "readelf --relocs: \(relocations.output)")
        let unpacked = relocations.stdout.split(separator: "\n").count { $0.contains("_RELATIVE") }
        #expect(unpacked == 0, "relative relocations left in 24-byte entries")
    }
}
