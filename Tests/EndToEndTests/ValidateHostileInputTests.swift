import Foundation
import Testing
import TestSupport

/// Hostile and broken inputs through the CLI: each ends with exit 2 and a clear
/// message naming the file, quickly, never a crash or a hang.
@Suite struct ValidateHostileInputTests {
    static let aliasBomb = """
        a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]

        """

    static let cases: [(name: String, bytes: [UInt8], positioned: Bool)] = [
        ("deep-flow.yaml", Array(String(repeating: "[", count: 100_000).utf8), true),
        ("deep-block.yaml", Array((0..<2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined().utf8), true),
        ("alias-bomb.yaml", Array(aliasBomb.utf8), true),
        ("huge-string.yaml", Array(("apiVersion: v1\nkind: Secret\nmetadata: {name: \"" + String(repeating: "x", count: 9 << 20) + "\"}\n").utf8), true),
        ("invalid-utf8.yaml", Array("apiVersion: v1\nkind: Secret\nmetadata: {name: \"".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array("\"}\n".utf8), false),
        ("truncated.yaml", Array("apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: x, namespace: y\nspec:\n  data: [{secretKey: a, remoteRef: {key: \"b".utf8), true),
        ("truncated.json", Array(#"{"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "spec": {"data": [{"#.utf8), true),
        ("nul.yaml", Array("apiVersion: v1\n".utf8) + [0, 0, 0] + Array("kind: Secret\n".utf8), false),
    ]

    @Test(arguments: cases.map(\.name))
    func hostileInputFailsCleanly(_ name: String) throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let entry = try #require(Self.cases.first { $0.name == name })
        let path = dir.file(name)
        try Data(entry.bytes).write(to: URL(fileURLWithPath: path))
        let start = Date()
        let result = try runCommand(Repo.esoguardBinary, ["validate", path], timeout: 20)
        #expect(!result.timedOut)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(500))")
        #expect(result.stderr.hasPrefix("\(path):"), "\(result.stderr.prefix(500))")
        #expect(result.stderr.contains("error: "))
        #expect(result.stderr.utf8.count < 2_000, "the message stays short")
        if entry.positioned {
            let pattern = "^" + NSRegularExpression.escapedPattern(for: path) + #":\d+:\d+: error: "#
            #expect(result.stderr.range(of: pattern, options: .regularExpression) != nil, "\(result.stderr.prefix(500))")
        }
    }

    @Test func inputOverTheSizeLimitIsRefusedUnread() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.file("big.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: 33 << 20).write(to: URL(fileURLWithPath: path))
        let result = try runCommand(Repo.esoguardBinary, ["validate", path], timeout: 20)
        #expect(result.status == 2)
        #expect(result.stderr == "\(path): error: input is larger than the 32 MiB limit\n")
    }

    @Test func binaryOnStdinIsReported() throws {
        let result = try runCommand(Repo.esoguardBinary, ["validate", "-"], stdin: "\u{0}\u{1}\u{2}binary", timeout: 20)
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("-:"))
    }
}
