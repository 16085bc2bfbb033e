package org.jifen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The second wall around a plan (ADR 0041): the parent of the class loader that Drools compiles, links and runs a
 * plan's rules in. It resolves an explicit list of classes and hides every other class, and every other class file
 * from the Java compiler, so that rule code which names {@code java.io.File}, {@code java.nio}, {@code System},
 * {@code Runtime}, {@code ProcessHandle}, {@code Thread}, reflection or {@code java.net} does not compile, and
 * generated code that refers to them cannot link, whatever the rule-file check let through.
 *
 * <p>The list is what the fact model and the classic engine's generated rule classes need, no more: each class on it
 * was checked to offer nothing but values, the fact model, and Drools' own rule plumbing, none of which reaches the
 * file system, processes, the network, threads or other classes. A class missing from the list fails closed: the plan
 * does not build. {@code PlanWallTest} proves the wall alone stops the hostile corpus, and that legitimate plans
 * build and fire through it.
 */
final class PlanClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** Classes a plan's compiled rules may link to, by exact name. */
    static final Set<String> CLASSES = Set.of(
            // the fact model (RULES.md)
            "org.jifen.rules.Event", "org.jifen.rules.Household", "org.jifen.rules.MonthSummary",
            "org.jifen.rules.Awards", "org.jifen.rules.Awards$Kind", "org.jifen.rules.Awards$Sink",
            // values: what the fact model's methods take and return, and what accumulate yields
            "java.lang.Object", "java.lang.String", "java.lang.CharSequence", "java.lang.Comparable",
            "java.io.Serializable", "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Boolean", "java.lang.Math", "java.time.LocalDate",
            // what the compiler needs to check a method body: the throwables a generated method declares
            "java.lang.Throwable", "java.lang.Exception", "java.lang.Error",
            // Drools' generated field readers take the fact's Class in their constructor; without Method, Field,
            // Constructor or ClassLoader on this list a Class object leads nowhere
            "java.lang.Class",
            // Drools' plumbing that the generated consequence, accumulate and field-reader classes implement or call
            "org.drools.base.base.ValueResolver", "org.drools.base.base.ValueType",
            "org.drools.base.base.extractors.BaseObjectClassFieldReader", "org.drools.base.reteoo.BaseTuple",
            "org.drools.base.rule.Declaration", "org.drools.base.rule.RuleComponent",
            "org.drools.base.rule.accessor.CompiledInvoker", "org.drools.base.rule.accessor.FieldValue",
            "org.drools.base.rule.accessor.Invoker", "org.drools.base.rule.accessor.ReturnValueExpression",
            "org.drools.base.rule.consequence.Consequence", "org.drools.base.rule.consequence.ConsequenceContext",
            "org.drools.core.WorkingMemory", "org.drools.core.common.InternalFactHandle", "org.drools.core.reteoo.LeftTuple",
            "org.drools.core.reteoo.Tuple", "org.drools.core.rule.consequence.KnowledgeHelper",
            "org.drools.mvel.ConditionEvaluator", "org.drools.mvel.accessors.BaseWholeNumberClassFieldReader",
            "org.drools.mvel.asm.ConsequenceGenerator", "org.drools.mvel.asm.ConsequenceStub",
            "org.drools.mvel.asm.MethodComparator", "org.drools.mvel.field.FieldDataFactory",
            "org.drools.mvel.field.FieldFactory", "org.kie.api.runtime.KieContext",
            "org.kie.api.runtime.rule.FactHandle", "org.kie.api.runtime.rule.RuleContext",
            // the Java compiler Drools picks (without it Drools falls back to the JDK's, three times slower; its
            // methods take types that are not on this list), and the accumulate functions and operators its
            // configuration names; Drools loads them all through this loader when it starts a build
            "org.drools.ecj.EclipseJavaCompiler",
            "org.drools.core.base.accumulators.AverageAccumulateFunction",
            "org.drools.core.base.accumulators.BigDecimalAverageAccumulateFunction",
            "org.drools.core.base.accumulators.BigDecimalMaxAccumulateFunction",
            "org.drools.core.base.accumulators.BigDecimalMinAccumulateFunction",
            "org.drools.core.base.accumulators.BigDecimalSumAccumulateFunction",
            "org.drools.core.base.accumulators.BigIntegerMaxAccumulateFunction",
            "org.drools.core.base.accumulators.BigIntegerMinAccumulateFunction",
            "org.drools.core.base.accumulators.BigIntegerSumAccumulateFunction",
            "org.drools.core.base.accumulators.CollectListAccumulateFunction",
            "org.drools.core.base.accumulators.CollectSetAccumulateFunction",
            "org.drools.core.base.accumulators.CountAccumulateFunction",
            "org.drools.core.base.accumulators.IntegerMaxAccumulateFunction",
            "org.drools.core.base.accumulators.IntegerMinAccumulateFunction",
            "org.drools.core.base.accumulators.IntegerSumAccumulateFunction",
            "org.drools.core.base.accumulators.LongMaxAccumulateFunction",
            "org.drools.core.base.accumulators.LongMinAccumulateFunction",
            "org.drools.core.base.accumulators.LongSumAccumulateFunction",
            "org.drools.core.base.accumulators.MaxAccumulateFunction",
            "org.drools.core.base.accumulators.MinAccumulateFunction",
            "org.drools.core.base.accumulators.NumericMaxAccumulateFunction",
            "org.drools.core.base.accumulators.NumericMinAccumulateFunction",
            "org.drools.core.base.accumulators.StandardDeviationAccumulateFunction",
            "org.drools.core.base.accumulators.SumAccumulateFunction",
            "org.drools.core.base.accumulators.VarianceAccumulateFunction",
            "org.drools.mvel.evaluators.AfterEvaluatorDefinition",
            "org.drools.mvel.evaluators.BeforeEvaluatorDefinition",
            "org.drools.mvel.evaluators.CoincidesEvaluatorDefinition",
            "org.drools.mvel.evaluators.DuringEvaluatorDefinition",
            "org.drools.mvel.evaluators.FinishedByEvaluatorDefinition",
            "org.drools.mvel.evaluators.FinishesEvaluatorDefinition",
            "org.drools.mvel.evaluators.IncludesEvaluatorDefinition",
            "org.drools.mvel.evaluators.MeetsEvaluatorDefinition",
            "org.drools.mvel.evaluators.MetByEvaluatorDefinition",
            "org.drools.mvel.evaluators.OverlappedByEvaluatorDefinition",
            "org.drools.mvel.evaluators.OverlapsEvaluatorDefinition",
            "org.drools.mvel.evaluators.StartedByEvaluatorDefinition",
            "org.drools.mvel.evaluators.StartsEvaluatorDefinition",
            "org.drools.mvel.evaluators.SoundslikeEvaluatorsDefinition");

    /** Drools' own configuration files, which name the functions and operators above. */
    private static final Set<String> RESOURCES = Set.of("META-INF/kie.default.properties.conf",
            "META-INF/kie.default.mvel.properties.conf", "META-INF/kie.properties.conf");

    private static final String CLASS_FILE = ".class";

    private final ClassLoader application;

    PlanClassLoader(ClassLoader application) {
        super("jifen-plan", null);
        this.application = application;
    }

    static PlanClassLoader forThisApplication() {
        return new PlanClassLoader(PlanClassLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!CLASSES.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        return application.loadClass(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    @Override
    public @Nullable URL getResource(String name) {
        return visible(name) ? application.getResource(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return visible(name) ? application.getResources(name) : Collections.emptyEnumeration();
    }

    @Override
    public Stream<URL> resources(String name) {
        return visible(name) ? application.resources(name) : Stream.empty();
    }

    @Override
    public @Nullable InputStream getResourceAsStream(String name) {
        return visible(name) ? application.getResourceAsStream(name) : null;
    }

    @Override
    protected @Nullable URL findResource(String name) {
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }

    /** The class file of a listed class (the Java compiler reads those), or one of Drools' configuration files. */
    private static boolean visible(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        if (path.endsWith(CLASS_FILE)) {
            return CLASSES.contains(path.substring(0, path.length() - CLASS_FILE.length()).replace('/', '.'));
        }
        return RESOURCES.contains(path);
    }
}
