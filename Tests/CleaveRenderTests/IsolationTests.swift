import CleaveCore
import Foundation
import Testing

@testable import CleaveRender

/// Renders in a child process: Graphviz 2.42's aborts and endless layouts fail one map
/// with a clear error while the caller, and the other maps, carry on.
@Suite(
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: Fixtures.executable.path),
        "needs the cleave executable beside the tests (swift build builds it)"))
struct IsolationTests {
    /// Two clusters, each with a `rank=same` chain, joined by two parallel
    /// `constraint=false` edges: Graphviz 2.42 fails an assertion in `merge_chain` and aborts.
    static let aborting = """
        digraph G {
          subgraph cluster_a { {rank=same; a1 -> a2 -> a3} }
          subgraph cluster_b { {rank=same; b1 -> b2 -> b3} }
          a3 -> b1 [constraint=false];
          a3 -> b1 [constraint=false];
        }
        """
    /// The same shape with the two edges crossing between the chains' middles: dot loops forever.
    static let endless = """
        digraph G {
          subgraph cluster_a { {rank=same; a1 -> a2 -> a3} }
          subgraph cluster_b { {rank=same; b1 -> b2 -> b3} }
          a2 -> b2 [constraint=false];
          b2 -> a2 [constraint=false];
        }
        """

    var renderer: IsolatedRenderer {
        IsolatedRenderer(
            executable: Fixtures.executable, workerCommand: ["_render-worker"], limits: RenderLimits(seconds: 60))
    }

    @Test func aGraphThatAbortsGraphvizIsAnErrorNamingTheView() {
        #expect {
            _ = try renderer.render(dot: Self.aborting, layout: .dot, format: .svg, view: "option:crashy")
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.kind == .crashed && error.view == "option:crashy"
                && error.description.hasPrefix("cannot render view 'option:crashy': Graphviz crashed")
                && error.message.contains("SIGABRT")
        }
        // Still here: render something else in this process and in a child.
        #expect(throws: Never.self) {
            _ = try GraphvizRenderer.shared.render(dot: "digraph { a }", layout: .dot, format: .svg)
        }
        #expect(throws: Never.self) {
            _ = try renderer.render(dot: "digraph { a }", layout: .dot, format: .svg, view: "ok")
        }
    }

    @Test func anEndlessLayoutIsKilledAtTheWallClockLimit() {
        let quick = IsolatedRenderer(
            executable: Fixtures.executable, workerCommand: ["_render-worker"],
            limits: RenderLimits(seconds: 2, cpuSeconds: 30))
        #expect {
            _ = try quick.render(dot: Self.endless, layout: .dot, format: .svg, view: "estate")
        } throws: { error in
            (error as? RenderError)?.kind == .timedOut && (error as? RenderError)?.view == "estate"
        }
    }

    @Test func theCPULimitStopsAnEndlessLayoutToo() {
        let limited = IsolatedRenderer(
            executable: Fixtures.executable, workerCommand: ["_render-worker"],
            limits: RenderLimits(seconds: 60, cpuSeconds: 1))
        #expect {
            _ = try limited.render(dot: Self.endless, layout: .dot, format: .svg, view: "areas")
        } throws: { error in
            (error as? RenderError)?.kind == .cpuLimit
        }
    }

    @Test func graphvizErrorsComeBackFromTheChild() {
        #expect {
            _ = try renderer.render(dot: "digraph { a -> }", layout: .dot, format: .svg, view: "estate")
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.kind == .graphviz && error.message.contains("syntax error")
        }
    }

    @Test func outputIsTheImageBytes() throws {
        let png = try renderer.render(dot: "digraph { a -> b }", layout: .dot, format: .png, view: "x")
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try renderer.render(dot: "digraph { a -> b }", layout: .dot, format: .pdf, view: "x")
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func aPoolFinishesTheOtherMapsWhenOneCrashes() throws {
        let good = DOTWriter(layout: .dot).write(try EstateView().diagram(Fixtures.context(Fixtures.council)))
        let jobs = [
            RenderPool.Job(view: "estate", dot: good, layout: .dot),
            RenderPool.Job(view: "option:bad", dot: Self.aborting, layout: .dot),
            RenderPool.Job(view: "areas", dot: good, layout: .dot),
            RenderPool.Job(view: "plan:p", dot: good, layout: .dot),
        ]
        let results = RenderPool(renderer: renderer, workers: 2).render(jobs, format: .svg)
        #expect(results.count == 4)
        #expect((try? results[0].get()) != nil)
        #expect((try? results[2].get()) != nil)
        #expect((try? results[3].get()) != nil)
        guard case .failure(let error) = results[1] else {
            Issue.record("the aborting map rendered")
            return
        }
        #expect(error.kind == .crashed && error.view == "option:bad")
    }
}
