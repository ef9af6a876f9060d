import Documents
import Foundation
import Testing
import TestSupport

/// deploy/ holds copies of what kustomize cannot read from outside its tree;
/// these tests fail until `deploy/sync` has been run after a change.
@Suite struct DeploySyncTests {
    @Test(arguments: ["baseline", "restricted"])
    func policyCopiesMatchTheSources(profile: String) throws {
        let source = Repo.path("policies/\(profile)"), copy = Repo.path("deploy/policies/\(profile)")
        let fm = FileManager.default
        let isPolicy: (String) -> Bool = { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != "kustomization.yaml" }
        let sources = try fm.contentsOfDirectory(atPath: source).filter(isPolicy).sorted()
        let copies = try fm.contentsOfDirectory(atPath: copy).filter(isPolicy).sorted()
        #expect(copies == sources, "deploy/policies/\(profile) is out of date: run deploy/sync")
        for name in sources {
            #expect(fm.contentsEqual(atPath: "\(source)/\(name)", andPath: "\(copy)/\(name)"),
                    "deploy/policies/\(profile)/\(name) differs from policies/\(profile)/\(name): run deploy/sync")
        }
        let kustomization = try String(contentsOfFile: "\(copy)/kustomization.yaml", encoding: .utf8)
        let listed = try #require(try YAMLLoader.load(kustomization).first?.root[path: "configMapGenerator"]?[0]?["files"])
        #expect(Deploy.strings(listed).sorted() == sources, "deploy/policies/\(profile)/kustomization.yaml is out of date: run deploy/sync")
    }

    @Test func baseWebhooksAreTheManifestsCommandOutput() throws {
        let rendered = try Deploy.esoguard(["manifests"])
        try #require(rendered.status == 0, "\(rendered.stderr)")
        let committed = try String(contentsOfFile: Repo.path("deploy/base/webhooks.yaml"), encoding: .utf8)
        let want = try YAMLLoader.load(rendered.stdout).map(\.root)
        let have = try YAMLLoader.load(committed).map(\.root)
        #expect(want.count == 2)
        #expect(have == want, "deploy/base/webhooks.yaml differs from `esoguard manifests`: run deploy/sync")
    }
}
