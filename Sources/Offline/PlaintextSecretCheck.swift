import Documents
import ESO

/// A `v1` Secret with values in a GitOps tree: the values sit in git in
/// plaintext (base64 is not encryption), which is what ESO and Sealed Secrets
/// exist to avoid. The finding names the keys' count, never their values.
enum PlaintextSecretCheck {
    static let ruleID = "gitops.plaintextSecret"

    static func applies(apiVersion: String, kind: String) -> Bool {
        apiVersion == "v1" && kind == "Secret"
    }

    static func findings(_ root: Node) -> [Finding] {
        var result: [Finding] = []
        for member in root.members ?? [] where member.key == "data" || member.key == "stringData" {
            guard let members = member.value.members, !members.isEmpty else { continue }
            let field = member.key
            let keys = members.count == 1 ? "1 key" : "\(members.count) keys"
            result.append(Finding(
                ruleID: ruleID, severity: .warning,
                message: "Secret carries plaintext values in \(field) (\(keys)); anyone with read access to the repository can read them",
                path: field, position: member.keyPosition.isKnown ? member.keyPosition : root.position,
                hint: "store the values in a secret manager and commit an ExternalSecret that syncs them, or encrypt them (Sealed Secrets, SOPS)"))
        }
        return result
    }
}
