import Testing

@Test func DocumentsTestsBuilds() { #expect(Bool(true)) }
