package org.jifen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The standard Chinese sentences (积分方案标准句式) that a plan in {@code .dslr} files can use without a DSL of its own. */
public final class StandardDsl {

    public static final String NAME = "jifen-standard.dsl";

    private StandardDsl() {
    }

    public static PlanFile file() {
        try (InputStream in = StandardDsl.class.getResourceAsStream(NAME)) {
            if (in == null) {
                throw new IllegalStateException(NAME + " is missing from the build");
            }
            return new PlanFile(NAME, in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
