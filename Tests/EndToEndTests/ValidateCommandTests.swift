import Foundation
import Testing
import TestSupport

/// `esoguard validate` through the built binary: exit codes, formats, stdin, directories.
@Suite struct ValidateCommandTests {
    static let store = """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata:
          name: aws
          namespace: team-a
        spec:
          provider:
            aws:
              service: SecretsManager
              region: eu-west-1
              auth:
                jwt:
                  serviceAccountRef:
                    name: team-a-sa

        """
    static let secret = """
        apiVersion: v1
        kind: Secret
        metadata: {name: db, namespace: team-a}
        stringData:
          password: correct-horse-battery

        """

    func validate(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        let result = try runCommand(Repo.esoguardBinary, ["validate"] + arguments, stdin: stdin, timeout: 30)
        #expect(!result.timedOut)
        return result
    }

    @Test func cleanManifestExitsZeroWithSummary() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("store.yaml", Self.store)
        let result = try validate([file])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout == "1 object in 1 file: 0 errors, 0 warnings, 0 infos\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func esoErrorExitsOneWithCompilerStyleLine() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("es.yaml", """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: empty, namespace: team-a}
            spec:
              secretStoreRef: {name: aws, kind: SecretStore}
              target: {name: db}

            """)
        let result = try validate([file])
        #expect(result.status == 1, "\(result.output)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.range(of: "^" + NSRegularExpression.escapedPattern(for: file)
            + #":\d+:\d+: error eso\.[A-Za-z.]+: .+ \(spec\)$"#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines.count > 1 && lines[1].hasPrefix("    hint: "))
        #expect(result.stdout.hasSuffix("1 object in 1 file: 1 error, 0 warnings, 0 infos\n"))
    }

    @Test func plaintextSecretWarnsWithoutFailingOrLeaking() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("secret.yaml", Self.secret)
        let result = try validate([file])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\(file):4:1: warning gitops.plaintextSecret: Secret carries plaintext values in stringData (1 key)"))
        #expect(!result.output.contains("correct-horse"))
    }

    @Test func stdinIsReadForDash() throws {
        let result = try validate(["-", "--format", "json"], stdin: Self.secret + "---\n" + Self.store)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["objects"] == 2)
        #expect(summary["warnings"] == 1)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["file"] as? String == "-")
    }

    @Test func directoriesAreWalkedRecursively() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("a/store.yaml", Self.store)
        try dir.write("a/b/secret.yml", Self.secret)
        try dir.write("a/b/c/notes.txt", "not a manifest: [")
        try dir.write("a/list.json", """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "external-secrets.io/v1", "kind": "ClusterSecretStore", "metadata": {"name": "x"}}]}
            """)
        let result = try validate([dir.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("3 objects in 3 files"))
        #expect(result.stdout.contains("a/b/secret.yml:4:1: warning"))
    }

    @Test func unparsableInputExitsTwoWithPositionedMessage() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let bad = try dir.write("bad.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: [x\n")
        let good = try dir.write("good.yaml", Self.secret)
        let result = try validate([bad, good])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(bad):"))
        #expect(result.stderr.range(of: #"^\S+bad\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil)
        // The readable file is still reported.
        #expect(result.stdout.contains("\(good):4:1: warning gitops.plaintextSecret"))
        #expect(result.stdout.contains("1 unreadable input"))
    }

    @Test func missingFileExitsTwo() throws {
        let result = try validate(["/nonexistent/esoguard.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == "/nonexistent/esoguard.yaml: error: no such file or directory\n")
    }

    @Test func templateMarkersAreExplained() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("doc.yaml", "{% raw %}\n" + Self.store + "{% endraw %}\n")
        let result = try validate([file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(file):1:2: error: "))
        #expect(result.stderr.contains("template marker"))
    }

    @Test func usageErrorsExitLikeArgumentParser() throws {
        let none = try validate([])
        #expect(none.status == 64)
        #expect(none.stderr.contains("Give at least one file or directory"))
        let format = try validate(["--format", "xml", "x.yaml"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("--format"))
    }

    @Test func everyFormatIsParseableOutput() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let file = try dir.write("s.yaml", Self.secret + "---\n" + Self.store)
        for format in ["json", "sarif"] {
            let result = try validate(["--format", format, file])
            #expect(result.status == 0)
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(format)")
        }
        let junit = try validate(["--format", "junit", file])
        #expect(junit.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"))
        #expect(junit.stdout.contains("<testcase name=\"Secret team-a/db\""))
    }
}
