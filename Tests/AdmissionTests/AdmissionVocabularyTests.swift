import Testing
@testable import Admission
@testable import Documents

/// The names an AdmissionReview repeats are shared with the parser's vocabulary, not built.
@Suite struct AdmissionVocabularyTests {
    let names = JSONVocabulary.admissionReviewNames

    /// Every name fits the table (16 to 32 plain ASCII bytes, at most 48): none is left out.
    @Test func everyNameIsInTheTable() {
        #expect(JSONVocabulary.admissionReviews.entries.count == names.count)
        #expect(Set(JSONVocabulary.admissionReviews.entries.map(\.string)) == Set(names))
    }

    /// A decoded review's apiVersion, kind and group are the vocabulary's own strings.
    @Test func aDecodedReviewSharesTheNames() throws {
        let body = #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","#
            + #""kind":{"group":"external-secrets.io","version":"v1","kind":"ClusterSecretStore"},"operation":"CREATE","#
            + #""object":{"apiVersion":"external-secrets.io/v1","kind":"ClusterSecretStore","metadata":{"name":"s"}}}}"#
        let request = try AdmissionRequest.decode(Array(body.utf8))
        let object = try #require(request.object)
        for (parsed, name) in [(object["apiVersion"]?.string, "external-secrets.io/v1"),
                               (object["kind"]?.string, "ClusterSecretStore")] {
            let shared = try #require(names.first { $0 == name })
            let value = try #require(parsed)
            #expect(value == name)
            #expect(SmallASCII.words(of: value) == SmallASCII.words(of: shared), "\(name) was built, not shared")
        }
    }
}
