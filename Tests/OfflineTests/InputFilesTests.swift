import Foundation
import Testing
import TestSupport
@testable import Offline

@Suite struct InputFilesTests {
    @Test func walksDirectoriesRecursivelyInSortedOrderOverManifestExtensions() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("b.yaml", "")
        try dir.write("a.yml", "")
        try dir.write("sub/c.json", "")
        try dir.write("sub/deeper/d.yaml", "")
        try dir.write("README.md", "")
        try dir.write("kustomization.yaml.bak", "")
        try dir.write(".git/config.yaml", "")
        try dir.write(".hidden.yaml", "")
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(errors.isEmpty)
        #expect(files.map { String($0.path.dropFirst(dir.path.count + 1)) }
            == ["a.yml", "b.yaml", "sub/c.json", "sub/deeper/d.yaml"])
        #expect(files[2].isJSON)
    }

    @Test func explicitFilesAreTakenWhateverTheirNameAndStdinIsDash() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let odd = try dir.write("manifest.txt", "")
        let (files, errors) = InputFiles.collect([odd, "-"])
        #expect(errors.isEmpty)
        #expect(files.map(\.path) == [odd, "-"])
        #expect(files[1].isStandardInput)
    }

    /// A manifest (or directory) whose name is not valid UTF-8 cannot be opened through a
    /// String path: it is an input error, never skipped in silence (a CI run would pass).
    @Test func namesThatAreNotUTF8AreErrors() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("good.yaml", "")
        for raw in [Array("bad".utf8) + [0xFF] + Array(".yaml".utf8), Array("dir".utf8) + [0xFE], Array("notes".utf8) + [0xFF]] {
            let path = Array(dir.path.utf8) + [UInt8(ascii: "/")] + raw + [0]
            let made = path.withUnsafeBufferPointer { p in
                p.withMemoryRebound(to: CChar.self) { c in
                    raw.last == 0xFE ? mkdir(c.baseAddress!, 0o700) : open(c.baseAddress!, O_CREAT | O_WRONLY, 0o600)
                }
            }
            #expect(made >= 0)
            if raw.last != 0xFE { close(made) }
        }
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(files.map { String($0.path.dropFirst(dir.path.count + 1)) } == ["good.yaml"])
        #expect(errors.map { String($0.path.dropFirst(dir.path.count + 1)) }.sorted() == ["bad\u{FFFD}.yaml", "dir\u{FFFD}"])
        #expect(errors.allSatisfy { $0.message == "the file name is not valid UTF-8, so esoguard cannot open it; rename it" })
    }

    @Test func missingPathIsAnError() {
        let (files, errors) = InputFiles.collect(["/nonexistent/esoguard/x.yaml"])
        #expect(files.isEmpty)
        #expect(errors == [InputError(path: "/nonexistent/esoguard/x.yaml", message: "no such file or directory")])
    }

    @Test func symlinkLoopsAreWalkedOnce() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("a/x.yaml", "")
        try FileManager.default.createSymbolicLink(atPath: dir.file("a/loop"), withDestinationPath: dir.file("a"))
        try FileManager.default.createSymbolicLink(atPath: dir.file("a/dangling.yaml"), withDestinationPath: dir.file("nowhere"))
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(errors.isEmpty)
        #expect(files.map { String($0.path.dropFirst(dir.path.count + 1)) } == ["a/x.yaml"])
    }
}
