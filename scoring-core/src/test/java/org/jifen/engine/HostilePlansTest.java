package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule files are untrusted input from villages. Each plan here tries one way to do something other than award
 * points; each must be refused with its file and line, and must have done nothing (the marker file it aims to
 * write does not exist, and the JVM running this test is still alive after the ones that call System.exit).
 */
class HostilePlansTest {

    private static final String HEADER = """
            package villages.hostile;
            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            global org.jifen.rules.Awards awards;
            """;

    @TempDir
    static Path sandbox;

    static Stream<Arguments> attacks() {
        return Stream.of(
                attack("fully qualified call in a consequence", rule("Event()",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");")),
                attack("imported class constructed in a consequence", "package villages.hostile;\n"
                        + "import java.io.File;\nglobal org.jifen.rules.Awards awards;\n"
                        + "rule \"r\" when then new File(\"MARKER\").createNewFile(); end"),
                attack("static call in a condition", rule("Event( type == java.lang.System.getProperty(\"user.home\") )",
                        "awards.add(1, \"村民议事\");")),
                attack("eval with code", rule("Event()\n eval( new java.io.File(\"MARKER\").createNewFile() )",
                        "awards.add(1, \"村民议事\");")),
                attack("from with code", rule("$f : Object() from new java.io.File(\"MARKER\").createNewFile()",
                        "awards.add(1, \"村民议事\");")),
                attack("inline accumulate with code", rule("$n : Number() from accumulate( Event(), "
                        + "init( java.io.File f = new java.io.File(\"MARKER\"); ) action( f.createNewFile(); ) "
                        + "result( 1 ) )", "awards.add(1, \"村民议事\");")),
                attack("function", HEADER + "function void pwn() { new java.io.File(\"MARKER\").createNewFile(); }\n"
                        + "rule \"r\" when Event() then pwn(); end"),
                attack("reflection through getClass", rule("$e : Event()",
                        "awards.add($e.getClass().getClassLoader().hashCode(), \"村民议事\");")),
                attack("reflection through a chain on a binding", rule("$e : Event( attr(\"x\").getClass() != null )",
                        "awards.add(1, \"村民议事\");")),
                attack("unicode escape closing a string", rule("Event()",
                        "awards.add(1, \"x\\u0022); System.exit(3); //\");")),
                attack("insert of a foreign object", rule("Event()", "insert(new java.io.File(\"MARKER\"));")),
                attack("modify of a fact", rule("$e : Event()", "modify($e) { }")),
                attack("a thread from a lambda", rule("Event()",
                        "new Thread(() -> System.exit(4)).start();")),
                attack("static call hidden in an argument", rule("Event()",
                        "awards.add(Integer.parseInt(System.getenv(\"PATH\")), \"村民议事\");")),
                attack("System.exit in a consequence", rule("Event()", "System.exit(5);")),
                attack("the knowledge helper", rule("Event()", "drools.getKieRuntime().halt();")),
                attack("salience that runs code", HEADER + "rule \"r\" salience ( java.lang.System.exit(6) )\n"
                        + "when Event() then awards.add(1, \"村民议事\"); end"),
                attack("enabled that runs code", HEADER + "rule \"r\" enabled ( java.lang.System.exit(7) )\n"
                        + "when Event() then awards.add(1, \"村民议事\"); end"),
                attack("metadata that runs code", HEADER + "rule \"r\" @cap( java.lang.System.exit(8) )\n"
                        + "when Event() then awards.add(1, \"村民议事\"); end"),
                attack("another global", HEADER + "global java.util.List stolen;\n"
                        + "rule \"r\" when Event() then stolen.add(1); end"),
                attack("a declared type", HEADER + "declare Pwn\n  path : String\nend\n"
                        + "rule \"r\" when Event() then awards.add(1, \"村民议事\"); end"),
                attack("a query", HEADER + "query \"everything\" Event() end"),
                attack("a timer", HEADER + "rule \"r\" timer ( int: 1s 1s )\n"
                        + "when Event() then awards.add(1, \"村民议事\"); end"),
                attack("an entry point", rule("Event() from entry-point \"outside\"", "awards.add(1, \"村民议事\");")),
                attack("matching a JDK type", rule("$f : java.io.File()", "awards.add(1, \"村民议事\");")),
                attack("a binding named like a class", rule("System : Event()", "System.exit(9);")),
                attack("this and its class", rule("Event( this.getClass().getName() != \"\" )",
                        "awards.add(1, \"村民议事\");")),
                attack("a class literal", rule("Event()", "awards.add(String.class.hashCode(), \"村民议事\");")),
                attack("an external accumulate function", rule("$l : Object() from accumulate( $e : Event(), "
                        + "collectList( $e ) )", "awards.add(1, \"村民议事\");")),
                attack("a function import", "package villages.hostile;\nimport function java.lang.System.exit;\n"
                        + "global org.jifen.rules.Awards awards;\nrule \"r\" when then exit(10); end"),
                attack("a mvel consequence with code", HEADER + "rule \"r\" dialect \"mvel\"\n"
                        + "when Event() then System.exit(11); end"),
                attack("a statement after an award", rule("Event()",
                        "awards.add(1, \"村民议事\"); Runtime.getRuntime().exec(\"touch MARKER\");")),
                attack("a named consequence", HEADER + "rule \"r\" when $e : Event() do[x] then "
                        + "awards.add(1, \"村民议事\"); then[x] System.exit(12); end"),
                attack("a conditional branch", HEADER + "rule \"r\" when $e : Event() if ( quantity > 1 ) do[x] then "
                        + "awards.add(1, \"村民议事\"); then[x] System.exit(13); end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedAtUploadAndDoesNothing(String attack, String drl) throws Exception {
        Path marker = sandbox.resolve(attack.replace(' ', '-'));
        String planted = drl.replace("MARKER", marker.toString().replace("\\", "/"));

        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("恶意.drl", planted))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .isNotEmpty()
                        .allSatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("恶意.drl");
                            assertThat(problem.line()).isPositive();
                            assertThat(problem.message()).isNotBlank();
                        }));
        assertThat(Files.exists(marker)).as("the attack wrote its marker").isFalse();
    }

    /** The threat is real: the same kind of file, built by Drools without the contract check, writes to disk. */
    @org.junit.jupiter.api.Test
    void withoutTheContractCheckSuchAFileWouldWriteToDisk() throws Exception {
        Path marker = sandbox.resolve("unchecked-build");
        String drl = rule("Event()", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");")
                .replace("MARKER", marker.toString().replace("\\", "/"));
        org.kie.api.KieServices kie = org.kie.api.KieServices.get();
        org.kie.api.builder.KieFileSystem files = kie.newKieFileSystem().write("src/main/resources/a.drl", drl);
        kie.newKieBuilder(files).buildAll();
        org.kie.api.runtime.StatelessKieSession session = kie.newKieContainer(kie.getRepository().getDefaultReleaseId())
                .getKieBase().newStatelessKieSession();
        session.setGlobal("awards", new org.jifen.rules.Awards((kind, points, category) -> { }));
        session.execute(new org.jifen.rules.Event("x", "1", java.time.LocalDate.of(2024, 7, 1), 1, java.util.Map.of()));

        assertThat(Files.exists(marker)).isTrue();
    }

    private static Arguments attack(String name, String drl) {
        return Arguments.of(name, drl);
    }

    private static String rule(String when, String then) {
        return HEADER + "\nrule \"恶意规则\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }
}
