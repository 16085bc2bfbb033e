package org.jifen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Date;
import java.util.Map;

/**
 * Every time of day and date the service keeps or decides by comes from the injected {@link Clock} (ADR 0186): the
 * township's zone, one clock a test or a demonstration can stand still, and no month that turns at midnight UTC in one
 * class and midnight Beijing in another. A stopwatch ({@code System.nanoTime()}, a thread's CPU time) is no time of
 * day and stays allowed: it measures how long something took (a rule's CPU budget, a month-end's duration, a cached
 * login's age) and can never be written down as a timestamp.
 */
public final class TimeFromTheClock {

    /** The classes that may read the system's time themselves, each with the reason it stands. */
    public static final Map<String, String> ALLOWED = Map.of(
            "org.jifen.web.ClockConfiguration", "makes the one system clock (in the township's zone) every other "
                    + "class is given");

    private TimeFromTheClock() {
    }

    /** No class but the {@code allowed} ones (fully qualified names) reads the time but from a {@link Clock}. */
    public static ArchRule outside(Iterable<String> allowed) {
        return noClasses().that(notAmong(allowed))
                .should().callMethodWhere(readsTheSystemTime())
                .orShould().callConstructorWhere(makesADateOfNow())
                .because("the time comes from the injected Clock (ADR 0186)");
    }

    private static DescribedPredicate<JavaClass> notAmong(Iterable<String> allowed) {
        return DescribedPredicate.describe("are not allowed to read the system's time", type -> {
            for (String name : allowed) {
                if (type.getName().equals(name) || type.getName().startsWith(name + "$")) {
                    return false;
                }
            }
            return true;
        });
    }

    /** {@code now()} of a java.time type without a Clock, {@code System.currentTimeMillis()}, {@code Clock.system*}. */
    private static DescribedPredicate<JavaMethodCall> readsTheSystemTime() {
        return DescribedPredicate.describe("read the system's time (now() without a Clock, "
                + "System.currentTimeMillis(), Clock.system...())", call -> {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return call.getTarget().getRawParameterTypes().stream()
                                .noneMatch(parameter -> parameter.isEquivalentTo(Clock.class));
                    }
                    return owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                            || owner.equals(Clock.class.getName()) && name.startsWith("system");
                });
    }

    private static DescribedPredicate<JavaConstructorCall> makesADateOfNow() {
        return DescribedPredicate.describe("make a java.util.Date of now", call ->
                call.getTarget().getOwner().isEquivalentTo(Date.class)
                        && call.getTarget().getRawParameterTypes().isEmpty());
    }
}
