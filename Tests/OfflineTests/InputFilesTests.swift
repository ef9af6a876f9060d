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
