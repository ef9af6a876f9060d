import Documents
@testable import ESO
import Foundation
import Testing

/// The cheap paths of validation (lazy field paths, per-kind schema building, byte-level
/// length and pattern checks, pairwise duplicate keys, in-place duration parsing) must
/// give exactly what the straightforward code gave.
struct ESOFastPathTests {
    // MARK: - Field paths rendered on demand

    @Test func lazyLocationsRenderLikeESOPath() {
        let spec = FieldLocation("spec")
        #expect(spec.path == "spec")
        let deep = spec.member("data").index(3).member("remoteRef").key("app.kubernetes.io/name").member("x")
        let eager = ESOPath.member(ESOPath.key(ESOPath.member(ESOPath.index(ESOPath.member("spec", "data"), 3),
                                                              "remoteRef"), "app.kubernetes.io/name"), "x")
        #expect(deep.path == eager)
        #expect(deep.path == "spec.data[3].remoteRef[app.kubernetes.io/name].x")
        // An empty base: ESOPath drops the dot before the first member but not before an index.
        #expect(FieldLocation("").member("spec").path == "spec")
        #expect(FieldLocation("").index(0).member("a").path == "[0].a")
        // Long paths (heap strings) and non-ASCII keys.
        var long = FieldLocation("spec")
        var expected = "spec"
        for i in 0..<40 {
            long = long.member("kéy\(i)")
            expected = ESOPath.member(expected, "kéy\(i)")
        }
        #expect(long.path == expected)
    }

