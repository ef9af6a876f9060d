import Documents
import Foundation
import TestSupport
import Testing

/// `Sources/ESO/Schema/CRDSchemaData.swift` is derived from the CRDs in
/// ../shared/eso/crds. This test derives it again and fails when the two differ, so the
/// embedded schemas cannot drift from the CRDs. `ESOGUARD_REGENERATE_SCHEMA=1` rewrites
/// the file instead (after a CRD update).
struct CRDSchemaSyncTests {
    static let patterns: [String: String] = [
        #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#: "dns1123Subdomain",
        #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"#: "dns1123Label",
        #"^[-._a-zA-Z0-9]+$"#: "secretKey",
        #"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$"#: "cronSchedule",
        #"^[a-z0-9-]+$"#: "lowerAlnumDash",
        #"^.*@.*\.iam\.gserviceaccount\.com$"#: "gcpServiceAccountEmail",
    ]

    static let celRules: [String: String] = [
        "has(self.storeRef) && (has(self.storeRef.name) || has(self.storeRef.labelSelector))": "storeRefNameOrSelector",
        "!has(self.remoteKey) || !has(self.rewrite) || size(self.rewrite) == 0": "remoteKeyXorRewrite",
        "(has(self.regexp) && !has(self.transform)) || (!has(self.regexp) && has(self.transform))": "exactlyOne:regexp,transform",
        "!('esoNamespace' in self) && !('esoStoreName' in self) && !('esoStoreKind' in self)": "reservedSessionTags",
        "has(self.auth) || has(self.authRef)": "atLeastOne:auth,authRef",
        "[has(self.auth),has(self.authRef)].filter(x,x==true).size() <= 1": "atMostOne:auth,authRef",
        "(has(self.secretRef) && !has(self.oidcConfig)) || (!has(self.secretRef) && has(self.oidcConfig))": "exactlyOne:secretRef,oidcConfig",
        "has(self.serviceAccountCredsSecretRef) || has(self.tokenSecretRef)": "atLeastOne:serviceAccountCredsSecretRef,tokenSecretRef",
        "[has(self.vault),has(self.environment)].filter(x,x==true).size() <= 1": "atMostOne:vault,environment",
        "[has(self.caBundle),has(self.caProvider)].filter(x,x==true).size() <= 1": "atMostOne:caBundle,caProvider",
        "[has(self.appRole),has(self.tokenSecretRef),has(self.userPass)].filter(x,x==true).size() == 1": "exactlyOne:appRole,tokenSecretRef,userPass",
        "[has(self.roleId),has(self.roleRef)].filter(x,x==true).size() == 1": "exactlyOne:roleId,roleRef",
        "(has(self.auth) && !has(self.accessToken)) || (!has(self.auth) && has(self.accessToken))": "exactlyOne:auth,accessToken",
        "(has(self.accessToken) && !has(self.oidcConfig)) || (!has(self.accessToken) && has(self.oidcConfig))": "exactlyOne:accessToken,oidcConfig",
        "has(self.token) || (has(self.username) && has(self.password))": "tokenOrUsernamePassword",
        "has(self.value) != has(self.secretRef)": "exactlyOne:value,secretRef",
    ]

    struct Unmapped: Error, CustomStringConvertible {
        var description: String
    }

    static func scalar(_ n: Node) -> String {
        n.string ?? n.number?.literal ?? n.bool.map { $0 ? "True" : "False" } ?? n.description
    }

    static func flags(_ s: Node) throws -> String {
        var out: [String] = []
        let preserve = s["x-kubernetes-preserve-unknown-fields"]?.bool == true
        if s["x-kubernetes-int-or-string"]?.bool == true {
            out.append("t=intstr")
        } else if preserve, s["type"] == nil {
            out.append("t=any")
        } else {
            out.append("t=" + (s["type"]?.string ?? "any"))
        }
        if preserve { out.append("preserve") }
        if s["nullable"]?.bool == true { out.append("nullable") }
        if let req = s["required"]?.array { out.append("req=" + req.map(scalar).joined(separator: ",")) }
        if let values = s["enum"]?.array { out.append("enum=" + values.map(scalar).joined(separator: "|")) }
        if let p = s["pattern"]?.string {
            guard let id = patterns[p] else { throw Unmapped(description: "pattern \(p) has no hand-written matcher") }
            out.append("pat=" + id)
        }
        for (key, short) in [("minLength", "minLen"), ("maxLength", "maxLen"), ("minItems", "minItems"),
                             ("maxItems", "maxItems"), ("minProperties", "minProps"), ("maxProperties", "maxProps"),
                             ("minimum", "min"), ("format", "fmt")] {
            if let v = s[key] { out.append("\(short)=\(scalar(v))") }
        }
        for rule in s["x-kubernetes-validations"]?.array ?? [] {
            let text = rule["rule"]?.string ?? ""
            guard let id = celRules[text] else { throw Unmapped(description: "CEL rule \(text) is not implemented") }
            out.append("cel=" + id)
        }
        return out.joined(separator: " ")
    }

    static func lines(_ s: Node, _ key: String, _ depth: Int, _ acc: inout [String]) throws {
        acc.append(String(repeating: " ", count: depth) + key + "\t" + (try flags(s)))
        for m in s["properties"]?.members ?? [] {
            if depth == 0, ["status", "metadata", "apiVersion", "kind"].contains(m.key) { continue }
            try lines(m.value, m.key, depth + 1, &acc)
        }
        if let items = s["items"] { try lines(items, "[]", depth + 1, &acc) }
        if let values = s["additionalProperties"], values.isObject { try lines(values, "{}", depth + 1, &acc) }
    }

    static func generate() throws -> String {
        var out = [
            "// GENERATED from the ESO CRDs in ../shared/eso/crds (ESO 2.9 line); do not edit by hand.",
            "// `CRDSchemaSyncTests` re-derives this text from the CRD files and fails when they differ;",
            "// run it with ESOGUARD_REGENERATE_SCHEMA=1 to rewrite this file.",
            "// One line per schema node: indentation = depth, `[]` = array items, `{}` = map values.",
            "", "extension CRDSchema {", "    /// (kind, apiVersion, schema text) for every version in the CRDs.",
            "    static let sources: [(kind: String, version: String, text: String)] = [",
        ]
        for file in ["externalsecrets", "clusterexternalsecrets", "secretstores", "clustersecretstores",
                     "pushsecrets", "clusterpushsecrets"] {
            let text = try String(contentsOfFile: Repo.sharedPath("eso/crds/\(file).yaml"), encoding: .utf8)
            let crd = try #require(try YAMLLoader.load(text, source: file).first).root
            let kind = try #require(crd["spec"]?["names"]?["kind"]?.string)
            for version in crd["spec"]?["versions"]?.array ?? [] {
                let schema = try #require(version["schema"]?["openAPIV3Schema"])
                var body: [String] = []
                try lines(schema, "$", 0, &body)
                out.append("        (\"\(kind)\", \"\(version["name"]?.string ?? "")\", #\"\"\"")
                out.append(body.joined(separator: "\n"))
                out.append("\"\"\"#),")
            }
        }
        out += ["    ]", "}", ""]
        return out.joined(separator: "\n")
    }

    @Test func embeddedSchemasMatchTheCRDs() throws {
        let path = Repo.path("Sources/ESO/Schema/CRDSchemaData.swift")
        let expected = try Self.generate()
        if ProcessInfo.processInfo.environment["ESOGUARD_REGENERATE_SCHEMA"] == "1" {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "CRDSchemaData.swift is stale: rerun with ESOGUARD_REGENERATE_SCHEMA=1")
    }
}
