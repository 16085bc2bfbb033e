package org.jifen.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project's hostile plans: every way found so far (by us, and from outside, issue 9) to make a plan do something
 * other than award points, or to make it cost everyone else. {@code MARKER} in a file is replaced by a path the attack
 * tries to write; attacks that stop the JVM call {@code System.exit}. {@link HostilePlansTest} shows each is refused
 * with file, line and a Chinese reason, cheaply and without effect; {@link PlanWallTest} shows that the code-running
 * ones are stopped by the walls behind the rule-file check when the check is off.
 */
public final class HostileCorpus {

    /** What an attack tries: to run code in the service, to cost it time or memory, or to award outside the contract. */
    public enum Aim { CODE, COST, CONTRACT }

    public record Attack(String name, Aim aim, List<PlanFile> files) {

        public Attack withMarker(Path marker) {
            String path = marker.toString().replace("\\", "/");
            return new Attack(name, aim, files.stream().map(file -> file.name().endsWith(".xlsx") ? file
                    : PlanFile.of(file.name(), file.text().replace("MARKER", path))).toList());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String HEADER = """
            package villages.hostile;
            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;
            """;
    private static final String WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\")";
    private static final String EXEC_BY_REFLECTION = "getClass().getClassLoader().loadClass(\"java.lang.Runtime\")"
            + ".getMethod(\"exec\", String.class).invoke(getClass().getClassLoader().loadClass(\"java.lang.Runtime\")"
            + ".getMethod(\"getRuntime\").invoke(null), \"touch MARKER\")";
    private static final String GROUPBY = "groupby( $e : Event() ; " + WRITE + " ; $c : count() )";
    static final String AWARD = "awards.add(1, \"村民议事\");";

    /** Attack 8, N3: a reward and a deduction whose names differ only by a variant of 户. */
    public static final String TWO_NAMES_ONE_VARIANT_APART = HEADER + """

            rule "五好文明户"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(5, "文明新风");
            end

            rule "五好文明戶"
            when
                Event( type == "宅前屋后乱堆物" )
            then
                awards.add(-5, "文明新风");
            end
            """;

    /** Attack 8, N3: staff record 「垃圾分类检查合格」; the deduction waits for 「垃圾分類檢查合格」, which nobody records. */
    public static final String ONE_EVENT_TYPE_WRITTEN_TWO_WAYS = HEADER + """

            rule "垃圾分类检查合格"
            when
                Event( type == "垃圾分类检查合格" )
            then
                awards.add(2, "人居环境");
            end

            rule "垃圾分类检查不合格"
            when
                Event( type == "垃圾分類檢查合格", flag("不合格") )
            then
                awards.add(-2, "人居环境");
            end
            """;

    private HostileCorpus() {
    }

    public static List<Attack> all() {
        List<Attack> attacks = new ArrayList<>();
        attacks.addAll(codeThatRunsInTheService());
        attacks.addAll(costs());
        attacks.addAll(outsideTheContract());
        attacks.addAll(sentencesThatEndTheirRule());
        attacks.addAll(failingEveryRun());
        attacks.addAll(failingOnRealEvents());
        return attacks;
    }

    /**
     * Plans whose faulting rule hides from the trial run's typical inputs (sixth outside tryout, M3: a later month, a
     * group, a large quantity or attribute, a household of residents plus one): refused by the check of points and
     * divisors over the facts' bounds (ADR 0195), whatever the trial tries.
     */
    public static List<Attack> failingOnRealEvents() {
        String thousandAndQuantity = "awards.add(1000 + $e.getQuantity(), \"村民议事\");";
        return List.of(
                contract("past the bound from a later month on", rule(
                        "$e : Event( type == \"参加村民大会\", month >= \"2026-11\" )", thousandAndQuantity)),
                contract("past the bound in one group", rule(
                        "$e : Event( type == \"参加村民大会\" )\n    Household( group == \"三组\" )", thousandAndQuantity)),
                contract("past the bound for a large attribute", rule(
                        "$e : Event( type == \"参加村民大会\", intAttr(\"小时\") > 7 )", thousandAndQuantity)),
                contract("past the bound for a quantity of seven", rule(
                        "$e : Event( type == \"参加村民大会\", quantity > 6 )", thousandAndQuantity)),
                contract("past the bound in a central village", rule(
                        "$e : Event( type == \"参加村民大会\" )\n    Household( centralVillage == \"杨家庄中心村\" )",
                        thousandAndQuantity)),
                contract("a month-end past the bound from a later month on", rule(
                        "$m : MonthSummary( month >= \"2026-11\" )", "awards.add(1000 + $m.getEvents() + 1, \"文明新风\");")),
                contract("a month-end past the bound with three events", rule(
                        "$m : MonthSummary( events >= 3 )", "awards.add(1000 + $m.getEvents(), \"文明新风\");")),
                contract("dividing by zero for a household of residents plus one", rule(
                        "$e : Event( type == \"参加村民大会\" )\n    $h : Household( permanentResidents > 0 )",
                        "awards.add(100 / ($h.getMembers() - $h.getPermanentResidents() - 1), \"村民议事\");")),
                contract("dividing by zero in a condition for a quantity of seven", rule(
                        "Event( type == \"参加村民大会\", 10 / (quantity - 7) > 1 )", AWARD)));
    }

    /**
     * Plans that pass every check of their text yet fail every event or month-end they meet at run time (fifth
     * outside tryout, M-A): refused by the trial run at upload (ADR 0164).
     */
    public static List<Attack> failingEveryRun() {
        return List.of(
                contract("101 different always-true rules for one event type", alwaysTrueEventRules(101)),
                contract("an award of 1000 plus the quantity", thousandAndQuantity()),
                contract("150 month-end rules every household meets", alwaysTrueMonthEndRules(150)),
                contract("conditions dividing by zero for every single event and every empty month",
                        divisionsByZero()),
                // tryout 5, m1 (y5.test.yaml): control characters written as YAML escapes in a test's name
                new Attack("control characters through YAML escapes in a test name", Aim.CONTRACT, List.of(
                        PlanFile.of("方案.drl", rule("Event( type == \"参加村民大会\" )", AWARD)),
                        PlanFile.of("y5.test.yaml", "- 用例: \"x\\e[31mRED\\e[0m\\x07\\N\\L\\P\\0end\"\n"
                                + "  事件类型: 参加村民大会\n  期望: []\n"))));
    }

    /** Tryout 5, M2 (div0.drl): quantity 1 divides by zero, and so does a month without events. */
    public static String divisionsByZero() {
        return HEADER + "rule \"参加村民大会\"\nwhen\n    $e : Event( type == \"参加村民大会\" )\nthen\n    "
                + "awards.add(2, \"村民议事\");\nend\nrule \"除零条件\"\nwhen\n    Event( 10 / (quantity - 1) > 100 )\n"
                + "then\n    awards.add(1, \"村民议事\");\nend\nrule \"月末除零\"\nwhen\n    MonthSummary( 100 / events > 1000 )\n"
                + "then\n    awards.add(1, \"村民议事\");\nend\n";
    }

    /** {@code rules} rules that every 参加村民大会 meets, each written differently, one point each. */
    public static String alwaysTrueEventRules(int rules) {
        return HEADER + java.util.stream.IntStream.range(0, rules).mapToObj(n -> "rule \"r" + n + "\"\nwhen\n"
                + "    Event( type == \"参加村民大会\", quantity > -" + n + " )\nthen\n    " + AWARD + "\nend\n")
                .collect(java.util.stream.Collectors.joining());
    }

    /** One rule whose every award is past the ±1000 bound: 1000 plus the quantity. */
    public static String thousandAndQuantity() {
        return rule("$e : Event()", "awards.add(1000 + $e.getQuantity(), \"文明新风\");");
    }

    /** {@code rules} month-end rules that every household's month meets, each written differently. */
    public static String alwaysTrueMonthEndRules(int rules) {
        return HEADER + java.util.stream.IntStream.range(0, rules).mapToObj(n -> "rule \"m" + n + "\"\nwhen\n"
                + "    MonthSummary( events > -" + (n + 1) + " )\nthen\n    awards.bonus(1, \"文明新风\");\nend\n")
                .collect(java.util.stream.Collectors.joining());
    }

    public static List<Attack> codeThatRunsInTheService() {
        List<Attack> code = new ArrayList<>(List.of(
                drl("fully qualified call in a consequence", rule("Event()", WRITE + ";")),
                drl("imported class constructed in a consequence", "package villages.hostile;\n"
                        + "import java.io.File;\nglobal org.jifen.rules.Awards awards;\n"
                        + "rule \"r\" when then new File(\"MARKER\").createNewFile(); end"),
                drl("static call in a condition", rule("Event( type == java.lang.System.getProperty(\"user.home\") )", AWARD)),
                drl("a file write in a condition", rule("Event( type != (" + WRITE + ").toString() )", AWARD)),
                drl("eval with code", rule("Event()\n eval( new java.io.File(\"MARKER\").createNewFile() )", AWARD)),
                drl("from with code", rule("$f : Object() from new java.io.File(\"MARKER\").createNewFile()", AWARD)),
                drl("inline accumulate with code", rule("$n : Number() from accumulate( Event(), "
                        + "init( java.io.File f = new java.io.File(\"MARKER\"); ) action( f.createNewFile(); ) "
                        + "result( 1 ) )", AWARD)),
                drl("an accumulate argument that writes", rule("$n : Number() from accumulate( $e : Event(), sum( ("
                        + WRITE + ").toString().length() ) )", AWARD)),
                drl("function", HEADER + "function void pwn() { try { new java.io.File(\"MARKER\").createNewFile(); } "
                        + "catch (Exception e) { } }\nrule \"r\" when Event() then pwn(); end"),
                drl("reflection through getClass", rule("$e : Event()",
                        "awards.add($e.getClass().getClassLoader().hashCode(), \"村民议事\");")),
                drl("reflection through a chain on a binding", rule("$e : Event( attr(\"x\").getClass() != null )", AWARD)),
                drl("unicode escape closing a string", rule("Event()",
                        "awards.add(1, \"x\\u0022); System.exit(3); //\");")),
                drl("insert of a foreign object", rule("Event()", "insert(new java.io.File(\"MARKER\"));")),
                drl("a thread from a lambda", rule("Event()", "new Thread(() -> System.exit(4)).start();")),
                drl("static call hidden in an argument", rule("Event()",
                        "awards.add(Integer.parseInt(System.getenv(\"PATH\")), \"村民议事\");")),
                drl("System.exit in a consequence", rule("Event()", "System.exit(5);")),
                drl("the knowledge helper", rule("Event()", "drools.getKieRuntime().halt();")),
                drl("process handle", rule("Event()", "ProcessHandle.current().destroy();")),
                drl("a process by name", rule("Event()", "Runtime.getRuntime().exec(new String[] {\"touch\", \"MARKER\"});")),
                drl("salience that runs code", HEADER + "rule \"r\" salience ( java.lang.System.exit(6) )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("salience that runs code through MVEL's class names", HEADER + "rule \"r\" salience ( System.exit(6) )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("enabled that runs code", HEADER + "rule \"r\" enabled ( java.lang.System.exit(7) )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("enabled that runs a process", HEADER + "rule \"r\" enabled ( Runtime.getRuntime().exec(\"touch MARKER\") != null )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("metadata that runs code", HEADER + "rule \"r\" @cap( java.lang.System.exit(8) )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("metadata that runs code through MVEL's class names", HEADER + "rule \"r\" @cap( System.exit(8) )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("metadata that runs a process", HEADER + "rule \"r\" @cap( Runtime.getRuntime().exec(\"touch MARKER\") )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("metadata under another name that runs a process", HEADER
                        + "rule \"r\" @note( Runtime.getRuntime().exec(\"touch MARKER\") )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("a timer expression with code", HEADER + "rule \"r\" timer ( expr: java.lang.System.exit(9); )\n"
                        + "when Event() then " + AWARD + " end"),
                drl("matching a JDK type", rule("$f : java.io.File()", AWARD)),
                drl("a binding named like a class", rule("System : Event()", "System.exit(9);")),
                drl("this and its class", rule("Event( this.getClass().getName() != \"\" )", AWARD)),
                drl("a class literal", rule("Event()", "awards.add(String.class.hashCode(), \"村民议事\");")),
                drl("a function import", "package villages.hostile;\nimport function java.lang.System.exit;\n"
                        + "global org.jifen.rules.Awards awards;\nrule \"r\" when then exit(10); end"),
                drl("a mvel consequence with code", HEADER + "rule \"r\" dialect \"mvel\"\n"
                        + "when Event() then System.exit(11); end"),
                drl("a mvel consequence with a process", HEADER + "rule \"r\" dialect \"mvel\"\n"
                        + "when Event() then Runtime.getRuntime().exec(\"touch MARKER\"); end"),
                drl("a mvel consequence by reflection", HEADER + "rule \"r\" dialect \"mvel\"\n"
                        + "when $e : Event() then $e." + EXEC_BY_REFLECTION + "; end"),
                drl("a statement after an award", rule("Event()",
                        AWARD + " Runtime.getRuntime().exec(\"touch MARKER\");")),
                drl("a named consequence", HEADER + "rule \"r\" when $e : Event() do[x] then "
                        + AWARD + " then[x] System.exit(12); end"),
                drl("a conditional branch", HEADER + "rule \"r\" when $e : Event() if ( quantity > 1 ) do[x] then "
                        + AWARD + " then[x] System.exit(13); end"),
                // MVEL interprets conditions: class names it knows without any class loader, and reflection
                drl("a condition calling System through MVEL", rule("Event( System.exit(14) == null )", AWARD)),
                drl("a condition running a process through MVEL", rule(
                        "Event( Runtime.getRuntime().exec(\"touch MARKER\") != null )", AWARD)),
                drl("a condition reaching a process by reflection", rule("Event( " + EXEC_BY_REFLECTION + " != null )", AWARD)),
                drl("a condition reaching a process from a string", rule("Event( type == (\"\".getClass().getModule()"
                        + ".getLayer().findLoader(\"java.sql\").loadClass(\"java.lang.Runtime\").getMethod(\"exec\", String.class)"
                        + ".invoke(\"\".getClass().getModule().getLayer().findLoader(\"java.sql\").loadClass(\"java.lang.Runtime\")"
                        + ".getMethod(\"getRuntime\").invoke(null), \"touch MARKER\")).toString() )", AWARD)),
                drl("MVEL property navigation to the class loader", rule("$e : Event( $e.class.classLoader != null )", AWARD)),
                drl("an eval in MVEL", HEADER + "rule \"r\" dialect \"mvel\"\nwhen Event()\n eval( Runtime.getRuntime()"
                        + ".exec(\"touch MARKER\") != null )\nthen " + AWARD + " end"),
                drl("from collect with code", rule("$l : java.util.List() from collect( Event( type != (" + WRITE
                        + ").toString() ) )", AWARD)),
                drl("forall with code", rule("forall( $e : Event() Event( this == $e, type != (" + WRITE
                        + ").toString() ) )", AWARD)),
                drl("an object waiting forever", rule("$e : Event()", "synchronized ($e) { $e.wait(); }")),
                // groupby: its grouping key was never examined (issue 9), by every route a plan can take
                drl("groupby in DRL", rule(GROUPBY, AWARD)),
                new Attack("groupby firing at upload in the plan's own tests", Aim.CODE, List.of(
                        PlanFile.of("恶意.drl", rule(GROUPBY, AWARD)),
                        PlanFile.of("恶意.test.yaml", "- 用例: 触发\n  事件类型: 参加村民大会\n  期望: []\n"))),
                new Attack("a YAML tag naming a Java class in the plan's tests", Aim.CODE, List.of(
                        PlanFile.of("方案.drl", rule("Event( type == \"参加村民大会\" )", AWARD)),
                        PlanFile.of("恶意.test.yaml", "- 用例: 触发\n  事件类型: !!javax.script.ScriptEngineManager "
                                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n  期望: []\n"))),
                new Attack("a billion laughs in the plan's tests", Aim.COST, List.of(
                        PlanFile.of("方案.drl", rule("Event( type == \"参加村民大会\" )", AWARD)),
                        PlanFile.of("恶意.test.yaml", laughs()))),
                new Attack("tests nested five thousand deep", Aim.COST, List.of(
                        PlanFile.of("方案.drl", rule("Event( type == \"参加村民大会\" )", AWARD)),
                        PlanFile.of("恶意.test.yaml", "- 用例: 深\n  事件类型: " + "[".repeat(5000) + "]".repeat(5000)
                                + "\n  期望: []\n"))),
                headingRows("a spreadsheet importing a class of the platform", """
                        Import,"org.jifen.rules.Event, java.io.File",,
                        Variables,org.jifen.rules.Awards awards,,
                        """),

                headingRows("a spreadsheet defining a function", """
                        Import,org.jifen.rules.Event,,
                        Variables,org.jifen.rules.Awards awards,,
                        Functions,"function int f() { java.lang.System.exit(16); return 1; }",,
                        """),

                new Attack("groupby in a spreadsheet cell", Aim.CODE, List.of(PlanFile.of("恶意.drl.csv", """
                        RuleSet,villages.hostile,,
                        Import,org.jifen.rules.Event,,
                        Variables,org.jifen.rules.Awards awards,,
                        ,,,
                        RuleTable 积分项目,,,
                        NAME,CONDITION,ACTION,
                        ,,,
                        ,"$param","awards.add($param, ""村民议事"");",
                        规则名称,条件,村民议事,
                        参加村民大会,"groupby( $e : Event() ; java.lang.System.exit(15) ; $c : count() )",2,
                        """))),
                // the template's newer columns (ADR 0120): a value that closes the code around it, and code in the header
                new Attack("code in a 不含标签 cell", Aim.CODE, List.of(PlanFile.of("不含标签.drl.csv", NEW_COLUMNS
                        + "参加村民大会,参加村民大会,2,\"低保户\"\") || (" + WRITE.replace("\"", "\"\"")
                        + " != null) || !hasTag(\"\"x\",,\n"))),
                new Attack("code in the 不含标签 column's header", Aim.CODE, List.of(PlanFile.of("不含标签表头.drl.csv",
                        NEW_COLUMNS.replace("\"!hasTag(\"\"$param\"\")\"", "\"!hasTag((" + WRITE.replace("\"", "\"\"")
                                + ").toString())\"") + "参加村民大会,参加村民大会,2,低保户,,\n"))),
                new Attack("code in a 本村类别 cell", Aim.CODE, List.of(PlanFile.of("本村类别.drl.csv", NEW_COLUMNS
                        + "参加村民大会,参加村民大会,,,,\"2, 村民议事\"\"); java.lang.System.exit(15); awards.add(1, \"\"村民议事\"\n"))),
                new Attack("code in a 最近一次检查 cell", Aim.CODE, List.of(PlanFile.of("最近检查.drl.csv", """
                        RuleSet,villages.hostile,,
                        Import,org.jifen.rules.MonthSummary,,
                        Variables,org.jifen.rules.Awards awards,,
                        ,,,
                        RuleTable 月度项目,,,
                        NAME,CONDITION,ACTION,
                        ,MonthSummary,,
                        ,"latest(""$1"", ""$2"") == ""$3""\","awards.add($param, ""人居环境"");",
                        规则名称,最近一次检查,人居环境,
                        美丽庭院,"美丽庭院检查, 结果, x"") || (java.lang.System.exit(15) == null) || latest(""a"", ""b",5,
                        """))),
                new Attack("groupby in a village's own sentence", Aim.CODE, List.of(
                        PlanFile.of("句式.dsl", "[when]当 任何事件 时=" + GROUPBY + "\n[then]加 {n} 分=awards.add({n}, \"村民议事\");\n"),
                        PlanFile.of("恶意.dslr", HEADER + "rule \"r\"\nwhen\n    当 任何事件 时\nthen\n    加 1 分\nend\n"))),
                new Attack("groupby in a sentence file's DRL line", Aim.CODE, List.of(PlanFile.of("恶意.dslr",
                        HEADER + "rule \"r\"\nwhen\n>   " + GROUPBY + "\nthen\n    加 1 分 计入 \"村民议事\"\nend\n")))));
        return code;
    }

    public static List<Attack> costs() {
        return List.of(
                new Attack("a help sheet of 27,000 rows inflating to 20 MB", Aim.COST, List.of(
                        new PlanFile("杨家庄村示例.drl.xlsx", inflatedWorkbook()))),
                // attack tryout 8, N6 (p/sst.drl.xlsx): accepted after a 16 s check
                new Attack("a help sheet of 17,100 cells showing one 32,000-character text", Aim.COST, List.of(
                        new PlanFile("杨家庄村示例.drl.xlsx", sharedTextWorkbook()))),
                drlCost("16 nested or", explosion(16)),
                drlCost("20 nested or", explosion(20)),
                drlCost("500 nested parentheses", rule("Event( " + "(".repeat(500) + "quantity > 1" + ")".repeat(500) + " )",
                        AWARD)),
                drlCost("500 nested negations", rule("Event( " + "!".repeat(500) + "(quantity > 1) )", AWARD)),
                drlCost("a 220 KB comment line", HEADER + "// " + "awards.add(1, \"".repeat(14_000) + "\n"
                        + "rule \"r\" when Event() then " + AWARD + " end\n"),
                new Attack("a 23 KB line of standard sentences", Aim.COST, List.of(PlanFile.of("长句.dslr", HEADER
                        + "rule \"r\"\nwhen\n    " + "当 事件类型为 \"a\" 且数量不少于 1 ".repeat(900) + "\nthen\n    加 1 分 计入 \"村民议事\"\nend\n"))),
                new Attack("rule, when and then without end", Aim.COST, List.of(PlanFile.of("无尽.dslr", HEADER
                        + "rule a\nwhen\nthen\n".repeat(2000)))),
                new Attack("a sentence key that is a backtracking pattern", Aim.COST, List.of(
                        PlanFile.of("句式.dsl", "[when]{x:a*a*a*a*a*a*a*a*a*a*b}=Event()\n[then]加分=" + AWARD + "\n"),
                        PlanFile.of("回溯.dslr", HEADER + "rule \"r\"\nwhen\n    " + "a".repeat(60) + "\nthen\n    加分\nend\n"))),
                new Attack("sentence keys of placeholders only", Aim.COST, List.of(
                        PlanFile.of("句式.dsl", "[when]{a}{b}{c}{d}{e}{f}=Event()\n[then]加分=" + AWARD + "\n"),
                        PlanFile.of("占位.dslr", HEADER + "rule \"r\"\nwhen\n    " + "x".repeat(60) + "\nthen\n    加分\nend\n"))),
                // attack tryout 9, F5 (p/dsl/s1_homophone, s2_trad): a standard sentence with 记入 or 計入 that deducts
                villageSentence("a standard sentence with a homophone (记入) that deducts",
                        "加 {n} 分 记入 \"{c}\"=awards.add(-{n}, \"{c}\");", "加 5 分 记入 \"村民议事\""),
                villageSentence("a standard sentence in traditional characters (計入) that deducts",
                        "加 {n} 分 計入 \"{c}\"=awards.add(-{n}, \"{c}\");", "加 5 分 計入 \"村民议事\""),
                // attack tryout 10, NEW-2 (p/dsl10/t1, t2; ADR 0223): two or more characters away, or another word
                villageSentence("a standard sentence two characters away (添, 记) that deducts",
                        "添 {n} 分 记入 \"{c}\"=awards.add(-{n}, \"{c}\");", "添 5 分 记入 \"村民议事\""),
                villageSentence("a standard sentence with two homophones (份, 記) that deducts",
                        "加 {n} 份 記入 \"{c}\"=awards.add(-{n}, \"{c}\");", "加 5 份 記入 \"村民议事\""),
                villageSentence("a standard sentence with three homophones (家, 份, 记) that deducts",
                        "家 {n} 份 记入 \"{c}\"=awards.add(-{n}, \"{c}\");", "家 5 份 记入 \"村民议事\""),
                villageSentence("a standard sentence with a full-width digit and homophones that deducts",
                        "加５份 記入 \"{c}\"=awards.add(-5, \"{c}\");", "加５份 記入 \"村民议事\""),
                villageSentence("a sentence far from any standard one that says 奖励 and deducts",
                        "奖励村民 {n} 分，存进 \"{c}\" 账上=awards.add(-{n}, \"{c}\");", "奖励村民 5 分，存进 \"村民议事\" 账上"),
                villageSentence("a sentence whose category is not the one it shows",
                        "加 {n} 分 计入 \"{c}\"=awards.add({n}, \"平安建设\");", "加 5 分 计入 \"村民议事\""),
                // attack tryout 11, N7 (p/dsl11/s1, s2, s3, s5; ADR 0233): negated words and a placeholder glued to digits
                villageSentence("a sentence that says 奖励（不扣分） and deducts",
                        "本户表现突出，奖励 {n} 分（不扣分） 记入 \"{c}\"=awards.add(-{n}, \"{c}\");",
                        "本户表现突出，奖励 5 分（不扣分） 记入 \"村民议事\""),
                villageSentence("a sentence that says 不负众望 加 and deducts",
                        "不负众望 加 {n} 分 计入 \"{c}\"=awards.add(-{n}, \"{c}\");", "不负众望 加 5 分 计入 \"村民议事\""),
                villageSentence("a sentence that says 不予否决 and vetoes",
                        "经评议不予否决 计入 \"{c}\"=awards.veto(\"{c}\");", "经评议不予否决 计入 \"村民议事\""),
                villageSentence("a sentence that says 5 分 and scores 50",
                        "本户本次获得奖励积分 {n} 分，计入类别 \"{c}\"=awards.add({n}0, \"{c}\");",
                        "本户本次获得奖励积分 5 分，计入类别 \"村民议事\""),
                // attack tryout 11, N7 (p/dsl11/s4_condLie; ADR 0233): a condition sentence that says 是 and negates
                villageCondition("a condition sentence that says 是党员户 and means not 党员户",
                        "是党员户=not Household( hasTag(\"党员户\") )", "是党员户"),
                villageCondition("a condition sentence that says 带 a tag and asks for households without it",
                        "本户带 \"{g}\" 标签=Household( !hasTag(\"{g}\") )", "本户带 \"党员户\" 标签"),
                villageCondition("a condition sentence that says 是一组 and asks for other groups",
                        "本户是一组的=Household( group != \"一组\" )", "本户是一组的"),
                // attack tryout 12, NEW-A (p/dsl12/d1-d4; ADR 0235): a negation word inside a word that negates nothing
                villageCondition("a condition sentence that says 不论 and means not 党员户",
                        "不论别的，只要是党员户=not Household( hasTag(\"党员户\") )", "不论别的，只要是党员户"),
                villageCondition("a condition sentence that says 无论 in parentheses and means not 党员户",
                        "是党员户（无论大小户）=not Household( hasTag(\"党员户\") )", "是党员户（无论大小户）"),
                villageCondition("a condition sentence that says 非常 and means not 党员户",
                        "是非常积极的党员户=not Household( hasTag(\"党员户\") )", "是非常积极的党员户"),
                villageCondition("a condition sentence that says 未满 in parentheses and means not 党员户",
                        "是党员户（未满一年的也算）=not Household( hasTag(\"党员户\") )", "是党员户（未满一年的也算）"),
                villageCondition("a condition sentence that says 开过会 and counts none",
                        "本月开过会=MonthSummary( count(\"参加村民大会\") == 0 )", "本月开过会"),
                // attack tryout 14, B2 (p/n/b02_not_words; ADR 0247): a negation inside the name's description
                villageCondition("a condition sentence that says 没有污点的 and means not the tag",
                        "是没有污点的 \"{g}\"=not Household( hasTag(\"{g}\") )", "是没有污点的 \"党员户\""),
                villageCondition("a condition sentence that says 无私奉献的 and means not the tag",
                        "是无私奉献的 \"{g}\"=not Household( hasTag(\"{g}\") )", "是无私奉献的 \"党员户\""),
                // attack tryout 14, B3 (p/n/b03_deduct_words; ADR 0247): a deduction verb that governs no points
                villageSentence("a sentence that says 罚单零记录户 and deducts",
                        "罚单零记录户 {n} 分，计入 \"{c}\"=awards.add(-{n}, \"{c}\");", "罚单零记录户 5 分，计入 \"村民议事\""),
                villageSentence("a sentence that says 减负先进户 and deducts",
                        "减负先进户 {n} 分 计入 \"{c}\"=awards.add(-{n}, \"{c}\");", "减负先进户 5 分 计入 \"村民议事\""),
                // attack tryout 14, B4 (p/n/s06, s16, s17, s15, s19; ADR 0248): code beside a sentence, with no 「>」
                standardSentences("a sentence that adds with a veto written after it",
                        "当 事件类型为 \"好人好事\" 时", "加 5 分 计入 \"文明新风\" awards.veto(\"平安建设\");"),
                standardSentences("a sentence that adds with a veto written before it",
                        "当 事件类型为 \"好人好事\" 时", "awards.veto(\"平安建设\"); 加 5 分 计入 \"文明新风\""),
                standardSentences("a sentence that adds with a deduction written after it",
                        "当 事件类型为 \"好人好事\" 时", "加 5 分 计入 \"文明新风\" awards.add(-50, \"人居环境\");"),
                standardSentences("a condition sentence with another event joined by or after it",
                        "当 事件类型为 \"好人好事\" 时 or $e : Event( type == \"参加村民大会\" )", "加 5 分 计入 \"文明新风\""),
                standardSentences("a condition sentence with a negation written after it",
                        "家庭户带有标签 \"党员户\" not Household( hasTag(\"x\") )", "加 5 分 计入 \"文明新风\""),
                // attack tryouts 13, j2 and 14, B5 (p/n/v13_when_or; ADR 0248): one sentence, several conditions
                villageCondition("a condition sentence naming one event type that scores another by or",
                        "凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" ) or $e : Event( type == \"参加村民大会\" )",
                        "凡是 \"好人好事\" 这件事"),
                villageCondition("a condition sentence naming one event type that scores another by ||",
                        "凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" || type == \"参加村民大会\" )",
                        "凡是 \"好人好事\" 这件事"),
                villageCondition("a condition sentence naming one event type that adds a household's condition",
                        "凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" ) not Household( hasTag(\"党员户\") )",
                        "凡是 \"好人好事\" 这件事"),
                // attack tryout 14, B3 (p/n/b01_veto_words; ADR 0248): 否决 that another verb governs
                villageSentence("a sentence that says 不怕否决 and vetoes",
                        "好人好事示范户，不怕否决 计入 \"{c}\"=awards.veto(\"{c}\");", "好人好事示范户，不怕否决 计入 \"平安建设\""),
                villageSentence("a sentence that says 敢于否决 and vetoes",
                        "记为敢于否决 计入 \"{c}\"=awards.veto(\"{c}\");", "记为敢于否决 计入 \"平安建设\""),
                // attack tryout 14, B1 (p/n/b04_neg_forms, t07; ADR 0247): a negation in a shape no check read
                villageCondition("a condition sentence that says 有过 and counts none with the number on the left",
                        "本月有过 \"{t}\"=MonthSummary( 1 > count(\"{t}\") )", "本月有过 \"参加村民大会\""),
                villageCondition("a condition sentence that says 属于 and asks for a tag in (false)",
                        "该户属于 \"{g}\"=Household( hasTag(\"{g}\") in (false) )", "该户属于 \"党员户\""),
                villageCondition("a condition sentence that says 有过 and asks for a count in (0)",
                        "本月有过 \"{t}\"=MonthSummary( count(\"{t}\") in (0) )", "本月有过 \"参加村民大会\""),
                villageCondition("a condition sentence that says 属于 and compares a tag with a false expression",
                        "该户属于 \"{g}\"=Household( hasTag(\"{g}\") == (1 > 2) )", "该户属于 \"党员户\""),
                villageCondition("a condition sentence that says 有过 and counts none with zero on the left",
                        "本月有过 \"{t}\"=MonthSummary( 0 == count(\"{t}\") )", "本月有过 \"参加村民大会\""),
                villageCondition("a condition sentence that says 有过 and counts none by arithmetic",
                        "本月有过 \"{t}\"=MonthSummary( count(\"{t}\") * 1 < 1 )", "本月有过 \"参加村民大会\""),
                villageCondition("a condition sentence that says 有过 and counts none against a sum",
                        "本月有过 \"{t}\"=MonthSummary( count(\"{t}\") < 0 + 1 )", "本月有过 \"参加村民大会\""),
                // attack tryout 12, NEW-E (p/dsl12/d5, d6; ADR 0235): a reward sentence with 负 or 否决 in another word
                villageSentence("a sentence that says 奖励 with 负责人 and deducts",
                        "本户表现突出，奖励 {n} 分 记入 \"{c}\"（负责人：村委）=awards.add(-{n}, \"{c}\");",
                        "本户表现突出，奖励 5 分 记入 \"村民议事\"（负责人：村委）"),
                villageSentence("a sentence that says 予以表彰 with 否决异议 and vetoes",
                        "本户表现突出，予以表彰 记入 \"{c}\"（经村民代表会议否决异议）=awards.veto(\"{c}\");",
                        "本户表现突出，予以表彰 记入 \"村民议事\"（经村民代表会议否决异议）"),
                villageSentence("a sentence that says 扣 and 奖励 and deducts",
                        "奖励 {n} 分，扣分 记入 \"{c}\"=awards.add(-{n}, \"{c}\");", "奖励 5 分，扣分 记入 \"村民议事\""),
                // attack tryout 9, F2: a spreadsheet that scores by what nobody sees in Excel or WPS (ADR 0203)
                new Attack("a hidden row of the spreadsheet that scores", Aim.CONTRACT, List.of(new PlanFile(
                        "隐藏行.drl.xlsx", HIDDEN_ROW.get()))),
                new Attack("a hidden column of the spreadsheet holding a veto", Aim.CONTRACT, List.of(new PlanFile(
                        "隐藏列.drl.xlsx", HIDDEN_COLUMN.get()))),
                new Attack("a veto in a cell whose number format shows nothing", Aim.CONTRACT, List.of(new PlanFile(
                        "看不见的格式.drl.xlsx", FORMAT_THAT_SHOWS_NOTHING.get()))),
                new Attack("a veto written white on white", Aim.CONTRACT, List.of(new PlanFile(
                        "白字.drl.xlsx", WHITE_ON_WHITE.get()))),
                // attack tryout 10, NEW-1: other ways to make a veto unreadable; each fails the allowlist (ADR 0221)
                hiddenVeto("a veto in near-white text", "近白字.drl.xlsx", NEAR_WHITE),
                hiddenVeto("a veto one shade off its fill", "同色底.drl.xlsx", ONE_SHADE_OFF_THE_FILL),
                hiddenVeto("a veto in a 1-point font", "小字.drl.xlsx", ONE_POINT_FONT),
                hiddenVeto("a veto under a number format of empty texts", "空格式.drl.xlsx", EMPTY_TEXT_FORMAT),
                hiddenVeto("a veto turned white by a conditional format", "条件格式.drl.xlsx", CONDITIONAL_WHITE),
                hiddenVeto("a veto in the palette's white", "调色板白字.drl.xlsx", PALETTE_WHITE),
                hiddenVeto("a veto in a palette entry redefined as white", "自定义调色板.drl.xlsx", CUSTOM_PALETTE_WHITE),
                hiddenVeto("a veto in a symbol font", "符号字体.drl.xlsx", SYMBOL_FONT),
                hiddenVeto("a veto under a merged cell", "合并盖住.drl.xlsx", UNDER_A_MERGED_CELL),
                hiddenVeto("a veto in a white run of rich text", "白色片段.drl.xlsx", WHITE_RUN_OF_TEXT),
                hiddenVeto("a veto pushed out of its column by spaces", "空格.drl.xlsx", PUSHED_OUT_BY_SPACES),
                hiddenVeto("a veto under a text box", "文本框.drl.xlsx", TEXT_BOX_OVER_THE_VETO),
                // attack tryout 11: sizes from the sheet's defaults, shrink, line breaks, a decoy tab (ADR 0234)
                hiddenVeto("a veto in a row hidden by the sheet's default", "默认隐藏行.drl.xlsx",
                        SHEET_ROWS_HIDDEN_BY_DEFAULT),
                hiddenVeto("a veto in a row 3 points high by the sheet's default", "默认矮行.drl.xlsx",
                        SHEET_ROWS_3_POINTS_BY_DEFAULT),
                hiddenVeto("a veto in a 5-point row", "矮行.drl.xlsx", ROW_OF_5_POINTS),
                hiddenVeto("a veto in a column narrow by the sheet's default", "默认窄列.drl.xlsx",
                        SHEET_COLUMNS_NARROW_BY_DEFAULT),
                hiddenVeto("a veto shrunk to fit a narrow column", "缩小填充.drl.xlsx", SHRUNK_TO_FIT),
                hiddenVeto("a veto below line breaks", "换行.drl.xlsx", LINE_BREAKS_BEFORE_THE_VETO),
                hiddenVeto("a veto with a zero-width character", "零宽字符.drl.xlsx", ZERO_WIDTH_CHARACTER),
                hiddenVeto("a veto struck through", "删除线.drl.xlsx", STRUCK_THROUGH),
                hiddenVeto("a veto rotated", "旋转.drl.xlsx", ROTATED),
                hiddenVeto("a veto in superscript", "上标.drl.xlsx", SUPERSCRIPT),
                hiddenVeto("a veto behind a decoy sheet Excel opens on", "公示稿.drl.xlsx", DECOY_SHEET_OPENED_FIRST),
                hiddenVeto("a veto in a workbook whose sheet tabs are hidden", "隐藏标签.drl.xlsx", SHEET_TABS_HIDDEN),
                hiddenVeto("a veto column labelled as a remark", "备注列.drl.xlsx", REMARKS_COLUMN_VETOES),
                hiddenVeto("a deducting column labelled 「not scored」", "说明列.drl.xlsx", NOTE_COLUMN_DEDUCTS),
                hiddenVeto("a veto column far right of the table", "远处的列.drl.xlsx", FAR_VETO_COLUMN),
                // attack tryout 12, N8: a live veto that looks commented out, its comment closed off-screen (ADR 0237)
                new Attack("a live veto after a comment closed 1,800 columns right", Aim.CONTRACT, List.of(PlanFile.of(
                        "假注释.drl", offScreenVeto("    /* 下面这一行已停用" + " ".repeat(1800) + "*/", "    // */")))),
                new Attack("a live veto after a comment closed behind braille blanks", Aim.CONTRACT, List.of(PlanFile.of(
                        "盲文空白.drl", offScreenVeto("    /* 下面这一行已停用" + "\u2800".repeat(200) + "*/", "    // */")))),
                new Attack("a live veto right of a // line inside a comment", Aim.CONTRACT, List.of(PlanFile.of(
                        "斜线注释.drl", offScreenVeto("    /* 已停用的规则：", "    // 不再一票否决" + "\t".repeat(60)
                                + "*/ awards.veto(\"平安建设\"); // */")))),
                new Attack("a live veto after a comment as wide as three screens", Aim.CONTRACT, List.of(PlanFile.of(
                        "长注释.drl", offScreenVeto("    /* " + "下面这一行已于村民代表会议决定停用，".repeat(20) + "*/", "")))),
                // attack tryout 12, NEW-F (p/x12/q4, q3; ADR 0235): a heading holding 否决 or 负 in another word
                hiddenVeto("a veto column headed 否决异议处理人", "否决异议处理人.drl.xlsx", OBJECTIONS_HANDLER_COLUMN_VETOES),
                hiddenVeto("a deducting column headed 平安建设负责人", "负责人.drl.xlsx", PERSON_IN_CHARGE_COLUMN_DEDUCTS),
                // attack tryout 17, W1 (ADR 0255), K1b and attack tryout 16, R1 (ADR 0256)
                hiddenVeto("a cap of 100 shown as 10 by a narrow column", "显示不全.drl.xlsx", CAP_CUT_BY_A_NARROW_COLUMN),
                new Attack("a catalog name saying 加分 on a type whose rule vetoes", Aim.CONTRACT, List.of(
                        PlanFile.of("方案.drl", rule("$e : Event( type == \"违法搭建\" )", "awards.veto(\"平安建设\");")),
                        PlanFile.of("catalog.csv", "事件类型,类别,名称\n违法搭建,平安建设,违法搭建加分\n"))),
                new Attack("a rule named 加分 that deducts 50", Aim.CONTRACT, List.of(PlanFile.of("方案.drl", HEADER
                        + "rule \"好人好事加分\" when $e : Event( type == \"好人好事\" ) then awards.add(-50, \"文明新风\"); end\n"))),
                contract("a type test that restricts nothing (|| quantity >= 0)",
                        rule("$e : Event( type == \"好人好事\" || quantity >= 0 )", AWARD)),
                contract("a type test that is always true (type != \"\")", rule("$e : Event( type != \"\" )", AWARD)),
                // attack tryout 18, F13 and F15: the only trigger negated
                contract("an event rule written as not Event( type != X ): pays every month-end",
                        rule("not Event( type != \"参加志愿服务\" )", AWARD)),
                contract("a month-end rule written as not MonthSummary(...): pays on every event",
                        rule("not MonthSummary( deductions > 0 || events == 0 )", AWARD)),
                new Attack("the gray code row of a points column negated", Aim.CONTRACT, List.of(new PlanFile(
                        "代码行.drl.xlsx", NEGATED_CODE_ROW.get()))),
                new Attack("a very hidden copy of the plan sheet placed first", Aim.CONTRACT, List.of(new PlanFile(
                        "隐藏表.drl.xlsx", VERY_HIDDEN_SHEET.get()))),
                new Attack("a spreadsheet formula that repeats text", Aim.COST, List.of(new PlanFile("公式.drl.xlsx",
                        formulaSheet("REPT(\"很长的文字\",30000)&REPT(\"很长的文字\",30000)")))),
                new Attack("a 测试 sheet that would fire the plan 900 times", Aim.COST, List.of(new PlanFile(
                        "测试表.drl.xlsx", ClerkMistakesTest.withTests(manyTests(900))))),
                new Attack("30,000 rows of decision table", Aim.COST, List.of(PlanFile.of("三万行.drl.csv", thirtyThousandRows()))),
                drlCost("a condition of 2,000 || terms", rule("Event( type == \"参加村民大会\", "
                        + java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "intAttr(\"k0\") == " + (100_000 + i))
                                .collect(java.util.stream.Collectors.joining("\n        || ")) + " )", AWARD)),
                drlCost("a type in a list of 9,000 values", rule("Event( type in (" + java.util.stream.IntStream
                        .range(0, 9000).mapToObj(i -> "\"事项" + i + "\"").collect(java.util.stream.Collectors.joining(",\n        "))
                        + ") )", AWARD)),
                new Attack("a catalog of 9,000 event types", Aim.COST, List.of(
                        PlanFile.of("方案.drl", rule("Event( type == \"事项1\" )", AWARD)),
                        PlanFile.of("catalog.csv", "事件类型,类别\n" + java.util.stream.IntStream.range(0, 9000)
                                .mapToObj(i -> "事项" + i + ",村民议事\n").collect(java.util.stream.Collectors.joining())))),
                drlCost("40 rules of 100 conditions each (150 MB per stored version)", manyConditions(40, 100)),
                drlCost("400 rules", HEADER + ("rule \"R%d\" when Event( quantity > 1 ) then " + AWARD + " end\n").repeat(400)
                        .formatted(java.util.stream.IntStream.range(0, 400).boxed().toArray())));
    }

    public static List<Attack> outsideTheContract() {
        return List.of(
                contract("two bonuses of 2147483647 in a month", rule("Event()",
                        "awards.bonus(2147483647, \"文明新风\"); awards.bonus(2147483647, \"文明新风\");")),
                contract("a huge literal hidden in arithmetic", rule("$e : Event()",
                        "awards.add(1000 * 1000 * $e.getQuantity(), \"村民议事\");")),
                contract("a decimal number of points", rule("Event()", "awards.add(2.5, \"村民议事\");")),
                contract("a category built by concatenation", rule("Event()", "awards.add(1, \"x\" + \"\");")),
                contract("a category from an event attribute", rule("$e : Event()", "awards.add(1, $e.attr(\"类别\"));")),
                contract("a category from a binding", rule("$e : Event( $t : type )", "awards.add(1, $t);")),
                contract("a category in parentheses", rule("Event()", "awards.add(1, (\"村民议事\"));")),
                contract("a category that is not one of the four", rule("Event()", "awards.add(1, \"随便什么\");")),
                contract("a category with a full-width space after it", rule("Event()", "awards.add(1, \"村民议事\u3000\");")),
                contract("a category with a no-break space after it", rule("Event()", "awards.add(1, \"村民议事\u00a0\");")),
                contract("a category with an escaped quote", rule("Event()", "awards.add(1, \"村民\\\"议事\");")),
                contract("a category as a char", rule("Event()", "awards.add(1, '村');")),
                contract("a veto with a computed category", rule("$e : Event()", "awards.veto($e.getType());")),
                contract("a rule name with a line break", HEADER + "rule \"参加\u2028村民大会\" when Event() then " + AWARD + " end"),
                contract("a rule name with a zero-width space", HEADER + "rule \"参加村民\u200b大会\" when Event() then "
                        + AWARD + " end"),
                contract("a rule name with a direction mark", HEADER + "rule \"参加村民大会\u202e\" when Event() then "
                        + AWARD + " end"),
                twoRuleNames("two rule names that differ by a trailing space", "参加村民大会", "参加村民大会 "),
                twoRuleNames("two rule names that differ by a Cyrillic look-alike letter", "Abc参加", "\u0410bc参加"),
                twoRuleNames("two rule names that differ by full-width letters", "A组会议", "Ａ组会议"),
                // attack tryout 7, M4 (n17_radical_sup.drl, n11_radical_supplement.drl): radicals that print as ideographs
                contract("two rule names that differ by radicals from the CJK Radicals Supplement",
                        RadicalLookAlikesTest.TWO_NAMES_THAT_READ_THE_SAME),
                twoRuleNames("a rule name with a radical in place of an ideograph", "参加村民大会", "参加村民\u2E9C会"),
                // attack tryout 8, N3: variant ideographs and look-alikes that read as another name (ADR 0203)
                contract("two rule names one traditional variant apart (戶 for 户)",
                        TWO_NAMES_ONE_VARIANT_APART),
                twoRuleNames("two rule names one Japanese variant apart (戸 for 户)", "五好文明户", "五好文明戸"),
                twoRuleNames("two rule names one radical-like ideograph apart (覀 for 西)", "西区保洁", "覀区保洁"),
                twoRuleNames("two rule names whose every character differs by its traditional form", "文明新风户", "文明新風戶"),
                twoRuleNames("two rule names one compatibility ideograph apart (U+F9D0 for 類)", "分類", "分\uF9D0"),
                twoRuleNames("two rule names a digit and a letter apart (1 and l)", "第1组", "第l组"),
                contract("an event type written in traditional characters beside its simplified form",
                        ONE_EVENT_TYPE_WRITTEN_TWO_WAYS),
                twoConditions("a counted event type one variant apart from a matched one",
                        "Event( type == \"户籍登记\" )", "MonthSummary( count(\"戶籍登記\") >= 3 )"),
                twoConditions("an attribute one variant apart from another rule's",
                        "Event( attr(\"会议名称\") == \"年度\" )", "Event( attr(\"會議名稱\") == \"小组\" )"),
                twoConditions("two values of one attribute one variant apart",
                        "Event( type == \"庭院检查\", attr(\"结果\") == \"优秀\" )",
                        "Event( type == \"庭院检查\", attr(\"结果\") == \"優秀\" )"),
                twoConditions("a household tag one variant apart from another rule's",
                        "Household( hasTag(\"低保户\") )", "Household( hasTag(\"低保戸\") )"),
                new Attack("an event type imitating one of the catalog", Aim.CONTRACT, List.of(
                        PlanFile.of("catalog.csv", "事件类型,类别\n参加村民大会,村民议事\n"),
                        PlanFile.of("大会.drl", HEADER + "rule \"参会\" when Event( type == \"參加村民大會\" ) then "
                                + AWARD + " end\n"))),
                new Attack("two catalog types one variant apart", Aim.CONTRACT, List.of(
                        PlanFile.of("catalog.csv", "事件类型,类别\n参加村民大会,村民议事\n參加村民大會,村民议事\n"),
                        PlanFile.of("大会.drl", HEADER + "rule \"参会\" when Event( type == \"参加村民大会\" ) then "
                                + AWARD + " end\nrule \"參會\" when Event( type == \"參加村民大會\" ) then " + AWARD
                                + " end\n"))),
                new Attack("a catalog category imitating one of the township's four", Aim.CONTRACT, List.of(
                        PlanFile.of("catalog.csv", "事件类型,类别\n参加村民大会,村民議事\n"),
                        PlanFile.of("大会.drl", HEADER + "rule \"参会\" when Event( type == \"参加村民大会\" ) then "
                                + "awards.add(1, \"村民議事\"); end\n"))),
                new Attack("two catalog categories one variant apart", Aim.CONTRACT, List.of(
                        PlanFile.of("catalog.csv", "事件类型,类别\n植树,環保\n清河,环保\n"),
                        PlanFile.of("环保.drl", HEADER + "rule \"植树\" when Event( type == \"植树\" ) then "
                                + "awards.add(1, \"環保\"); end\nrule \"清河\" when Event( type == \"清河\" ) then "
                                + "awards.add(1, \"环保\"); end\n"))),
                // attack tryout 7, m1 (p/ovf.drl): a condition whose arithmetic wraps, so the rule silently does not fire
                contract("a condition multiplying the quantity by a billion",
                        ConditionArithmeticOverTheFactsBoundsTest.WRAPPING_CONDITION),
                contract("a condition multiplying two entered numbers",
                        rule("Event( intAttr(\"长\") * intAttr(\"宽\") > 100 )", AWARD)),
                // attack tryout 8, N4 (p/m1v): the same by a sum, a difference, a negation and a division by -1
                contract("a condition adding two entered numbers", ConditionArithmeticOverTheFactsBoundsTest.wrapping(
                        "intAttr(\"长\") + intAttr(\"宽\") > 100")),
                contract("a condition subtracting two entered numbers", ConditionArithmeticOverTheFactsBoundsTest.wrapping(
                        "intAttr(\"长\") - intAttr(\"宽\") > 100")),
                contract("a condition negating an entered number", ConditionArithmeticOverTheFactsBoundsTest.wrapping(
                        "-intAttr(\"长\") > 100")),
                contract("a condition dividing an entered number by minus one",
                        ConditionArithmeticOverTheFactsBoundsTest.wrapping("intAttr(\"长\") / (0 - 1) > 100")),
                contract("a condition comparing with a text longer than any attribute value",
                        rule("Event( attr(\"地点\") == \"" + "村".repeat(PlanLimits.MAX_ATTRIBUTE_VALUE + 1) + "\" )", AWARD)),
                contract("a condition comparing with a number of 201 digits",
                        rule("Event( quantity < " + "9".repeat(PlanLimits.MAX_ATTRIBUTE_VALUE + 1) + " )", AWARD)),
                // attack tryout 7, M3 (p/s/s4.dsl): the guide's sentences given the opposite meaning
                new Attack("a village's own .dsl giving standard sentences the opposite meaning", Aim.CONTRACT, List.of(
                        PlanFile.of("本村句式.dsl", SentencesKeepTheirMeaningTest.OPPOSITE_MEANINGS),
                        PlanFile.of("方案.dslr", SentencesKeepTheirMeaningTest.RULES_READING_LIKE_THE_GUIDE))),
                contract("a package of the platform (java.lang)", HEADER.replace("villages.hostile", "java.lang")
                        + "rule \"r\" when Event() then " + AWARD + " end"),
                contract("a package of the fact model", HEADER.replace("villages.hostile", "org.jifen.rules")
                        + "rule \"r\" when Event() then " + AWARD + " end"),
                contract("a number compared with text, which fails every event at run time",
                        rule("Event( quantity == \"三\" )", AWARD)),
                contract("text compared with a number", rule("Event( type == 1 )", AWARD)),
                contract("a repeated restriction comparing a number with text",
                        rule("Event( quantity == 1 || == \"2\" )", AWARD)),
                contract("a rule effective from a year that never comes", HEADER
                        + "rule \"r\" date-effective \"1-Jul-99999\" when Event() then " + AWARD + " end"),
                contract("a rule that expired in year 1", HEADER
                        + "rule \"r\" date-expires \"31-Dec-0001\" when Event() then " + AWARD + " end"),
                // attack tryout 16, D1: read leniently as 1 December while every view says 31 November
                contract("a rule effective from a day the calendar has not", HEADER
                        + "rule \"r\" date-effective \"31-Nov-2026\" when Event() then " + AWARD + " end"),
                // attack tryout 9, F4 (p/timebomb.drl): a rule silenced by its agenda group, accepted without a word
                contract("a rule in an agenda group that never fires", HEADER
                        + "rule \"r\" agenda-group \"x\" when Event() then " + AWARD + " end"),
                contract("a salience beyond any integer", HEADER
                        + "rule \"r\" salience 99999999999999999999 when Event() then " + AWARD + " end"),
                // more ways to write code in a condition or consequence, each refused by the grammar
                contract("a direction override hiding code in a comment (Trojan Source)", rule("Event()",
                        "awards.add(1, \"村民议事\"); /* \u202e } System.exit(1); { \u202c */")),
                contract("a zero-width character inside a class name", rule("Event( Sys\u200btem.exit(1) == null )", AWARD)),
                contract("a ternary", rule("$e : Event()", "awards.add($e.getQuantity() > 1 ? 2 : 1, \"村民议事\");")),
                contract("a cast to Object", rule("Event( ((Object) type) != null )", AWARD)),
                contract("instanceof", rule("Event( this instanceof Object )", AWARD)),
                contract("an array index", rule("Event( type.split(\",\")[0] == \"a\" )", AWARD)),
                contract("an inline list", rule("Event( type in [\"a\", \"b\"] )", AWARD)),
                contract("an inline map", rule("Event( [\"a\" : 1][type] == 1 )", AWARD)),
                contract("a method reference", rule("Event()", "java.util.List.of(1).forEach(System.out::println);")),
                contract("a lambda", rule("$e : Event()", "awards.add(((java.util.function.IntSupplier) () -> 1).getAsInt(), \"村民议事\");")),
                contract("new in a condition", rule("Event( type == new String(\"a\") )", AWARD)),
                contract("an MVEL inline cast", rule("Event( attr(\"x\")#String != null )", AWARD)),
                contract("an MVEL null-safe navigation", rule("$e : Event( $e!.type == \"a\" )", AWARD)),
                contract("a null-safe call", rule("$e : Event( $e?.type == \"a\" )", AWARD)),
                contract("a hash comment hiding code", rule("Event( type == \"a\" # ) , System.exit(1) == null", AWARD)),
                contract("a block comment inside a string", rule("Event( type == \"/*\" )", "System.exit(1); /* \"*/"
                        + AWARD)),
                contract("a backtick string", rule("Event( type == `a` )", AWARD)),
                contract("a text block", rule("Event()", "awards.add(1, \"\"\"\n村民议事\"\"\");")),
                contract("an annotation on a pattern", rule("Event( ) @watch( type )", AWARD)),
                contract("a sliding window", rule("Event( ) over window:time( 1s )", AWARD)),
                contract("a unification", rule("Event( $t := type )", AWARD)),
                contract("MVEL with", rule("$e : Event()", "with ($e) { quantity = 5 };" + AWARD)),
                contract("MVEL foreach", rule("$e : Event()", "foreach (x : [1,2]) { " + AWARD + " }")),
                contract("a homoglyph of awards", rule("Event()", "аwards.add(1, \"村民议事\");")),
                contract("modify of a fact", rule("$e : Event()", "modify($e) { }")),
                contract("a binding without a dollar", rule("e : Event()", "awards.add(e.getQuantity(), \"村民议事\");")),
                contract("a binding named awards", rule("awards : Event()", AWARD)),
                contract("another global", HEADER + "global java.util.List stolen;\n"
                        + "rule \"r\" when Event() then stolen.add(1); end"),
                contract("a declared type", HEADER + "declare Pwn\n  path : String\nend\n"
                        + "rule \"r\" when Event() then " + AWARD + " end"),
                contract("a query", HEADER + "query \"everything\" Event() end"),
                contract("an entry point", rule("Event() from entry-point \"outside\"", AWARD)),
                contract("an external accumulate function", rule("$l : Object() from accumulate( $e : Event(), "
                        + "collectList( $e ) )", AWARD)),
                contract("a rule that extends another", HEADER + "rule \"a\" when Event() then " + AWARD + " end\n"
                        + "rule \"b\" extends \"a\" when Household() then " + AWARD + " end"),
                contract("a positional constraint", rule("Event( \"a\"; )", AWARD)),
                contract("calendars written as code", HEADER + "rule \"r\" calendars Runtime.getRuntime().exec(\"touch MARKER\")\n"
                        + "when Event() then " + AWARD + " end"),
                contract("accumulate from a groupby", rule("$c : Number() from groupby( $e : Event() ; " + WRITE
                        + " ; count() )", AWARD)),
                contract("an attribute with an expression", HEADER + "rule \"r\" activation-group (\"a\" + System.exit(1))\n"
                        + "when Event() then " + AWARD + " end"),
                // attack tryout 15, O1: Java reads a leading zero as octal, while the plan page says what was written
                contract("an octal number in a condition", rule("Event( type == \"参加村民大会\", quantity >= 010 )", AWARD)),
                contract("an octal number of points", rule("Event()", "awards.add(010, \"村民议事\");")),
                new Attack("an octal number in a spreadsheet cell", Aim.CONTRACT, List.of(PlanFile.of("八进制.drl.csv",
                        SHEET_HEAD + """
                        NAME,CONDITION,CONDITION,ACTION
                        ,$e : Event,,
                        ,"type == ""$param\"","quantity >= $param","awards.add($param, ""村民议事"");"
                        规则名称,事件类型,最少数量,村民议事
                        参加村民大会,参加村民大会,010,2
                        """))),
                // attack tryout 15, S1: text ordered by character codes scored 违法搭建 under 好人好事
                contract("a type compared by order", rule("Event( type >= \"好人好事\" )", AWARD)),
                contract("a type compared by order, abbreviated", rule("Event( type == \"x\" || > \"好人好事\" )", AWARD)),
                contract("an attribute's text compared by order", rule("$e : Event( attr(\"等级\") > \"B\" )", AWARD)),
                contract("a group compared by order", rule("Event() Household( group < \"三组\" )", AWARD)),
                contract("a bound type compared by order", rule("Event( $t : type ) Event( type > $t )", AWARD)),
                // found from outside (tryout 1): read by the decision-table compiler in its own way, so refused
                new Attack("a spreadsheet ENABLED column with code in its cell", Aim.CONTRACT, List.of(PlanFile.of(
                        "停用列.drl.csv", SHEET_HEAD + """
                        NAME,ENABLED,CONDITION,ACTION
                        ,,$e : Event,
                        ,,"type == ""$param\"","awards.add($param, ""村民议事"");"
                        规则名称,启用,事件类型,村民议事
                        参加村民大会,java.lang.Runtime.getRuntime().exec("touch MARKER") != null,参加村民大会,2
                        """))),
                new Attack("a 上限周期 cell that adds its own cap", Aim.CONTRACT, List.of(PlanFile.of("上限周期.drl.csv",
                        NEW_COLUMNS + "参加村民大会,参加村民大会,2,,\"季度\"\") @cap(\"\"999999\",\n"))),
                new Attack("a 上限周期 cell with an invisible character", Aim.CONTRACT, List.of(PlanFile.of(
                        "上限周期.drl.csv", NEW_COLUMNS.replace("METADATA,ACTION", "METADATA,METADATA,ACTION")
                                .replace(",\"capPer(", ",cap($param),\"capPer(") + "参加村民大会,参加村民大会,2,,5,季度\u200b,\n"))),
                new Attack("a 上限周期 column whose header writes another annotation", Aim.CONTRACT, List.of(PlanFile.of(
                        "上限周期表头.drl.csv", NEW_COLUMNS.replace("\"capPer(\"\"$param\"\")\"", "\"capPer(\"\"$param\"\") @author(\"\"x\"\")\"")
                                + "参加村民大会,参加村民大会,2,,季度,\n"))),
                new Attack("a 分开计上限 cell that adds its own cap", Aim.CONTRACT, List.of(PlanFile.of("分开计.drl.csv", """
                        RuleSet,villages.hostile,,,
                        Import,"org.jifen.rules.Event, org.jifen.rules.Household",,,
                        Variables,org.jifen.rules.Awards awards,,,
                        ,,,,
                        RuleTable 积分项目,,,,
                        NAME,CONDITION,ACTION,METADATA,METADATA
                        ,$e : Event,,,
                        ,"type == ""$param\""","awards.add($param, ""村民议事"");",cap($param),"capBy(""$param"")"
                        规则名称,事件类型,村民议事,上限,分开计上限
                        参加村民大会,参加村民大会,2,2,"姓名"") @cap(""999999"
                        """))),
                new Attack("a 本村类别 that passes for one of the four", Aim.CONTRACT, List.of(PlanFile.of("本村类别.drl.csv",
                        NEW_COLUMNS + "参加村民大会,参加村民大会,,,,\"2, 村民議事\"\n"), PlanFile.of("catalog.csv",
                        "参加村民大会,村民議事,参加村民大会\n"))),
                new Attack("a spreadsheet cell with a line break making a phantom rule", Aim.CONTRACT, List.of(
                        PlanFile.of("换行.drl.csv", SHEET_HEAD + """
                        NAME,CONDITION,ACTION,
                        ,$e : Event,,
                        ,"type == ""$param\"","awards.add($param, ""村民议事"");",
                        规则名称,事件类型,村民议事,
                        "参加
                        恶意,x,1",参加村民大会,2,
                        """))));
    }

    /** A table with the template's newer columns: 不含标签, 上限周期 and 本村类别 (ADR 0120, 0121). */
    private static final String NEW_COLUMNS = """
            RuleSet,villages.hostile,,,,
            Import,"org.jifen.rules.Event, org.jifen.rules.Household",,,,
            Variables,org.jifen.rules.Awards awards,,,,
            ,,,,,
            RuleTable 积分项目,,,,,
            NAME,CONDITION,ACTION,CONDITION,METADATA,ACTION
            ,$e : Event,,Household,,
            ,"type == ""$param""\","awards.add($param, ""村民议事"");","!hasTag(""$param"")","capPer(""$param"")","awards.add($1 * $e.getQuantity(), ""$2"");"
            规则名称,事件类型,村民议事,不含标签,上限周期,本村类别
            """;

    private static final String SHEET_HEAD = """
            RuleSet,villages.hostile,,
            Import,org.jifen.rules.Event,,
            Variables,org.jifen.rules.Awards awards,,
            ,,,
            RuleTable 积分项目,,,
            """;

    /** Rules each testing a hundred attributes of its own: each stored version of such a plan kept ~150 MB. */
    private static String manyConditions(int rules, int conditions) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (int r = 0; r < rules; r++) {
            drl.append("rule \"项目").append(r).append("\"\nwhen\n    $e : Event( type == \"类型").append(r).append('"');
            for (int c = 0; c < conditions; c++) {
                drl.append(",\n        intAttr(\"属性").append(r).append('x').append(c).append("\") != ").append(c);
            }
            drl.append(" )\nthen\n    ").append(AWARD).append("\nend\n");
        }
        return drl.toString();
    }

    private static String explosion(int n) {
        StringBuilder when = new StringBuilder();
        for (int i = 0; i < n; i++) {
            when.append("( Event( quantity > ").append(i).append(" ) or Household( members > ").append(i).append(" ) )\n    ");
        }
        return rule(when.toString(), AWARD);
    }

    private static String[] manyTests(int cases) {
        String[] rows = new String[cases + 1];
        rows[0] = "用例|事件类型|期望得分";
        for (int i = 1; i <= cases; i++) {
            rows[i] = "开会" + i + "|参加村民大会|参加村民大会 2";
        }
        return rows;
    }

    private static String thirtyThousandRows() {
        StringBuilder csv = new StringBuilder("""
                RuleSet,villages.hostile,,
                Import,org.jifen.rules.Event,,
                Variables,org.jifen.rules.Awards awards,,
                ,,,
                RuleTable 积分项目,,,
                NAME,CONDITION,ACTION,
                ,$e : Event,,
                ,"type == ""$param""\","awards.add($param, ""村民议事"");",
                规则名称,事件类型,村民议事,
                """);
        for (int i = 0; i < 30_000; i++) {
            csv.append(Integer.toString(i, 36)).append(",t,1\n");
        }
        return csv.toString();
    }

    /**
     * The guide's example workbook with its help sheet (填写说明) replaced by 27,000 rows of 20 inline strings: 230 KB packed, 20 MB
     * of XML, just above the packing ratio POI takes for a zip bomb (seventh outside tryout, M1: the checking JVM ran
     * out of its 256 MB building it).
     */
    public static byte[] inflatedWorkbook() {
        Path example = Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx");
        java.util.Random text = new java.util.Random(7);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                java.nio.file.Files.newInputStream(example));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet3.xml")) {
                        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                + "spreadsheetml/2006/main\"><sheetData>");
                        for (int r = 0; r < 27_000; r++) {
                            xml.append("<row>");
                            for (int c = 0; c < 20; c++) {
                                // a little noise keeps it above the packing ratio POI refuses as a zip bomb
                                xml.append("<c t=\"inlineStr\"><is><t>").append(text.nextInt(14) == 0
                                        ? (char) ('a' + text.nextInt(16)) : 'x').append("</t></is></c>");
                            }
                            xml.append("</row>");
                        }
                        out.write(xml.append("</sheetData></worksheet>").toString()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    /**
     * The guide's example workbook whose help sheet (填写说明) is 900 rows of 19 cells that all show one shared text of
     * 32,000 random ideographs: 547 million characters shown, 111 KB packed (eighth outside attack, N6, sst.drl.xlsx).
     */
    public static byte[] sharedTextWorkbook() {
        java.util.Random random = new java.util.Random(8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 32_000; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData>");
        for (int r = 1; r <= 900; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 19; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"s\"><v>0</v></c>");
            }
            sheet.append("</row>");
        }
        java.util.Map<String, java.util.function.UnaryOperator<String>> changes = java.util.Map.of(
                "xl/worksheets/sheet3.xml", old -> sheet + "</sheetData></worksheet>",
                "[Content_Types].xml", old -> old.replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + "</Types>"),
                "xl/_rels/workbook.xml.rels", old -> old.replace("</Relationships>", "<Relationship Id=\"rId99\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                        + "Target=\"sharedStrings.xml\"/></Relationships>"));
        return exampleXml(changes, java.util.Map.of("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"17100\" uniqueCount=\"1\"><si><t>" + text + "</t></si></sst>"));
    }

    /**
     * The guide's example workbook with some of its XML parts changed (each change must change its part) and parts
     * added, for what POI's writer would never write.
     */
    private static byte[] exampleXml(java.util.Map<String, java.util.function.UnaryOperator<String>> changes,
            java.util.Map<String, String> added) {
        Path example = Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(example));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    java.util.function.UnaryOperator<String> change = changes.get(entry.getName());
                    if (change == null) {
                        in.transferTo(out);
                    } else {
                        String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        String changed = change.apply(xml);
                        if (changed.equals(xml)) {
                            throw new IllegalStateException(entry.getName() + " of the example is no longer as the change expects");
                        }
                        out.write(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    out.closeEntry();
                }
                for (java.util.Map.Entry<String, String> part : added.entrySet()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                    out.write(part.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    /**
     * The guide's example workbook with its cell F11 (参加村民大会, +3) written a second time as -50, or its row 12 a
     * second time with a veto (attack tryout 19, F13): the reading keeps the last of each.
     */
    public static byte[] writtenTwice(boolean row) {
        return writtenTwice(row, "<c r=\"F11\" t=\"n\"><v>-50</v></c>");
    }

    /** As {@link #writtenTwice(boolean)}, F11's second copy written as given: its address spelled otherwise, or none. */
    public static byte[] writtenTwice(boolean row, String secondCell) {
        java.util.function.UnaryOperator<String> change = row
                ? old -> old.replace("</row><row r=\"13\">", "</row><row r=\"12\"><c r=\"A12\" t=\"inlineStr\"><is><t>"
                        + "党员户带头参加村民大会</t></is></c><c r=\"C12\" t=\"inlineStr\"><is><t>参加村民大会</t></is></c>"
                        + "<c r=\"F12\" t=\"n\"><v>-50</v></c></row><row r=\"13\">")
                : old -> old.replace("<c r=\"F11\" t=\"n\"><v>3</v></c>",
                        "<c r=\"F11\" t=\"n\"><v>3</v></c>" + secondCell);
        return exampleXml(java.util.Map.of("xl/worksheets/sheet1.xml", change), java.util.Map.of());
    }

    /** The guide's example workbook with row 12 (党员户带头参加村民大会, +2) hidden. */
    public static final java.util.function.Supplier<byte[]> HIDDEN_ROW = () -> changedExample(book ->
            book.getSheetAt(0).getRow(11).setZeroHeight(true));
    /** The example with a veto written in K11 (参加村民大会) and column K hidden. */
    public static final java.util.function.Supplier<byte[]> HIDDEN_COLUMN = () -> changedExample(book -> {
        book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民议事");
        book.getSheetAt(0).setColumnHidden(10, true);
    });
    /** The example with the code of its 村民议事（每次分值） column (F9) negated: the column reads 3, the rule deducts 3. */
    public static final java.util.function.Supplier<byte[]> NEGATED_CODE_ROW = () -> changedExample(book -> {
        Row code = book.getSheetAt(0).getRow(8);
        code.removeCell(code.getCell(5)); // the example's cells are inline strings, which a new value does not replace
        code.createCell(5).setCellValue("awards.add(-$param * $e.getQuantity(), \"村民议事\");");
    });
    /** The example with a veto in K11 whose number format shows nothing. */
    public static final java.util.function.Supplier<byte[]> FORMAT_THAT_SHOWS_NOTHING = () -> changedExample(book -> {
        org.apache.poi.ss.usermodel.CellStyle nothing = book.createCellStyle();
        nothing.setDataFormat(book.createDataFormat().getFormat(";;;"));
        org.apache.poi.ss.usermodel.Cell veto = book.getSheetAt(0).getRow(10).createCell(10);
        veto.setCellValue("村民议事");
        veto.setCellStyle(nothing);
    });
    /** The example with a veto in K11 written in white on no fill. */
    public static final java.util.function.Supplier<byte[]> WHITE_ON_WHITE = () -> changedExample(book -> {
        org.apache.poi.xssf.usermodel.XSSFFont white = book.createFont();
        white.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
        org.apache.poi.xssf.usermodel.XSSFCellStyle style = book.createCellStyle();
        style.setFont(white);
        org.apache.poi.ss.usermodel.Cell veto = book.getSheetAt(0).getRow(10).createCell(10);
        veto.setCellValue("村民议事");
        veto.setCellStyle(style);
    });
    /** The example with a copy of its plan sheet, 参加村民大会 a veto there, very hidden and placed first. */
    public static final java.util.function.Supplier<byte[]> VERY_HIDDEN_SHEET = () -> changedExample(book -> {
        Sheet copy = book.cloneSheet(0);
        copy.getRow(10).removeCell(copy.getRow(10).getCell(5));
        copy.getRow(10).createCell(10).setCellValue("村民议事");
        book.setSheetOrder(copy.getSheetName(), 0);
        book.setSheetName(0, "Sheet0");
        book.setActiveSheet(1);
        book.setSelectedTab(1);
        book.setSheetVisibility(0, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    });

    /** Attack tryout 10, NEW-1: the example with a veto in K11 (参加村民大会) styled by {@code style}. */
    private static byte[] vetoStyled(java.util.function.BiConsumer<XSSFWorkbook,
            org.apache.poi.xssf.usermodel.XSSFCellStyle> style) {
        return changedExample(book -> {
            org.apache.poi.xssf.usermodel.XSSFCellStyle veto = book.createCellStyle();
            veto.setFont(book.createFont());
            style.accept(book, veto);
            org.apache.poi.ss.usermodel.Cell cell = book.getSheetAt(0).getRow(10).createCell(10);
            cell.setCellValue("村民议事");
            cell.setCellStyle(veto);
        });
    }

    private static org.apache.poi.xssf.usermodel.XSSFColor rgb(int rgb) {
        return new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8),
                (byte) rgb});
    }

    /** NEW-1 xa: font FEFEFE on no fill. */
    public static final java.util.function.Supplier<byte[]> NEAR_WHITE = () -> vetoStyled((book, style) ->
            style.getFont().setColor(rgb(0xFEFEFE)));
    /** NEW-1 xb: fill FFFF99, font FFFF98. */
    public static final java.util.function.Supplier<byte[]> ONE_SHADE_OFF_THE_FILL = () -> vetoStyled((book, style) -> {
        style.setFillForegroundColor(rgb(0xFFFF99));
        style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        style.getFont().setColor(rgb(0xFFFF98));
    });
    /** NEW-1 xc: black text in a 1-point font. */
    public static final java.util.function.Supplier<byte[]> ONE_POINT_FONT = () -> vetoStyled((book, style) ->
            style.getFont().setFontHeightInPoints((short) 1));
    /** NEW-1 xd: a number format whose four sections are empty texts. */
    public static final java.util.function.Supplier<byte[]> EMPTY_TEXT_FORMAT = () -> vetoStyled((book, style) ->
            style.setDataFormat(book.createDataFormat().getFormat("\"\";\"\";\"\";\"\"")));
    /** NEW-1 xg: white as the legacy palette's entry 9. */
    public static final java.util.function.Supplier<byte[]> PALETTE_WHITE = () -> vetoStyled((book, style) ->
            style.getFont().setColor((short) 9));
    /** The workbook's own palette turns entry 10 (red) white, and the veto is written in entry 10. */
    public static final java.util.function.Supplier<byte[]> CUSTOM_PALETTE_WHITE = () -> vetoStyled((book, style) -> {
        var styles = book.getStylesSource().getCTStylesheet();
        if (styles.isSetColors()) {
            styles.unsetColors(); // the example has the default palette written out
        }
        var palette = styles.addNewColors().addNewIndexedColors();
        for (int index = 0; index < 64; index++) {
            byte[] standard = org.apache.poi.xssf.usermodel.DefaultIndexedColorMap.getDefaultRGB(index);
            palette.addNewRgbColor().setRgb(index == 10 || standard == null ? new byte[] {-1, -1, -1, -1}
                    : new byte[] {-1, standard[0], standard[1], standard[2]});
        }
        style.getFont().setColor((short) 10);
    });
    /** The veto in Wingdings, where its letters are pictures. */
    public static final java.util.function.Supplier<byte[]> SYMBOL_FONT = () -> vetoStyled((book, style) ->
            style.getFont().setFontName("Wingdings"));
    /** NEW-1 xe: plain black text, and a conditional format 「LEN(K11)>0」 that turns it white. */
    public static final java.util.function.Supplier<byte[]> CONDITIONAL_WHITE = () -> changedExample(book -> {
        book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民议事");
        var formatting = book.getSheetAt(0).getSheetConditionalFormatting();
        var rule = formatting.createConditionalFormattingRule("LEN(K11)>0");
        rule.createFontFormatting().setFontColor(rgb(0xFFFFFF));
        formatting.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {
                org.apache.poi.ss.util.CellRangeAddress.valueOf("K11")}, rule);
    });
    /** The veto in K11 under a merged K10:K11, which shows only K10 (empty). */
    public static final java.util.function.Supplier<byte[]> UNDER_A_MERGED_CELL = () -> changedExample(book -> {
        book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民议事");
        book.getSheetAt(0).addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("K10:K11"));
    });
    /** Black text whose one run of rich text is white. */
    public static final java.util.function.Supplier<byte[]> WHITE_RUN_OF_TEXT = () -> changedExample(book -> {
        org.apache.poi.xssf.usermodel.XSSFFont white = book.createFont();
        white.setColor(rgb(0xFFFFFF));
        var text = new org.apache.poi.xssf.usermodel.XSSFRichTextString("村民议事");
        text.applyFont(white);
        book.getSheetAt(0).getRow(10).createCell(10).setCellValue(text);
    });
    /** The veto pushed out of its column by forty spaces before it. */
    public static final java.util.function.Supplier<byte[]> PUSHED_OUT_BY_SPACES = () -> changedExample(book ->
            book.getSheetAt(0).getRow(10).createCell(10).setCellValue(" ".repeat(40) + "村民议事"));
    /** A white text box over K11, where the veto is. */
    public static final java.util.function.Supplier<byte[]> TEXT_BOX_OVER_THE_VETO = () -> changedExample(book -> {
        book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民议事");
        var drawing = book.getSheetAt(0).createDrawingPatriarch();
        drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 10, 10, 11, 11)).setFillColor(255, 255, 255);
    });

    /** Attack tryout 11, N1: the sheet hides rows by default ({@code zeroHeight}); every row but 11 sets its height. */
    public static final java.util.function.Supplier<byte[]> SHEET_ROWS_HIDDEN_BY_DEFAULT = () -> vetoIn(book -> {
        var sheet = book.getSheetAt(0);
        sheet.getCTWorksheet().getSheetFormatPr().setZeroHeight(true);
        for (Row row : sheet) {
            if (row.getRowNum() != 10) {
                row.setHeightInPoints(15);
            } else if (sheet.getRow(10).getCTRow().isSetHt()) {
                sheet.getRow(10).getCTRow().unsetHt();
            }
        }
    });
    /** N1: the sheet's default row is 3 points and row 11 sets none of its own. */
    public static final java.util.function.Supplier<byte[]> SHEET_ROWS_3_POINTS_BY_DEFAULT = () -> vetoIn(book -> {
        var sheet = book.getSheetAt(0);
        sheet.getCTWorksheet().getSheetFormatPr().setDefaultRowHeight(3);
        sheet.getCTWorksheet().getSheetFormatPr().setCustomHeight(true);
        if (sheet.getRow(10).getCTRow().isSetHt()) {
            sheet.getRow(10).getCTRow().unsetHt();
        }
    });
    /** N1: row 11 set to 5 points, a sliver of its 11-point text. */
    public static final java.util.function.Supplier<byte[]> ROW_OF_5_POINTS = () -> vetoIn(book ->
            book.getSheetAt(0).getRow(10).setHeightInPoints(5));
    /** N1: the sheet's default column is 0.3 characters wide and column K has no width of its own. */
    public static final java.util.function.Supplier<byte[]> SHEET_COLUMNS_NARROW_BY_DEFAULT = () -> vetoIn(book -> {
        var sheet = book.getSheetAt(0);
        sheet.getCTWorksheet().getSheetFormatPr().setDefaultColWidth(0.3);
        var cols = sheet.getCTWorksheet().getColsArray(0);
        for (int c = cols.sizeOfColArray() - 1; c >= 0; c--) {
            if (cols.getColArray(c).getMin() <= 11 && cols.getColArray(c).getMax() >= 11) {
                cols.removeCol(c);
            }
        }
    });
    /** N2: the veto shrunk to fit a column 1.5 characters wide. */
    public static final java.util.function.Supplier<byte[]> SHRUNK_TO_FIT = () -> vetoStyled((book, style) -> {
        style.setShrinkToFit(true);
        book.getSheetAt(0).setColumnWidth(10, 3 * 256);
    });
    /** N3: three line breaks before the veto, wrapped and top-aligned in an ordinary row. */
    public static final java.util.function.Supplier<byte[]> LINE_BREAKS_BEFORE_THE_VETO = () -> changedExample(book -> {
        var style = book.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        var cell = book.getSheetAt(0).getRow(10).createCell(10);
        cell.setCellValue("\n\n\n村民议事");
        cell.setCellStyle(style);
    });
    /** N3: a zero-width space inside the veto's text. */
    public static final java.util.function.Supplier<byte[]> ZERO_WIDTH_CHARACTER = () -> changedExample(book ->
            book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民\u200b议事"));
    /** N8: the veto struck through, as if deleted. */
    public static final java.util.function.Supplier<byte[]> STRUCK_THROUGH = () -> vetoStyled((book, style) ->
            style.getFont().setStrikeout(true));
    /** N8: the veto turned 90 degrees in an ordinary row. */
    public static final java.util.function.Supplier<byte[]> ROTATED = () -> vetoStyled((book, style) ->
            style.setRotation((short) 90));
    /** N8: the veto as superscript. */
    public static final java.util.function.Supplier<byte[]> SUPERSCRIPT = () -> vetoStyled((book, style) ->
            style.getFont().setTypeOffset(org.apache.poi.ss.usermodel.Font.SS_SUPER));
    /** N4: an honest copy without the veto, 「公示稿」, is the tab Excel opens on. */
    public static final java.util.function.Supplier<byte[]> DECOY_SHEET_OPENED_FIRST = () -> vetoIn(book -> {
        Sheet copy = book.cloneSheet(0);
        copy.getRow(10).removeCell(copy.getRow(10).getCell(10));
        book.setSheetName(book.getSheetIndex(copy), "公示稿");
        book.setSheetOrder("公示稿", 1);
        book.getSheetAt(0).setSelected(false);
        book.setActiveSheet(1);
        book.setSelectedTab(1);
    });
    /** N4: the sheet tabs hidden, so nobody sees which sheets the workbook holds. */
    public static final java.util.function.Supplier<byte[]> SHEET_TABS_HIDDEN = () -> vetoIn(book ->
            book.getCTWorkbook().getBookViews().getWorkbookViewArray(0).setShowSheetTabs(false));

    /** N5: an extra action column Q labelled 「备注」 that vetoes 参加村民大会. */
    public static final java.util.function.Supplier<byte[]> REMARKS_COLUMN_VETOES = () -> extraAction(16, "备注",
            "awards.veto(\"$param\");", "村民议事");
    /** N5: an extra action column labelled 「说明（不计分）」 that deducts 50. */
    public static final java.util.function.Supplier<byte[]> NOTE_COLUMN_DEDUCTS = () -> extraAction(16, "说明（不计分）",
            "awards.add(-50, \"$param\");", "村民议事");
    /** N5: a veto column at AZ, far right of the table, labelled as a veto. */
    public static final java.util.function.Supplier<byte[]> FAR_VETO_COLUMN = () -> extraAction(51, "一票否决（类别）",
            "awards.veto(\"$param\");", "村民议事");

    /** Attack tryout 12, NEW-F: a veto column headed 「否决异议处理人」 (who handles rejected objections). */
    public static final java.util.function.Supplier<byte[]> OBJECTIONS_HANDLER_COLUMN_VETOES = () -> extraAction(16,
            "否决异议处理人", "awards.veto(\"$param\");", "平安建设");
    /** Attack tryout 12 (q3): a column deducting 50 headed 「平安建设负责人」 (who is in charge). */
    public static final java.util.function.Supplier<byte[]> PERSON_IN_CHARGE_COLUMN_DEDUCTS = () -> extraAction(16,
            "平安建设负责人", "awards.add(-50, \"$param\");", "平安建设");

    private static byte[] extraAction(int column, String label, String code, String value) {
        return changedExample(book -> {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(6).createCell(column).setCellValue("ACTION");
            sheet.getRow(8).createCell(column).setCellValue(code);
            sheet.getRow(9).createCell(column).setCellValue(label);
            sheet.getRow(10).createCell(column).setCellValue(value);
        });
    }

    /**
     * Attack tryout 17, W1: the cap of 参加平安巡逻 written as the text 「100」 in column B narrowed to 2.9 characters:
     * the filled cell on its right cuts it, so Excel and WPS show 「10」 while the plan caps at 100.
     */
    public static final java.util.function.Supplier<byte[]> CAP_CUT_BY_A_NARROW_COLUMN = () -> capInColumnB(
            cell -> cell.setCellValue("100"));
    /** W1 as a number: 100 in the same column, which Excel shows as 「###」 or rounds. */
    public static final java.util.function.Supplier<byte[]> NUMBER_TOO_WIDE_FOR_ITS_COLUMN = () -> capInColumnB(
            cell -> cell.setCellValue(100));

    /** Attack tryout 17, F5: a cap of 0 under the number format 「#」, which shows it as an empty cell. */
    public static final java.util.function.Supplier<byte[]> ZERO_SHOWN_AS_NOTHING = () -> changedExample(book -> {
        var style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat("#"));
        var cell = book.getSheetAt(0).getRow(12).getCell(1);
        cell.setCellValue(0);
        cell.setCellStyle(style);
    });

    /** Attack tryout 18, F11: the cap of 参加平安巡逻 merged down over 宅前屋后乱堆物's empty cap cell. */
    public static final java.util.function.Supplier<byte[]> CAP_MERGED_OVER_TWO_ITEMS = () -> changedExample(book -> {
        var row = book.getSheetAt(0).getRow(13);
        if (row.getCell(1) != null) {
            row.removeCell(row.getCell(1));
        }
        book.getSheetAt(0).addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(12, 13, 1, 1));
    });

    /** Attack tryout 18, F6: the sheet's zero values switched off. */
    public static final java.util.function.Supplier<byte[]> ZEROS_NOT_SHOWN = () -> changedExample(book ->
            book.getSheetAt(0).setDisplayZeros(false));
    /** Attack tryout 18, F7: the cap 「100」 indented four levels in a column five characters wide. */
    public static final java.util.function.Supplier<byte[]> CAP_PUSHED_OUT_BY_ITS_INDENT = () -> changedExample(book -> {
        var style = book.createCellStyle();
        style.setIndention((short) 4);
        book.getSheetAt(0).setColumnWidth(1, 5 * 256);
        var cell = book.getSheetAt(0).getRow(12).getCell(1);
        cell.setCellValue(100);
        cell.setCellStyle(style);
    });
    /** Attack tryout 18, F7: the points 3 drawn again and again across the cell by 「填充」 alignment. */
    public static final java.util.function.Supplier<byte[]> POINTS_REPEATED_BY_FILL = () -> changedExample(book -> {
        var style = book.createCellStyle();
        style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.FILL);
        book.getSheetAt(0).getRow(10).getCell(5).setCellStyle(style);
    });

    private static byte[] capInColumnB(java.util.function.Consumer<org.apache.poi.ss.usermodel.Cell> write) {
        return changedExample(book -> {
            book.getSheetAt(0).setColumnWidth(1, (int) (2.9 * 256));
            write.accept(book.getSheetAt(0).getRow(12).getCell(1));
        });
    }

    /** W1 downwards: a name wrapped to two lines in a row set to 15 points, which shows its first line only. */
    public static final java.util.function.Supplier<byte[]> SECOND_LINE_BELOW_THE_ROW = () -> changedExample(book -> {
        var style = book.createCellStyle();
        style.setWrapText(true);
        var row = book.getSheetAt(0).getRow(12);
        row.removeCell(row.getCell(0)); // the example's texts are inline: POI would keep the old one
        var cell = row.createCell(0);
        cell.setCellValue("参加平安巡逻（每月两次，由村民小组长带队）");
        cell.setCellStyle(style);
        book.getSheetAt(0).getRow(12).setHeightInPoints(15);
    });

    /** N2's honest twin: shrink-to-fit on the veto in a column 30 characters wide, where nothing shrinks. */
    public static final java.util.function.Supplier<byte[]> SHRUNK_TO_FIT_IN_A_WIDE_COLUMN = () -> vetoStyled(
            (book, style) -> {
                style.setShrinkToFit(true);
                book.getSheetAt(0).setColumnWidth(10, 30 * 256);
            });

    /** Attack tryout 12, N8: a rule whose veto reads as commented out, between {@code before} and {@code after}. */
    private static String offScreenVeto(String before, String after) {
        return HEADER + """
                rule "参加村民大会"
                when
                    $e : Event( type == "参加村民大会" )
                then
                    awards.add(3 * $e.getQuantity(), "村民议事");
                %s
                    awards.veto("平安建设");
                %s
                end
                """.formatted(before, after);
    }

    /** The example with a veto in K11 (参加村民大会), then changed by {@code change}. */
    private static byte[] vetoIn(java.util.function.Consumer<XSSFWorkbook> change) {
        return changedExample(book -> {
            book.getSheetAt(0).getRow(10).createCell(10).setCellValue("村民议事");
            change.accept(book);
        });
    }

    private static Attack hiddenVeto(String name, String file, java.util.function.Supplier<byte[]> workbook) {
        return new Attack(name, Aim.CONTRACT, List.of(new PlanFile(file, workbook.get())));
    }

    private static byte[] changedExample(java.util.function.Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(java.nio.file.Files.newInputStream(
                Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    /** A decision table whose one condition cell is a formula. */
    static byte[] formulaSheet(String formula) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("积分方案");
            String[][] rows = {
                    {"RuleSet", "villages.hostile"},
                    {"Import", "org.jifen.rules.Event"},
                    {"Variables", "org.jifen.rules.Awards awards"},
                    {},
                    {"RuleTable 积分项目"},
                    {"NAME", "CONDITION", "ACTION"},
                    {"", "$e : Event"},
                    {"", "type == \"$param\"", "awards.add($param, \"村民议事\");"},
                    {"规则名称", "事件类型", "村民议事"},
                    {"参加村民大会", null, "2"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] == null) {
                        row.createCell(c).setCellFormula(formula);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    public static String rule(String when, String then) {
        return HEADER + "\nrule \"恶意规则\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    /** Nine levels of aliases, each ten of the one before: 10^9 strings if a reader expanded them. */
    private static String laughs() {
        StringBuilder yaml = new StringBuilder("- 用例: 笑\n  事件类型: 参加村民大会\n  期望: []\n  a0: &a0 [\"哈\"]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("  a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    /** A plain one-item decision table below the given heading rows, which carry the attack. */
    private static Attack headingRows(String name, String rows) {
        return new Attack(name, Aim.CODE, List.of(PlanFile.of("恶意.drl.csv", "RuleSet,villages.hostile,,\n" + rows + """
                ,,,
                RuleTable 积分项目,,,
                NAME,CONDITION,ACTION,
                ,$e : Event,,
                ,"type == ""$param""\","awards.add($param, ""村民议事"");",
                规则名称,条件,村民议事,
                参加村民大会,参加村民大会,2,
                """)));
    }

    private static Attack drl(String name, String drl) {
        return new Attack(name, Aim.CODE, List.of(PlanFile.of("恶意.drl", drl)));
    }

    private static Attack drlCost(String name, String drl) {
        return new Attack(name, Aim.COST, List.of(PlanFile.of("恶意.drl", drl)));
    }

    /** Two rules scoring alike, the second named like the first: names a villager cannot tell apart. */
    private static Attack twoRuleNames(String name, String ruleName, String lookAlike) {
        return contract(name, HEADER + "rule \"" + ruleName + "\" when Event() then " + AWARD + " end\n"
                + "rule \"" + lookAlike + "\" when Event() then " + AWARD + " end");
    }

    /**
     * Attack tryout 13, A1–A4 (ADR 0246): a sentence or a placeholder's value that ends its rule and starts a hidden
     * one, a condition sentence that scores, and a number that is a formula; each through each route.
     */
    public static List<Attack> sentencesThatEndTheirRule() {
        String when = "[when]凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" )\n";
        String then = "[then]奖励 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\");\n";
        List<Attack> attacks = new ArrayList<>();
        attacks.add(ownSentences("A1: a .dsl [then] sentence ends its rule and starts a hidden one", when
                + "[then]给予表彰奖励 {n} 分，记在 \"{c}\" 类=awards.add({n}, \"{c}\"); end rule \"暗规则\" when Event( type =="
                + " \"参加村民大会\" ) then awards.add(100, \"村民议事\");\n",
                "凡是 \"好人好事\" 这件事", "给予表彰奖励 5 分，记在 \"文明新风\" 类"));
        attacks.add(ownSentences("A2: a .dsl [when] sentence vetoes and starts a placeholder rule", then
                + "[when]当 事件是 \"{t}\" 时=$e : Event( type == \"{t}\" ) then awards.veto(\"平安建设\"); end rule \"占位\""
                + " when Event( type == \"{t}\" )\n", "当 事件是 \"好人好事\" 时", "奖励 5 分 计入 \"文明新风\""));
        attacks.add(ownSentences("A2: a .dsl [when] sentence deducts", then
                + "[when]当 事件是 \"{t}\" 时=$e : Event( type == \"{t}\" ) then awards.add(-50, \"人居环境\"); end rule \"占位\""
                + " when Event( type == \"{t}\" )\n", "当 事件是 \"好人好事\" 时", "奖励 5 分 计入 \"文明新风\""));
        attacks.add(ownSentences("a .dsl [then] sentence opens a comment that hides the end of its rule", when
                + "[then]奖励 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\"); /*\n", "凡是 \"好人好事\" 这件事",
                "奖励 5 分 计入 \"文明新风\""));
        attacks.add(ownSentences("a .dsl [then] sentence closes the consequence's method", when
                + "[then]奖励 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\"); }\n", "凡是 \"好人好事\" 这件事",
                "奖励 5 分 计入 \"文明新风\""));
        attacks.add(standardSentences("A1: the standard sentences' type slot ends the rule and starts a hidden one",
                "当 事件类型为 \"好人好事\" ) then awards.add(100, \"村民议事\"); end rule \"好人好事（续）\" when $e : Event("
                        + " type == \"好人好事\" 时", "加 5 分 计入 \"文明新风\""));
        attacks.add(standardSentences("A4: the standard sentences' type slot adds a condition",
                "当 事件类型为 \"参加村民大会\" || type != \"x\" 时", "加 5 分 计入 \"文明新风\""));
        attacks.add(standardSentences("A4: the standard sentences' number slot vetoes",
                "当 事件类型为 \"参加村民大会\" 时", "加 1, \"村民议事\"); awards.veto(\"平安建设\"); awards.add(1 分 计入 \"村民议事\""));
        for (String number : List.of("0-5", "5*0+50", "-0+5-10", "5 * $e.getQuantity() * 100", "-5", "05", "1234567",
                "５", "五", "2.5")) {
            attacks.add(standardSentences("A3: the standard sentences' number slot holds " + number,
                    "当 事件类型为 \"参加村民大会\" 时", "加 " + number + " 分 计入 \"村民议事\""));
        }
        attacks.add(standardSentences("a DRL line of the consequence ends the rule and starts a hidden one",
                "当 事件类型为 \"参加村民大会\" 时", "> awards.add(1, \"村民议事\"); end rule \"暗规则\" when Event() then"
                        + " awards.add(100, \"村民议事\");"));
        return attacks;
    }

    /** A village's own sentences and one rule, 表彰, written with them. */
    private static Attack ownSentences(String name, String dsl, String condition, String consequence) {
        return new Attack(name, Aim.CONTRACT, List.of(PlanFile.of("表彰句式.dsl", dsl), PlanFile.of("方案.dslr", HEADER
                + "\nrule \"表彰\"\nwhen\n    " + condition + "\nthen\n    " + consequence + "\nend\n")));
    }

    /** One rule, 参会, in the standard sentences. */
    private static Attack standardSentences(String name, String condition, String consequence) {
        return new Attack(name, Aim.CONTRACT, List.of(PlanFile.of("方案.dslr", HEADER
                + "\nrule \"参会\"\nwhen\n    " + condition + "\nthen\n    " + consequence + "\nend\n")));
    }

    /** Two rules whose conditions write one event type, attribute, value or tag two ways. */
    private static Attack twoConditions(String name, String condition, String lookAlike) {
        return contract(name, HEADER + "rule \"a\" when " + condition + " then " + AWARD + " end\n"
                + "rule \"b\" when " + lookAlike + " then " + AWARD + " end");
    }

    /** A village's own .dsl with one sentence that scores ({@code [then]}), and a rule of 参加村民大会 using it. */
    private static Attack villageSentence(String name, String sentence, String used) {
        return new Attack(name, Aim.CONTRACT, List.of(
                PlanFile.of("本村句式.dsl", "[when]当 事件类型为 \"{type}\" 时=$e : Event( type == \"{type}\" )\n"
                        + "[then]" + sentence + "\n"),
                PlanFile.of("方案.dslr", HEADER + "rule \"参会\"\nwhen\n    当 事件类型为 \"参加村民大会\" 时\nthen\n    "
                        + used + "\nend\n")));
    }

    /** A village's own condition sentence on line 2 of its .dsl, used alone in the rule's conditions. */
    private static Attack villageCondition(String name, String sentence, String used) {
        return new Attack(name, Aim.CONTRACT, List.of(
                PlanFile.of("本村句式.dsl", "[then]加 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\");\n[when]" + sentence + "\n"),
                PlanFile.of("方案.dslr", HEADER + "rule \"参会\"\nwhen\n    " + used + "\nthen\n    加 5 分 计入 \"村民议事\"\nend\n")));
    }

    private static Attack contract(String name, String drl) {
        return new Attack(name, Aim.CONTRACT, List.of(PlanFile.of("恶意.drl", drl)));
    }
}
