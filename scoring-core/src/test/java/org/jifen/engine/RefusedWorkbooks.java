package org.jifen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/** What the spreadsheet tests share: an outside attacker's workbook, a corpus case by name, and an upload's refusal. */
final class RefusedWorkbooks {

    private RefusedWorkbooks() {
    }

    /** An outside tester's workbook kept in the test resources' folder of its tryout, e.g. {@code attack11}, {@code clerk4}. */
    static PlanFile attackers(String tryout, String name) throws IOException {
        try (InputStream in = RefusedWorkbooks.class.getResourceAsStream(tryout + "/" + name + ".drl.xlsx")) {
            return new PlanFile(name + ".drl.xlsx", in.readAllBytes());
        }
    }

    @SuppressWarnings("unchecked")
    static Supplier<byte[]> corpus(String field) throws ReflectiveOperationException {
        return (Supplier<byte[]>) HostileCorpus.class.getField(field).get(null);
    }

    /** The problems an upload of the file alone is refused with (notes left out); fails if it is accepted. */
    static List<PlanProblem> refused(PlanFile file) {
        return refused(List.of(file));
    }

    /** The problems an upload of the files is refused with (notes left out); fails if it is accepted. */
    static List<PlanProblem> refused(List<PlanFile> files) {
        try {
            new PlanCompiler(1000).compileUpload(files);
        } catch (PlanRejected rejected) {
            return rejected.problems().stream().filter(problem -> !problem.isNote()).toList();
        }
        throw new AssertionError("the plan was accepted");
    }
}