    @Test func viewsAndFieldsKeepTheirPathAPI() throws {
        let root = try yaml("provider: {aws: {auth: {jwt: {serviceAccountRef: {name: a}}}, region: eu-west-1}}")
        let spec = SecretStoreSpec(node: root, path: "spec")
        #expect(spec.path == "spec")
        let aws = try #require(spec.provider?.aws)
        #expect(aws.path == "spec.provider.aws")
        #expect(aws.auth?.jwtServiceAccountRef?.path == "spec.provider.aws.auth.jwt.serviceAccountRef")
        var region = try #require(aws.field("region"))
        #expect(region.path == "spec.provider.aws.region")
        region.path = "elsewhere"
        #expect(region.path == "elsewhere")
        #expect(Field(node: region.node, path: "x.y").path == "x.y")
        let list = try yaml("conditions: [{namespaceRegexes: [a, b]}, 3, {namespaces: [x]}]")
        let conditions = SecretStoreSpec(node: list, path: "spec").conditions
        #expect(conditions.map(\.path) == ["spec.conditions[0]", "spec.conditions[2]"])
        #expect(conditions[0].namespaceRegexFields.map(\.path)
            == ["spec.conditions[0].namespaceRegexes[0]", "spec.conditions[0].namespaceRegexes[1]"])
    }

    @Test func storeFindingsCarryRenderedPaths() throws {
        let f = try findings(store("aws: {service: SecretsManager, region: \"eu west\", auth: {secretRef: {accessKeyIDSecretRef: {name: k, key: id}}}}"))
        #expect(f.map { "\($0.ruleID) \($0.path)" } == [
            "eso.store.aws.region spec.provider.aws.region",
        ])
        let ns = try findings(store("aws: {service: SecretsManager, region: eu-west-1, auth: {secretRef: {accessKeyIDSecretRef: {name: k, key: id, namespace: other}}}}",
                                    kind: "SecretStore", namespace: "team-a"))
        let hit = try #require(ns.first { $0.ruleID == "eso.store.secretRef.namespace" })
        #expect(hit.path == "spec.provider.aws.auth.secretRef.accessKeyIDSecretRef.namespace")
        #expect(hit.severity == .error)
        #expect(hit.message.contains("(\"other\" is not \"team-a\")"))
        let css = try findings(store("kubernetes: {server: {caBundle: Zm9v}, auth: {token: {bearerToken: {name: t, key: k}}}}"))
        let cluster = try #require(css.first { $0.ruleID == "eso.store.secretRef.namespace" })
        #expect(cluster.path == "spec.provider.kubernetes.auth.token.bearerToken.namespace")
        #expect(cluster.message == "cluster scope requires namespace")
    }

    @Test func providerCountIgnoresNullAndUnknownKeys() throws {
        let none = try findings(store("aws: null\nnotAProvider: {}"))
        #expect(none.contains { $0.ruleID == "eso.store.provider" && $0.message == "store does not have a provider" })
        let two = try findings(store("vault: {server: https://v, path: s, auth: {tokenSecretRef: {name: t, key: k, namespace: n}}}\nfake: {data: []}\nbogus: {}"))
        let hit = try #require(two.first { $0.ruleID == "eso.store.provider" })
        #expect(hit.message == "store must have exactly one provider, found 2: vault, fake")
    }

    // MARK: - Schemas built per kind and version

    @Test(arguments: ESOKind.allCases)
    func everyKindAndVersionHasItsSchemaOnFirstUse(_ kind: ESOKind) throws {
        for version in ESOAPIVersion.allCases {
            let schema = CRDSchema.schema(kind: kind, version: version)
            if kind.versions.contains(version) {
                let root = try #require(schema, "\(kind) \(version)")
                #expect(root.type == .object)
                #expect(root.property("spec") != nil)
                #expect(CRDSchema.schema(kind: kind, version: version) === root, "built once")
                // The shipped text round-trips through the parser to the same tree shape.
                let text = try #require(CRDSchema.text(kind, version))
                let lines = text.split(separator: "\n").count
                #expect(Self.count(root) == lines)
            } else {
                #expect(schema == nil)
            }
        }
    }

    @Test func clusterSecretStoreSharesSecretStoreTree() {
        for version in [ESOAPIVersion.v1, .v1beta1] {
            let ss = CRDSchema.schema(kind: .secretStore, version: version)
            #expect(ss != nil)
            #expect(CRDSchema.schema(kind: .clusterSecretStore, version: version) === ss)
        }
    }

    @Test func schemaLinesParseEveryFlag() throws {
        let root = try #require(CRDSchema.parse("""
            $\tt=object
             spec\tt=object req=a,b,zz minProps=1 maxProps=3 cel=atMostOne:a,b cel=atLeastOne:a,b
              a\tt=string enum=X||Y pat=dns1123Label minLen=2 maxLen=9 fmt=byte
              b\tt=integer min=3 fmt=int32
              c\tt=array minItems=1 maxItems=2
               []\tt=intstr nullable
              d\tpreserve
              e\tt=object
               {}\tt=boolean
            """))
        let spec = try #require(root.property("spec"))
        #expect(spec.required == ["a", "b", "zz"])
        #expect(spec.requiredMask == nil, "zz is required but not declared")
        #expect(spec.minProperties == 1 && spec.maxProperties == 3)
        #expect(spec.rules == [.atMostOne(["a", "b"]), .atLeastOne(["a", "b"])])
        #expect(spec.properties.map(\.key) == ["a", "b", "c", "d", "e"])
        let a = try #require(spec.property("a"))
        #expect(a.enumValues == ["X", "", "Y"])
        #expect(a.pattern == .dns1123Label && a.minLength == 2 && a.maxLength == 9 && a.isByteFormat)
        let b = try #require(spec.property("b"))
        #expect(b.type == .integer && b.minimum == 3 && b.isInt32Format && !b.isByteFormat)
        let c = try #require(spec.property("c"))
        #expect(c.minItems == 1 && c.maxItems == 2 && c.items?.type == .intOrString && c.items?.nullable == true)
        #expect(spec.property("d")?.type == .any && spec.property("d")?.preserveUnknown == true)
        #expect(spec.property("e")?.additionalProperties?.type == .boolean)
        #expect(spec.property("zz") == nil)
    }

    static func count(_ node: SchemaNode) -> Int {
        1 + node.properties.reduce(0) { $0 + count($1.node) } + (node.items.map(count) ?? 0)
            + (node.additionalProperties.map(count) ?? 0)
    }

    // MARK: - Schema checks

    @Test func missingRequiredFieldsComeBeforeTheMembersFindings() throws {
        let f = try findings(externalSecret("data:\n- {bogus: 1, remoteRef: {key: 7, property: x}}"))
        #expect(f.map { "\($0.ruleID) \($0.path)" } == [
            "schema.required spec.data[0].secretKey",
            "schema.unknownField spec.data[0].bogus",
            "schema.type spec.data[0].remoteRef.key",
        ])
        #expect(f.first?.hint == "add `secretKey:` under spec.data[0]")
    }

    @Test func requiredFieldsPresentButNullCountAsPresent() throws {
        let f = try findings(externalSecret("data:\n- {secretKey: null, remoteRef: {key: null}}"))
        #expect(!f.contains { $0.ruleID == "schema.required" })
    }

    @Test func bigObjectsLookUpPropertiesByKey() throws {
        // spec.provider has ~45 properties: looked up through the index, with suggestions.
        let f = try findings(store("aws: {region: eu-west-1}\nvualt: {server: x}"))
        let hit = try #require(f.first { $0.ruleID == "schema.unknownField" })
        #expect(hit.path == "spec.provider.vualt")
        #expect(hit.hint == "did you mean \"vault\"?")
        #expect(!f.contains { $0.path == "spec.provider.aws" })
    }

    @Test func lengthsCountCharactersNotBytes() throws {
        func lengthFindings(_ value: String) throws -> [String] {
            try findings(externalSecret("data:\n- {secretKey: \"\(value)\", remoteRef: {key: k}}"))
                .filter { $0.ruleID.hasSuffix("Length") }.map(\.message)
        }
        // 130 two-byte characters: 260 bytes but within maxLength 253.
        #expect(try lengthFindings(String(repeating: "é", count: 130)) == [])
        #expect(try lengthFindings(String(repeating: "é", count: 253)) == [])
        #expect(try lengthFindings(String(repeating: "é", count: 254)) == ["must be at most 253 characters long, is 254"])
        #expect(try lengthFindings(String(repeating: "a", count: 254)) == ["must be at most 253 characters long, is 254"])
        #expect(try lengthFindings(String(repeating: "𝄞", count: 70)) == [])
        #expect(try lengthFindings("") == ["must not be empty"])
        #expect(try lengthFindings("é") == [])
    }

    @Test func minimumLengthAboveOneCountsScalars() throws {
        let schema = try #require(CRDSchema.parse("$\tt=object\n spec\tt=object\n  a\tt=string minLen=3 maxLen=4"))
        func messages(_ value: String) -> [String] {
            SchemaValidator.validate(Node.object(["spec": .object(["a": .string(value)])]), schema: schema)
                .map(\.message)
        }
        #expect(messages("ab") == ["must be at least 3 characters long"])
        #expect(messages("éé") == ["must be at least 3 characters long"])  // 4 bytes, 2 characters
        #expect(messages("éèê") == [])  // 6 bytes, 3 characters
        #expect(messages("𝄞𝄞𝄞𝄞") == [])  // 16 bytes, 4 characters
        #expect(messages("abcde") == ["must be at most 4 characters long, is 5"])
        #expect(messages("ééééé") == ["must be at most 4 characters long, is 5"])
    }

    /// The hand-written matchers agree with the CRDs' regular expressions on every short
    /// string over an alphabet that exercises each rule (no newlines: ICU's `$` differs there).
    @Test(arguments: [PatternKind.dns1123Subdomain, .dns1123Label, .secretKey, .lowerAlnumDash])
    func patternsMatchTheirRegex(_ kind: PatternKind) throws {
        let regex = try NSRegularExpression(pattern: kind.regex)
        let alphabet: [Character] = ["a", "z", "0", "-", ".", "_", "A", "é"]
        var strings = [""]
        var frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { s in alphabet.map { s + String($0) } }
            strings += frontier
        }
        for s in strings {
            let expected = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
            #expect(kind.matches(s) == expected, "\(kind) \"\(s)\"")
        }
    }

    @Test func gcpServiceAccountEmailPattern() {
        let p = PatternKind.gcpServiceAccountEmail
        #expect(p.matches("eso@project.iam.gserviceaccount.com"))
        #expect(p.matches("@.iam.gserviceaccount.com"))
        #expect(!p.matches(".iam.gserviceaccount.com"))
        #expect(!p.matches("eso@project.iam.gserviceaccount.co"))
        #expect(!p.matches("eso@project.iam.gserviceaccount.com\n"))
        #expect(!p.matches("project.iam.gserviceaccount.com"))
        #expect(p.matches("é@x.iam.gserviceaccount.com"))
    }

    // MARK: - Rules

    @Test func duplicateKeysPairwiseAndHashedAgree() throws {
        func duplicates(_ keys: [String]) throws -> [String] {
            let data = keys.map { "- {secretKey: \($0), remoteRef: {key: k}}" }.joined(separator: "\n")
            return try findings(externalSecret("data:\n" + data)).filter { $0.ruleID == "eso.data.duplicateKey" }
                .map { "\($0.path) \($0.message)" }
        }
        let small = ["a", "b", "a", "c", "b", "a"]
        #expect(try duplicates(small) == [
            "spec.data[2].secretKey duplicate secretKey found: a",
            "spec.data[4].secretKey duplicate secretKey found: b",
            "spec.data[5].secretKey duplicate secretKey found: a",
        ])
        // Above 16 entries a set is used: same findings.
        let big = (0..<20).map { "k\($0 % 7)" }
        let got = try duplicates(big)
        #expect(got.count == 13)
        #expect(got.first == "spec.data[7].secretKey duplicate secretKey found: k0")
        #expect(got.last == "spec.data[19].secretKey duplicate secretKey found: k5")
        #expect(try duplicates((0..<17).map { "u\($0)" }) == [])
    }

    @Test func durationsParseInPlaceAndAsScalars() {
        func parse(_ s: String) -> String {
            switch GoDuration.parse(s) {
            case .success(let d): return String(d.nanoseconds)
            case .failure(let e): return e.message
            }
        }
        #expect(parse("1h30m") == "5400000000000")
        #expect(parse("1.5s") == "1500000000")
        #expect(parse("300ms") == "300000000")
        #expect(parse("2us") == "2000")
        #expect(parse("2\u{00B5}s") == "2000")  // non-ASCII: the scalar path
        #expect(parse("2\u{03BC}s") == "2000")
        #expect(parse("7ns") == "7")
        #expect(parse("-2m") == "-120000000000")
        #expect(parse("+0") == "0")
        #expect(parse("0") == "0")
        #expect(parse("1x") == "time: unknown unit \"x\" in duration \"1x\"")
        #expect(parse("1µx") == "time: unknown unit \"µx\" in duration \"1µx\"")
        #expect(parse("1mss") == "time: unknown unit \"mss\" in duration \"1mss\"")
        #expect(parse("1") == "time: missing unit in duration \"1\"")
        #expect(parse("") == "time: invalid duration \"\"")
        #expect(parse("é") == "time: invalid duration \"é\"")
        #expect(parse("9223372036854775807ns") == "9223372036854775807")
        #expect(parse("9223372036854775808ns") == "time: invalid duration \"9223372036854775808ns\"")
        #expect(parse("-9223372036854775808ns") == "-9223372036854775808")
    }

    // MARK: - Identification and store conditions

    @Test func kindsAndVersionsAreIdentifiedByExactName() {
        for kind in ESOKind.allCases {
            #expect(ESOKind(named: kind.rawValue) == kind)
            // Same length, one byte different; and a prefix.
            #expect(ESOKind(named: String(kind.rawValue.dropLast()) + "X") == nil)
            #expect(ESOKind(named: String(kind.rawValue.dropLast())) == nil)
            for version in ESOAPIVersion.allCases {
                #expect(kind.declares(version) == kind.versions.contains(version))
            }
        }
        for version in ESOAPIVersion.allCases {
            #expect(ESOAPIVersion(named: version.rawValue) == version)
            #expect(ESOAPIVersion(named: version.rawValue.uppercased()) == nil)
        }
        #expect(ESOKind(named: "") == nil && ESOAPIVersion(named: "") == nil)
        #expect(ESOAPIVersion(named: "external-secrets.io/v2") == nil)
        let push = Node.object(["apiVersion": .string("external-secrets.io/v1"), "kind": .string("PushSecret")])
        #expect(ESOObject.identify(push) == nil)
        let es = Node.object(["apiVersion": .string("external-secrets.io/v1beta1"), "kind": .string("ExternalSecret")])
        #expect(ESOObject.identify(es).map { "\($0.0) \($0.1)" } == "externalSecret v1beta1")
    }

    @Test func conditionsCountOnlyObjectEntriesAndKeepSourceIndexes() throws {
        let f = try findings(store("fake: {data: [{key: a, value: b}]}", kind: "SecretStore", namespace: "team-a",
                                   extra: "conditions: [3, {namespaceRegexes: [7, \"(\"], namespaceSelector: {matchExpressions: [{key: k, operator: In}]}}]"))
        #expect(f.filter { $0.ruleID.hasPrefix("eso.") }.map { "\($0.ruleID) \($0.path) \($0.message)" } == [
            "eso.store.conditions.ignored spec.conditions conditions only apply to a ClusterSecretStore; a SecretStore ignores them",
            "eso.store.conditions.regex spec.conditions[1].namespaceRegexes[1] failed to compile 1th namespace regex in 0th condition: error parsing regexp: missing closing ): `(`",
            "eso.labelSelector.invalid spec.conditions[1].namespaceSelector.matchExpressions[0] operator In needs at least one value",
        ])
        let none = try findings(store("fake: {data: [{key: a, value: b}]}", kind: "SecretStore", namespace: "team-a",
                                      extra: "conditions: [3]"))
        #expect(!none.contains { $0.ruleID == "eso.store.conditions.ignored" })
    }

    @Test func awsServiceAccountReferencePath() throws {
        let f = try findings(store("aws: {service: SecretsManager, region: eu-west-1, auth: {jwt: {serviceAccountRef: {name: eso, namespace: other}}}}",
                                   kind: "SecretStore", namespace: "team-a"))
        let hit = try #require(f.first { $0.ruleID == "eso.store.serviceAccountRef.namespace" })
        #expect(hit.path == "spec.provider.aws.auth.jwt.serviceAccountRef.namespace")
        #expect(hit.severity == .error)
        let ok = try findings(store("aws: {service: SecretsManager, region: eu-west-1, auth: {jwt: {serviceAccountRef: {name: eso}}}}"))
        #expect(ok.isEmpty)
    }

    // MARK: - Lookups

    @Test func propertyLookupByFingerprintFindsExactKeys() throws {
        let long = String(repeating: "k", count: 300)
        let root = try #require(CRDSchema.parse("$\tt=object\n abcdefgX\tt=string\n abcdefgY\tt=integer\n abcdefg\tt=boolean\n é\tt=number\n " + long + "\tt=array"))
        #expect(root.property("abcdefgX")?.type == .string)
        #expect(root.property("abcdefgY")?.type == .integer)
        #expect(root.property("abcdefg")?.type == .boolean)
        #expect(root.property("é")?.type == .number)
        #expect(root.property(long)?.type == .array)
        #expect(root.property(long + "k") == nil)
        #expect(root.property(String(long.dropLast()) + "x") == nil)
        #expect(root.property("abcdefgZ") == nil)
        #expect(root.property("e") == nil)
        #expect(root.property("") == nil)
        #expect(SchemaNode.fingerprint("abcdefgX") != SchemaNode.fingerprint("abcdefg"))
    }

    @Test func nodeLookupMatchesTheSubscript() throws {
        let node = Node(.object([Member(key: "a", value: .int(1)), Member(key: "b", value: .null),
                                 Member(key: "a", value: .int(2))]))
        for key in ["a", "b", "c", ""] {
            #expect(node.value(forKey: key) == node[key], "\(key)")
        }
        #expect(node.value(forKey: "a")?.int == 1)
        #expect(Node.array([.int(1)]).value(forKey: "a") == nil)
        #expect(Node.string("a").value(forKey: "a") == nil)
    }

    @Test func externalSecretTargetRulesReadNodesFirst() throws {
        func rules(_ spec: String) throws -> [String] {
            try findings(externalSecret(spec)).filter { $0.ruleID.hasPrefix("eso.") }.map { "\($0.ruleID) \($0.path)" }
        }
        #expect(try rules(oneData + "\ntarget: {deletionPolicy: Delete, creationPolicy: Merge, template: null}") == [
            "eso.target.deletionPolicy spec.target.deletionPolicy",
        ])
        #expect(try rules(oneData + "\ntarget: {template: {type: bootstrap.kubernetes.io/token}}") == [
            "eso.template.type spec.target.template.type",
        ])
        // A non-object target is schema's business; duplicates are still checked (Retain).
        let dup = "data: [{secretKey: a, remoteRef: {key: x}}, {secretKey: a, remoteRef: {key: y}}]"
        #expect(try rules(dup + "\ntarget: 3") == ["eso.data.duplicateKey spec.data[1].secretKey"])
        #expect(try rules(dup + "\ntarget: {deletionPolicy: Delete}") == [])
        #expect(try rules(oneData + "\nrefreshInterval: 5x") == ["eso.refreshInterval.invalid spec.refreshInterval"])
        #expect(try rules(oneData + "\nrefreshInterval: -1m") == ["eso.refreshInterval.negative spec.refreshInterval"])
        #expect(try rules(oneData + "\nrefreshInterval: 7") == [])
    }

    @Test func plainStringLeavesAreSkippedButOtherValuesAreChecked() throws {
        let root = try #require(CRDSchema.parse("$\tt=object\n a\tt=string\n b\tt=string enum=X\n c\tt=intstr\n d\tt=string fmt=byte"))
        #expect(root.property("a")?.isPlainString == true)
        #expect(root.property("b")?.isPlainString == false)
        #expect(root.property("c")?.isPlainString == false)
        #expect(root.property("d")?.isPlainString == false)
        let f = try findings(externalSecret("""
            dataFrom:
            - find: {path: p, tags: {a: x, b: 1}, name: {regexp: 2}}
            - extract: {key: k, property: [x]}
            """))
        #expect(f.map { "\($0.ruleID) \($0.path)" } == [
            "schema.type spec.dataFrom[0].find.tags[b]",
            "schema.type spec.dataFrom[0].find.name.regexp",
            "schema.type spec.dataFrom[1].extract.property",
        ])
        let css = try findings(store("fake: {data: [{key: a, value: b}]}", extra: "conditions: [{namespaceRegexes: [ok, 3, null]}]"))
        #expect(css.map { "\($0.ruleID) \($0.path)" } == [
            "schema.type spec.conditions[0].namespaceRegexes[1]",
            "schema.type spec.conditions[0].namespaceRegexes[2]",
        ])
    }
}
