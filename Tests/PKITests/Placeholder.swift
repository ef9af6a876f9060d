import Testing

@Test func PKITestsBuilds() { #expect(Bool(true)) }
