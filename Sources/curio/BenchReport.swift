import Foundation

/// Percentiles of round trips, printed in microseconds.
struct BenchLatencies {
    let sorted: [Int64]

    init(_ nanoseconds: [Int64]) { sorted = nanoseconds.sorted() }

    func percentile(_ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
        return Double(sorted[max(0, index)]) / 1000
    }

    var p50: Double { percentile(0.50) }
    var p99: Double { percentile(0.99) }
    var p999: Double { percentile(0.999) }

    var line: String {
        String(format: "p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs (%d turns)", p50, p99, p999, sorted.count)
    }
}
