/// A growable stack for elements of containers still being parsed. Each array or
/// object pushes its elements here and, at its close, moves them off the top into
/// an array of exact capacity: one allocation per container instead of the 4–5 an
/// appending array regrows through, and no retain/release for the move (the
/// element types are bitwise-movable).
///
/// Indices are the parser's own counts, never values read from input.
struct ScratchStack<Element>: ~Copyable {
    // A ManagedBuffer, not `UnsafeMutablePointer.allocate`: the latter takes the
    // runtime's aligned-allocation path (posix_memalign), several times dearer than malloc.
    private var buffer: ManagedBuffer<Void, Element>
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 32) {
        (buffer, storage, self.capacity) = Self.allocate(max(capacity, 1))
    }

    deinit {
        storage.deinitialize(count: count)
    }

    private static func allocate(_ capacity: Int) -> (ManagedBuffer<Void, Element>, UnsafeMutablePointer<Element>, Int) {
        let buffer = ManagedBuffer<Void, Element>.create(minimumCapacity: capacity) { _ in }
        let storage = buffer.withUnsafeMutablePointerToElements { $0 }  // valid while `buffer` lives
        return (buffer, storage, capacity)
    }

    @inline(__always)
    mutating func push(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    subscript(i: Int) -> Element {
        _read {  // not a copy: reading one field of an element retains nothing
            precondition(i >= 0 && i < count, "ScratchStack index out of range")
            yield storage[i]
        }
    }

    /// Removes the elements from `start` to the top and returns them as an array.
    mutating func popArray(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "ScratchStack start out of range")
        let n = count - start
        if n == 0 { return [] }
        // `Array(unsafeUninitializedCapacity:)` would look up generic metadata on
        // every call; reserving then appending moved elements stays specialized.
        var result: [Element] = []
        result.reserveCapacity(n)
        for i in start..<count { result.append((storage + i).move()) }
        count = start
        return result
    }

    /// Removes the elements from `start` to the top and returns the part of each
    /// `part` takes (by moving it out).
    @inline(__always)
    mutating func popArray<Part>(from start: Int, _ part: (consuming Element) -> Part) -> [Part] {
        precondition(start >= 0 && start <= count, "ScratchStack start out of range")
        let n = count - start
        if n == 0 { return [] }
        var result: [Part] = []
        result.reserveCapacity(n)
        for i in start..<count { result.append(part((storage + i).move())) }
        count = start
        return result
    }

    private mutating func grow() {
        let (newBuffer, newStorage, newCapacity) = Self.allocate(capacity * 2)
        newStorage.moveInitialize(from: storage, count: count)
        (buffer, storage, capacity) = (newBuffer, newStorage, newCapacity)
    }
}
