import Testing

@Test func InstallTestsBuilds() { #expect(Bool(true)) }
