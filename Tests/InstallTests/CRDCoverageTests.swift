import Documents
import Foundation
import Install
import Testing
import TestSupport

/// The webhook must see every ESO kind in every version the CRDs declare,
/// including versions marked `served: false` (older ESO releases serve them).
@Suite struct CRDCoverageTests {
    struct CRD {
        var group: String
        var plural: String
        var kind: String
        var namespaced: Bool
        var versions: [String]
    }

    static func loadCRDs() throws -> [CRD] {
        let directory = Repo.sharedPath("eso/crds")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        var crds: [CRD] = []
        for file in files {
            let text = try String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8)
            for doc in try YAMLLoader.load(text, source: file) where doc.root["kind"]?.string == "CustomResourceDefinition" {
                let spec = try #require(doc.root["spec"], "\(file): no spec")
                crds.append(CRD(
                    group: spec["group"]?.string ?? "",
                    plural: spec[path: "names", "plural"]?.string ?? "",
                    kind: spec[path: "names", "kind"]?.string ?? "",
                    namespaced: spec["scope"]?.string == "Namespaced",
                    versions: spec["versions"]?.array?.compactMap { $0["name"]?.string } ?? []))
            }
        }
        return crds
    }

    @Test func rulesCoverEveryKindAndVersionInTheCRDs() throws {
        let crds = try Self.loadCRDs()
        #expect(crds.count == 6, "expected the six ESO CRDs in ../shared/eso/crds, found \(crds.map(\.kind))")
        let docs = try renderAndLoad(WebhookOptions())
        for doc in docs {
            let rules = try #require(doc["webhooks"]?[0]?["rules"]?.array)
            for crd in crds {
                #expect(!crd.versions.isEmpty)
                for version in crd.versions {
                    let matched = rules.contains { rule in
                        strings(rule["apiGroups"]).contains(crd.group)
                            && strings(rule["apiVersions"]).contains(version)
                            && strings(rule["resources"]).contains(crd.plural)
                            && rule["scope"]?.string == "*"
                    }
                    #expect(matched, "\(doc["kind"]?.string ?? ""): no rule for \(crd.plural).\(crd.group)/\(version)")
                }
            }
        }
    }

    @Test func theResourceTableMatchesTheCRDs() throws {
        let crds = try Self.loadCRDs()
        for crd in crds {
            let resource = try #require(ESOResource.all.first { $0.kind == crd.kind }, "\(crd.kind) missing from ESOResource.all")
            #expect(resource.plural == crd.plural)
            #expect(resource.namespaced == crd.namespaced)
            #expect(Set(resource.versions) == Set(crd.versions), "\(crd.kind): CRD has \(crd.versions)")
            #expect(crd.group == ESOResource.group)
        }
        #expect(Set(ESOResource.all.map(\.kind)) == Set(crds.map(\.kind)))
    }
}
