package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jifen.rules.Awards;
import org.jspecify.annotations.Nullable;

/**
 * The expressions a rule file may write, as a grammar: literals, the fact model's properties and methods (bare or on
 * a binding), arithmetic, comparisons, {@code &&}, {@code ||}, {@code !}, {@code in}, {@code contains}, and in a
 * consequence only {@code awards.add/bonus/veto(...)}. Anything the grammar does not know is refused; there is no
 * list of forbidden words to slip past. A refusal names the offending text and where it is (0-based offset).
 *
 * <p>In a consequence the grammar is narrower (ADR 0042): the category is one string literal, the points are integer
 * literals of at most {@link #MAX_LITERAL} and the fact model's values, combined by {@code + - * / %}. The
 * consequence that is compiled is rewritten from this parse: every value widened to {@code long} and every
 * {@code + - *} overflow-checked, so that {@code intAttr(..) * quantity} cannot wrap round to a small number.
 * Nesting deeper than {@link #MAX_DEPTH} is refused rather than recursed into.
 */
final class SafeExpressions {

    static final Set<String> PROPERTIES = FactModel.PROPERTIES;
    static final Set<String> METHODS = FactModel.METHODS;
    static final Set<String> AWARD_METHODS = Set.of("add", "bonus", "veto");

    /** The deepest parentheses and prefix operators may nest (a hostile 500 overflowed the stack). */
    static final int MAX_DEPTH = TextBudget.MAX_NESTING;
    /** The largest integer a consequence may write: an award is at most this many points. */
    static final int MAX_LITERAL = CompiledPlan.MAX_AWARD_POINTS;

    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    private static final Set<String> NUMBER_PROPERTIES = Set.of("quantity", "members", "permanentResidents",
            "basePoints", "bonusPoints", "deductions", "events");
    private static final Set<String> TEXT_PROPERTIES = Set.of("type", "householdId", "month", "id", "group",
            "centralVillage");
    /** A month as the fact model writes it: year, dash, two-digit month. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Set<String> RELATIONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    /** Order relations: on text they compare character codes, never what a clerk means (attack tryout 15, S1). */
    private static final Set<String> ORDERINGS = Set.of("<", "<=", ">", ">=");
    private static final Set<String> TEXT_GETTERS = Set.of("attr", "getType", "getHouseholdId", "getId", "getGroup",
            "getCentralVillage");

    /** Why an expression is refused and where in its text. */
    record Refused(int offset, String reason) {
    }

    /** One award a consequence asks for: its kind, its category as written (unquoted) and where that is. */
    record Award(Awards.Kind kind, String category, int offset) {
    }

    /**
     * A parsed consequence: refused, or the awards it asks for and the Java that is compiled in its place.
     */
    record Consequence(@Nullable Refused refused, List<Award> awards, String java) {
    }

    static final class RefusedException extends RuntimeException {

        final transient Refused refused;

        RefusedException(int offset, String reason) {
            super(reason, null, false, false);
            this.refused = new Refused(offset, reason);
        }
    }

    private final String text;
    private final Set<String> bindings;
    private List<Token> tokens = List.of();
    private int next;
    private int depth;
    /** The tokens of the left side of the comparison being read, for {@link #comparedWith}. */
    /** How many method calls' arguments are being read: a literal is an argument there, not a condition. */
    private int calls;
    private int leftFrom;
    private int leftTo;
    private final List<Award> awards = new ArrayList<>();
    private final StringBuilder java = new StringBuilder();
    /** What the rule's values can be (ADR 0195), and the pattern whose constraint is read (null elsewhere). */
    private final RuleScope scope;
    private final RuleScope.@Nullable Pattern pattern;
    /**
     * Whether the comparisons joined by {@code &&} at the top of this constraint narrow the pattern (ADR 0199): true
     * for a pattern's constraint without a top-level {@code ||}, where each conjunct is only evaluated, or only
     * matters, when the ones before it hold.
     */
    private boolean narrowing;
    /** One overflow is said per expression: the innermost, first one found. */
    private boolean overflowSaid;

    private SafeExpressions(String text, Set<String> bindings, RuleScope scope, RuleScope.@Nullable Pattern pattern) {
        this.text = text;
        this.bindings = bindings;
        this.scope = scope;
        this.pattern = pattern;
    }

    /** A constraint of a pattern, optionally starting with a binding ({@code $q : quantity > 2}). */
    static @Nullable Refused constraint(String text, Set<String> bindings) {
        return constraint(text, bindings, new RuleScope(), new RuleScope.Pattern("?"));
    }

    /**
     * As above, knowing the rule's values: a divisor that can be zero is refused, and a constraint that compares one
     * property with an integer ({@code quantity > 6}) narrows that property for the rest of the rule.
     */
    static @Nullable Refused constraint(String text, Set<String> bindings, RuleScope scope,
            RuleScope.Pattern pattern) {
        SafeExpressions parser = new SafeExpressions(text, bindings, scope, pattern);
        return parser.run(() -> {
            int from = 0;
            if (parser.peekIs(1, ":") && parser.peek().kind == Token.Kind.WORD) {
                parser.binding(parser.peek());
                parser.next += 2;
                from = 2;
                if (parser.tokens.size() >= 3 && parser.tokens.get(2).kind == Token.Kind.WORD
                        && !parser.peekIs(1, "(", ".")) {
                    scope.bindProperty(parser.tokens.get(0).text, pattern, parser.tokens.get(2).text);
                }
            }
            parser.narrowing = parser.noTopLevelOr(from);
            parser.orExpression();
        });
    }

    /** A plain expression, such as an accumulate function's argument. */
    static @Nullable Refused expression(String text, Set<String> bindings) {
        return expression(text, bindings, new RuleScope());
    }

    static @Nullable Refused expression(String text, Set<String> bindings, RuleScope scope) {
        SafeExpressions parser = new SafeExpressions(text, bindings, scope, null);
        return parser.run(parser::orExpression);
    }

    /** A consequence: nothing but {@code awards.add(..); awards.bonus(..); awards.veto(..);}. */
    static Consequence consequence(String text, Set<String> bindings) {
        return consequence(text, bindings, new RuleScope());
    }

    /** As above, refusing points whose range can leave the bound of an award and divisors that can be zero. */
    static Consequence consequence(String text, Set<String> bindings, RuleScope scope) {
        SafeExpressions parser = new SafeExpressions(text, bindings, scope, null);
        Refused refused = parser.run(() -> {
            parser.statementsStartWithAwards();
            while (!parser.atEnd()) {
                parser.awardStatement();
            }
        });
        return new Consequence(refused, List.copyOf(parser.awards), parser.java.toString());
    }

    /** A binding's name: {@code $} and a name, never a name that could be a class, a global or a keyword. */
    static boolean isBindingName(String name) {
        return name.length() > 1 && name.charAt(0) == '$' && name.chars().skip(1).allMatch(Character::isJavaIdentifierPart)
                && name.indexOf('$', 1) < 0;
    }

    private void binding(Token name) {
        if (!isBindingName(name.text)) {
            throw refuse(name, "变量名「" + name.text + "」要以 $ 开头，例如 $e、$h");
        }
    }

    private @Nullable Refused run(Runnable grammar) {
        try {
            tokens = Token.scan(text);
            grammar.run();
            if (!atEnd()) {
                throw refuse(peek(), "这里多出了「" + peek().text + "」");
            }
            return null;
        } catch (RefusedException refused) {
            return refused.refused;
        } catch (Token.Unreadable unreadable) {
            return new Refused(unreadable.offset, unreadable.getMessage());
        } catch (StackOverflowError tooDeep) {
            return new Refused(0, "嵌套太深");
        }
    }

    private void deeper(Token at) {
        if (++depth > MAX_DEPTH) {
            throw refuse(at, "括号或「!」「-」嵌套超过 " + MAX_DEPTH + " 层，请写得简单些");
        }
    }

    /** Names foreign code first: every statement (after a top-level {@code ;}) must begin with {@code awards}. */
    private void statementsStartWithAwards() {
        int nesting = 0;
        boolean statementStart = true;
        for (Token token : tokens) {
            if (statementStart && !token.text.equals(";")) {
                if (!token.text.equals("awards")) {
                    throw refuse(token, onlyAwards(token));
                }
                statementStart = false;
            }
            if (token.text.equals("(")) {
                nesting++;
            } else if (token.text.equals(")")) {
                nesting--;
            } else if (token.text.equals(";") && nesting == 0) {
                statementStart = true;
            }
        }
    }

    private static String onlyAwards(Token foreign) {
        return "结论（then 之后）只能写 awards.add(...)、awards.bonus(...) 或 awards.veto(...)，不能写「" + foreign.text + "」";
    }

    private void awardStatement() {
        Token receiver = take();
        if (!receiver.text.equals("awards")) {
            throw refuse(receiver, onlyAwards(receiver));
        }
        expect(".");
        Token method = take();
        if (!AWARD_METHODS.contains(method.text)) {
            throw refuse(method, "awards 只有 add、bonus、veto 三种用法，不能用「" + method.text + "」");
        }
        expect("(");
        Awards.Kind kind = switch (method.text) {
            case "add" -> Awards.Kind.BASE;
            case "bonus" -> Awards.Kind.BONUS;
            default -> Awards.Kind.VETO;
        };
        String points = null;
        if (kind != Awards.Kind.VETO) {
            Token first = peek();
            Points parsed = pointsSum();
            withinTheBound(first, parsed.least());
            points = parsed.java();
            if (!atEnd() && peek().text.equals(")")) {
                throw refuse(peek(), "awards." + method.text + " 要写分值和类别两项，例如 awards." + method.text + "(2, \"村民议事\")");
            }
            expect(",");
        }
        Token category = take();
        if (category.kind != Token.Kind.STRING || !category.text.startsWith("\"")) {
            throw refuse(category, "类别要直接写在双引号里，例如 \"村民议事\"；不能是计算出来的或从事件属性取来的");
        }
        if (!atEnd() && peek().text.equals("+")) {
            throw refuse(peek(), "类别要直接写在双引号里，不能拼接");
        }
        expect(")");
        if (!atEnd() && peek().text.equals(";")) {
            next++;
        }
        awards.add(new Award(kind, category.text.substring(1, category.text.length() - 1), category.start));
        java.append("awards.").append(method.text).append('(')
                .append(points == null ? "" : points + ", ").append(category.text).append(");\n");
    }

    /**
     * Points as Java, their value when they are made of literals only (which must stay within the bound), their range
     * over the facts' bounds ({@code full}), and their range when what staff enter for the event (its quantity and
     * number attributes) is the smallest the rule accepts ({@code least}); null ranges are not known.
     */
    private record Points(String java, @Nullable Long constant, @Nullable ValueRange full,
            @Nullable ValueRange least) {

        static Points of(long constant) {
            return new Points(constant + "L", constant, ValueRange.of(constant), ValueRange.of(constant));
        }
    }

    /**
     * Finds points that can leave ±{@link #MAX_LITERAL} for some household or month even when staff enter the
     * smallest amount the rule accepts (ADR 0195): such a rule fails on real events however carefully staff record.
     * More than the bound because staff entered a large quantity stays a fault of that one entry, said when it is
     * recorded.
     */
    private void withinTheBound(Token first, @Nullable ValueRange least) {
        if (least == null || least.lo() >= -MAX_LITERAL && least.hi() <= MAX_LITERAL) {
            return;
        }
        String way = least.hi() > MAX_LITERAL ? "超过 " + MAX_LITERAL : "低于 -" + MAX_LITERAL;
        scope.found(first.start, "这条规则的分值可能" + way + " 分：按积分事实的取值范围（事件的数量和属性数值按规则允许的最小值算；"
                + "户的人数最多 " + RuleScope.MAX_PEOPLE + "，月末的件数、分数没有上限），分值" + least.words()
                + "，而每次最多给 ±" + MAX_LITERAL + " 分。请改小分值，或在条件里限定取值（例如 events <= 10）");
    }

    private Points pointsSum() {
        Points sum = pointsProduct();
        while (!atEnd() && (peek().text.equals("+") || peek().text.equals("-"))) {
            Token operator = take();
            Points right = pointsProduct();
            boolean plus = operator.text.equals("+");
            sum = folded(operator, sum, right, plus ? "Math.addExact(" : "Math.subtractExact(", ", ", ")",
                    plus ? Long::sum : (a, b) -> a - b);
        }
        return sum;
    }

    private Points pointsProduct() {
        Points product = pointsUnary();
        while (!atEnd() && (peek().text.equals("*") || peek().text.equals("/") || peek().text.equals("%"))) {
            Token operator = take();
            Points right = pointsUnary();
            if (!operator.text.equals("*")) {
                divisorWithoutZero(operator, right.full(), from(operator));
            }
            product = switch (operator.text) {
                case "*" -> folded(operator, product, right, "Math.multiplyExact(", ", ", ")", (a, b) -> a * b);
                case "/" -> folded(operator, product, right, "(", " / ", ")", (a, b) -> b == 0 ? Long.MAX_VALUE : a / b);
                default -> folded(operator, product, right, "(", " % ", ")", (a, b) -> b == 0 ? Long.MAX_VALUE : a % b);
            };
        }
        return product;
    }

    /** Two operands combined; literals alone are computed here and must stay within {@link #MAX_LITERAL}. */
    private Points folded(Token operator, Points left, Points right, String open, String between, String close,
            java.util.function.LongBinaryOperator operation) {
        String java = open + left.java() + between + right.java() + close;
        if (left.constant() == null || right.constant() == null) {
            return new Points(java, null, combined(operator.text, left.full(), right.full()),
                    combined(operator.text, left.least(), right.least()));
        }
        long value = operation.applyAsLong(left.constant(), right.constant());
        if (value > MAX_LITERAL || value < -MAX_LITERAL) {
            throw refuse(operator, "分值算出来超过 " + MAX_LITERAL + "（或除以零）：每次最多给 ±" + MAX_LITERAL + " 分");
        }
        return new Points(java, value, ValueRange.of(value), ValueRange.of(value));
    }

    /** The range of two operands combined; null where either is not known or a divisor may be zero. */
    private static @Nullable ValueRange combined(String operator, @Nullable ValueRange left,
            @Nullable ValueRange right) {
        if (left == null || right == null) {
            return null;
        }
        return switch (operator) {
            case "+" -> left.plus(right);
            case "-" -> left.minus(right);
            case "*" -> left.times(right);
            case "/" -> right.containsZero() ? null : left.dividedBy(right);
            default -> right.containsZero() ? null : left.remainder(right);
        };
    }

    /**
     * Finds a divisor whose range over the facts' bounds holds zero (ADR 0195): the rule would fail on every event or
     * month where it is zero, which a trial with typical values may never meet ({@code members - permanentResidents -
     * 1}).
     */
    private void divisorWithoutZero(Token operator, @Nullable ValueRange divisor, int from) {
        if (divisor == null || !divisor.containsZero()) {
            return;
        }
        String written = text.substring(from, tokens.get(next - 1).end).strip();
        scope.found(operator.start, "这里除以的「" + written + "」可能等于 0（按积分事实的取值范围，它" + divisor.words()
                + "），遇到这样的事件或户时会计算出错。请换一种写法，或在条件里先排除 0（例如 quantity > 1、members > 0）");
    }

    /** Where the operand after an operator starts in the text. */
    private int from(Token operator) {
        int at = tokens.indexOf(operator);
        return at + 1 < tokens.size() ? tokens.get(at + 1).start : operator.end;
    }

    private Points pointsUnary() {
        if (atEnd()) {
            throw new RefusedException(text.length(), "表达式不完整");
        }
        Token token = peek();
        deeper(token);
        try {
            if (token.text.equals("-")) {
                next++;
                Points negated = pointsUnary();
                return new Points("Math.negateExact(" + negated.java() + ")",
                        negated.constant() == null ? null : -negated.constant(),
                        negated.full() == null ? null : negated.full().negated(),
                        negated.least() == null ? null : negated.least().negated());
            }
            if (token.text.equals("+")) {
                next++;
                return pointsUnary();
            }
            return pointsPrimary();
        } finally {
            depth--;
        }
    }

    private Points pointsPrimary() {
        Token token = take();
        if (token.kind == Token.Kind.NUMBER) {
            if (!token.text.chars().allMatch(Character::isDigit) || token.text.length() > 9
                    || Integer.parseInt(token.text) > MAX_LITERAL) {
                throw refuse(token, "分值里的数「" + token.text + "」不允许：只能写不超过 " + MAX_LITERAL + " 的整数");
            }
            return Points.of(Long.parseLong(token.text));
        }
        if (token.text.equals("(")) {
            Points inner = pointsSum();
            expect(")");
            return new Points("(" + inner.java() + ")", inner.constant(), inner.full(), inner.least());
        }
        if (token.kind != Token.Kind.WORD || !bindings.contains(token.text)) {
            throw refuse(token, "分值只能由整数和本规则绑定的变量（如 $e.getQuantity()、$e.intAttr(\"小时\")）组成，"
                    + "不能写「" + token.text + "」");
        }
        int from = token.start;
        RuleScope.Value value = !atEnd() && peek().text.equals(".") ? member(token)
                : scope.on(token.text, null, null);
        int to = tokens.get(next - 1).end;
        if (!atEnd() && (peek().text.equals(".") || peek().text.equals("["))) {
            throw refuse(peek(), "不能在「" + text.substring(from, to) + "」之后继续调用或取下标（只允许一步取值）");
        }
        return new Points("((long) " + text.substring(from, to) + ")", null, value == null ? null : value.range(),
                value == null ? null : value.entered() ? value.range().nearestZero() : value.range());
    }

    /** Returns the expression's range when it is arithmetic (no comparison or logic), else null. */
    private @Nullable ValueRange orExpression() {
        ValueRange range = andExpression();
        while (!atEnd() && peek().text.equals("||")) {
            next++;
            restrictionOrAnd();
            range = null;
        }
        return range;
    }

    private @Nullable ValueRange andExpression() {
        boolean narrows = narrowing && depth == 0;
        int from = next;
        ValueRange range = relation();
        if (narrows) {
            narrow(from, next);
        }
        while (!atEnd() && peek().text.equals("&&")) {
            next++;
            restrictionOrRelation(narrows);
            range = null;
        }
        return range;
    }

    /** Drools lets {@code type == "a" || == "b"} repeat the left side: a restriction may start with its operator. */
    private void restrictionOrAnd() {
        if (!atEnd() && RELATIONS.contains(peek().text)) {
            comparedWith(tokens.get(next++));
            while (!atEnd() && peek().text.equals("&&")) {
                next++;
                restrictionOrRelation(false);
            }
        } else {
            andExpression();
        }
    }

    /** One conjunct after {@code &&}; at the top of a constraint its comparison narrows the pattern for the next. */
    private void restrictionOrRelation(boolean narrows) {
        int from = next;
        if (!atEnd() && RELATIONS.contains(peek().text)) {
            List<Token> left = tokens.subList(leftFrom, leftTo);
            Token operator = tokens.get(next++);
            comparedWith(operator);
            if (narrows) {
                narrowBy(left, operator.text, tokens.subList(from + 1, next));
            }
        } else {
            relation();
            if (narrows) {
                narrow(from, next);
            }
        }
    }

    /** Whether the constraint's tokens from {@code from} hold no {@code ||} outside parentheses. */
    private boolean noTopLevelOr(int from) {
        if (pattern == null) {
            return false;
        }
        int nesting = 0;
        for (Token token : tokens.subList(Math.min(from, tokens.size()), tokens.size())) {
            switch (token.text) {
                case "(" -> nesting++;
                case ")" -> nesting--;
                case "||" -> {
                    if (nesting == 0) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private @Nullable ValueRange relation() {
        int from = next;
        ValueRange range = additive(); // may parse relations of its own, in a method's arguments
        leftFrom = from;
        leftTo = next;
        Token operator = atEnd() ? null : peek();
        if (calls == 0 && next - from == 1 && (tokens.get(from).text.equals("true") || tokens.get(from).text.equals("false"))
                && (operator == null || !RELATIONS.contains(operator.text))) {
            // 「quantity >= $param || true」 in a spreadsheet's grey row made its column void (attack tryout 15, X1)
            throw refuse(tokens.get(from), "条件里单独写「" + tokens.get(from).text + "」没有意义：它让这个条件总是成立"
                    + "（或总不成立），表格的那一列、句子里的那个数也就不起作用了。请删掉它");
        }
        if (operator == null) {
            return range;
        }
        if (RELATIONS.contains(operator.text)) {
            next++;
            comparedWith(operator);
            if (calls == 0 && constant(from, leftTo) && constant(leftTo + 1, next)) {
                throw refuse(operator, "这个比较两边都是固定的值（「" + text.substring(tokens.get(from).start,
                        tokens.get(next - 1).end) + "」），总是成立或总不成立，不看事件和家庭户：请删掉它，或改成比较事件、家庭户的属性");
            }
        } else if (operator.text.equals("not") && peekIs(1, "in", "contains", "memberOf")) {
            next++;
            keywordRelation(from, leftTo);
        } else if (operator.text.equals("in") || operator.text.equals("contains") || operator.text.equals("memberOf")) {
            keywordRelation(from, leftTo);
        } else {
            return range;
        }
        return null;
    }

    /**
     * The right side of a comparison, refused when a property is compared with a literal of the other kind
     * ({@code quantity == "三"}, {@code type == 1}): Drools accepts it and then fails every event of the village.
     */
    private void comparedWith(Token operator) {
        int leftStart = leftFrom;
        int leftEnd = leftTo;
        int from = next;
        additive();
        if (sameText(leftStart, leftEnd, from, next)) {
            // 「type == type」 holds for every event (attack tryout 16, C1)
            throw refuse(operator, "这个比较两边写的一样（「" + text.substring(tokens.get(leftStart).start,
                    tokens.get(leftEnd - 1).end) + "」），总是成立或总不成立：请改成和一个值比较，例如 type == \"参加村民大会\"");
        }
        boolean months = mentionsMonth(leftStart, leftEnd) && (mentionsMonth(from, next) || quoted(from, next))
                || mentionsMonth(from, next) && quoted(leftStart, leftEnd);
        Token month = !months ? null : quoted(from, next) ? tokens.get(from)
                : quoted(leftStart, leftEnd) ? tokens.get(leftStart) : null;
        if (month != null) {
            writtenAsMonth(month);
        }
        if (ORDERINGS.contains(operator.text) && !months && !mentionsDay(leftStart, leftEnd) && !mentionsDay(from, next)
                && (textual(leftStart, leftEnd) || textual(from, next))) {
            throw refuse(operator, "文字不能比大小：「" + operator.text + "」会按字的编码先后来比，别的事件、别的名称也会被算进来。"
                    + "要说某一种，请写 ==；几种，请写 in (\"…\", \"…\")；比月份可以写 month >= \"2024-07\"");
        }
        decidedByItsBound(operator, leftStart, leftEnd, from, next);
        if (isType(leftStart, leftEnd) && !quoted(from, next) || isType(from, next) && !quoted(leftStart, leftEnd)) {
            // 「type == attr("备注")」 let staff choose the type a rule scores (attack tryout 19b, G2)
            throw refuse(operator, "事件类型只能和写在英文双引号里的类型比较，例如 type == \"参加村民大会\"：和属性、别的事件比较，"
                    + "登记时填的内容就能决定这条规则计哪种事");
        }
        if (leftEnd - leftStart != 1 || next - from != 1) {
            return;
        }
        Token left = tokens.get(leftStart);
        Token right = tokens.get(from);
        Token property = left.kind == Token.Kind.WORD ? left : right;
        kindsAgree(property, property == left ? right : left, operator);
    }

    /** 「2024-7」 orders after 「2024-12」, and 「2024-07-15」 is never a month (attack tryouts 18, F4; 19b, G9). */
    private void writtenAsMonth(Token month) {
        if (!MONTH.matcher(month.text.substring(1, month.text.length() - 1)).matches()) {
            throw refuse(month, "月份要写成「2024-07」这样的年-月，月份写两位（01 到 12）：" + month.text + " 不是这样写的，"
                    + "和它比较的结果不是按时间先后来的");
        }
    }

    /** A number property against a quoted literal, or a text property against a number: Drools fails every event. */
    private void kindsAgree(Token property, Token literal, Token operator) {
        if (property.kind != Token.Kind.WORD || bindings.contains(property.text)) {
            return;
        }
        boolean list = operator.text.equals("in");
        if (NUMBER_PROPERTIES.contains(property.text) && literal.kind == Token.Kind.STRING) {
            throw refuse(literal, "「" + property.text + "」是数字，不能和带引号的文字" + literal.text + "比较：请直接写阿拉伯数字，"
                    + "例如 " + property.text + (list ? " in (3, 4)" : " " + operator.text + " 3"));
        }
        if (TEXT_PROPERTIES.contains(property.text) && literal.kind == Token.Kind.NUMBER) {
            String quoted = "\"" + literal.text + "\"";
            throw refuse(literal, "「" + property.text + "」是文字，要和加英文双引号的文字比较，例如 " + property.text
                    + (list ? " in (" + quoted + ")" : " " + operator.text + " " + quoted));
        }
    }

    /**
     * Whether the tokens may be text: a quoted literal, a text property, an attribute's text ({@code attr}), or a
     * binding of a property whose values are not known to be numbers ({@code $t : type}).
     */
    private boolean textual(int from, int to) {
        List<Token> side = tokens.subList(from, Math.min(to, tokens.size()));
        java.util.ArrayDeque<Boolean> calls = new java.util.ArrayDeque<>(); // per open parenthesis: a call's?
        for (int i = 0; i < side.size(); i++) {
            Token token = side.get(i);
            if (token.text.equals("(")) {
                calls.push(i > 0 && side.get(i - 1).kind == Token.Kind.WORD);
            } else if (token.text.equals(")") && !calls.isEmpty()) {
                calls.pop();
            }
            if (calls.contains(true)) {
                continue; // a method's argument (count("垃圾分类")) is not what is compared
            }
            boolean member = i + 1 < side.size() && side.get(i + 1).text.equals(".");
            if (token.kind == Token.Kind.STRING || token.kind == Token.Kind.WORD && (TEXT_PROPERTIES.contains(token.text)
                    || TEXT_GETTERS.contains(token.text)
                    || bindings.contains(token.text) && !member && !scope.unknown(token.text)
                            && rangeOf(scope.on(token.text, null, null)) == null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens are made of literals only: no property, binding or method of the facts. */
    private boolean constant(int from, int to) {
        List<Token> side = tokens.subList(Math.min(from, tokens.size()), Math.min(to, tokens.size()));
        return !side.isEmpty() && side.stream().noneMatch(token -> token.kind == Token.Kind.WORD
                && !LITERAL_WORDS.contains(token.text));
    }

    /** Whether the tokens are the event's type alone: {@code type}, {@code getType()}, {@code $e.type}. */
    private boolean isType(int from, int to) {
        if (to > tokens.size() || to <= from) {
            return false;
        }
        StringBuilder side = new StringBuilder();
        tokens.subList(from, to).forEach(token -> side.append(token.text));
        return side.toString().matches("(\\$\\w+\\.)?(type|getType\\(\\))");
    }

    /** The fact model's bounds of the counts a condition may compare with a number. */
    private static final Map<String, ValueRange> BOUNDS = Map.of("count", ValueRange.NATURAL,
            "sum", ValueRange.NATURAL, "events", ValueRange.NATURAL, "deductions", ValueRange.NATURAL,
            "quantity", ValueRange.between(1, RuleScope.MAX_QUANTITY), "members", ValueRange.between(0, RuleScope.MAX_PEOPLE),
            "permanentResidents", ValueRange.between(0, RuleScope.MAX_PEOPLE));

    /**
     * A count or a sum compared with a number that every value it can take meets (attack tryout 19b, G1:
     * 「count("违法搭建") >= 0」 named a type in a condition that always holds), or a count, sum, quantity or number of
     * people compared with one no value can meet (attack tryout 19, F9: 「quantity > 10000」): refused like 「1 == 1」.
     */
    private void decidedByItsBound(Token operator, int leftStart, int leftEnd, int rightStart, int rightEnd) {
        ValueRange range = boundOf(leftStart, leftEnd);
        Token number = rightEnd - rightStart == 1 ? tokens.get(rightStart) : null;
        String relation = operator.text;
        if (range == null) {
            range = boundOf(rightStart, rightEnd);
            number = leftEnd - leftStart == 1 ? tokens.get(leftStart) : null;
            relation = switch (relation) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> relation;
            };
        }
        if (range == null || number == null || number.kind != Token.Kind.NUMBER || !RELATIONS.contains(relation)) {
            return;
        }
        double value;
        try {
            value = Double.parseDouble(number.text);
        } catch (NumberFormatException notPlain) {
            return;
        }
        Boolean always = decided(relation, range, value);
        // 「quantity >= 1」 from a template's 最少数量 of 1 holds always and is harmless; a count that always holds is how a
        // type is named in a condition that does not depend on it
        boolean counts = tokens.get(range == boundOf(leftStart, leftEnd) ? leftStart : rightStart).text.matches("count|sum");
        if (always != null && (!always || counts)) {
            throw refuse(operator, "这个比较" + (always ? "总是成立" : "永远不成立") + "：「" + text.substring(
                    tokens.get(Math.min(leftStart, rightStart)).start, tokens.get(Math.max(leftEnd, rightEnd) - 1).end)
                    + "」，它" + (Double.isInfinite(range.hi()) ? "不会小于 " + (long) range.lo()
                            : "只能在 " + (long) range.lo() + " 到 " + (long) range.hi() + " 之间")
                    + "，这个条件不看事件和家庭户：请删掉它，或改成真正要比较的数");
        }
    }

    /** Whether the relation holds for every value of the range (true), for none (false), or depends (null). */
    private static @Nullable Boolean decided(String relation, ValueRange range, double value) {
        boolean all;
        boolean none;
        switch (relation) {
            case ">=" -> { all = range.lo() >= value; none = range.hi() < value; }
            case ">" -> { all = range.lo() > value; none = range.hi() <= value; }
            case "<=" -> { all = range.hi() <= value; none = range.lo() > value; }
            case "<" -> { all = range.hi() < value; none = range.lo() >= value; }
            case "==" -> { all = range.lo() == value && range.hi() == value; none = value < range.lo() || value > range.hi(); }
            case "!=" -> { all = value < range.lo() || value > range.hi(); none = range.lo() == value && range.hi() == value; }
            default -> { return null; }
        }
        return all ? Boolean.TRUE : none ? Boolean.FALSE : null;
    }

    /** The bound of one side that is a count, sum or quantity alone ({@code count("x")}, {@code quantity}); else null. */
    private @Nullable ValueRange boundOf(int from, int to) {
        if (to - from < 1 || to > tokens.size()) {
            return null;
        }
        Token first = tokens.get(from);
        boolean alone = to - from == 1;
        boolean call = to - from >= 3 && tokens.get(from + 1).text.equals("(") && tokens.get(to - 1).text.equals(")")
                && tokens.subList(from + 2, to - 1).stream().allMatch(token -> token.kind == Token.Kind.STRING
                        || token.text.equals(","));
        return first.kind == Token.Kind.WORD && !bindings.contains(first.text) && (alone || call)
                ? BOUNDS.get(first.text) : null;
    }

    /**
     * Months are written 「2024-07」, so their text order is their order in time: the one text that may be ordered, with a
     * month or a quoted month (not {@code month < type}, attack tryout 16, C1).
     */
    private boolean mentionsMonth(int from, int to) {
        return mentions(from, to, "month", "getMonth");
    }

    /** A day ({@code occurredOn}) is a date, not text; what it may be compared with is the compiler's to say. */
    private boolean mentionsDay(int from, int to) {
        return mentions(from, to, "occurredOn", "getOccurredOn");
    }

    private boolean mentions(int from, int to, String property, String getter) {
        return tokens.subList(from, Math.min(to, tokens.size())).stream()
                .anyMatch(token -> token.text.equals(property) || token.text.equals(getter));
    }

    private boolean quoted(int from, int to) {
        return to - from == 1 && from < tokens.size() && tokens.get(from).kind == Token.Kind.STRING;
    }

    /** Whether both sides of a comparison are written alike, token for token. */
    private boolean sameText(int leftFrom, int leftTo, int rightFrom, int rightTo) {
        if (leftTo - leftFrom != rightTo - rightFrom || leftTo <= leftFrom || rightTo > tokens.size()) {
            return false;
        }
        for (int i = 0; i < leftTo - leftFrom; i++) {
            if (!tokens.get(leftFrom + i).text.equals(tokens.get(rightFrom + i).text)) {
                return false;
            }
        }
        return true;
    }

    private void keywordRelation(int leftStart, int leftEnd) {
        Token keyword = take();
        if (keyword.text.equals("in")) {
            deeper(keyword);
            expect("(");
            int listFrom = next;
            calls++; // the list's values, like a call's arguments, are values, not conditions
            try {
                arguments();
            } finally {
                calls--;
            }
            depth--;
            listedAgainst(keyword, leftStart, leftEnd, listFrom, next - 1);
        } else {
            additive();
        }
    }

    /**
     * Each value of an {@code in} list is held to what a comparison with it would be: a month written as one, a type
     * quoted, a literal of the property's kind ({@code month in ("2024-7")}, attack tryout 19b, G9).
     */
    private void listedAgainst(Token keyword, int leftStart, int leftEnd, int from, int to) {
        int nesting = 0;
        int itemFrom = from;
        for (int i = from; i <= to; i++) {
            String text = i < to ? tokens.get(i).text : ",";
            if (text.equals("(")) {
                nesting++;
            } else if (text.equals(")")) {
                nesting--;
            } else if (text.equals(",") && nesting == 0) {
                if (mentionsMonth(leftStart, leftEnd) && quoted(itemFrom, i)) {
                    writtenAsMonth(tokens.get(itemFrom));
                }
                if (leftEnd - leftStart == 1 && i - itemFrom == 1) {
                    kindsAgree(tokens.get(leftStart), tokens.get(itemFrom), keyword);
                }
                if (isType(leftStart, leftEnd) && !quoted(itemFrom, i)) {
                    throw refuse(itemFrom < i ? tokens.get(itemFrom) : keyword, "事件类型只能和写在英文双引号里的类型比较，"
                            + "例如 type in (\"参加村民大会\", \"垃圾分类\")：和属性、别的事件比较，登记时填的内容就能决定这条规则计哪种事");
                }
                itemFrom = i + 1;
            }
        }
    }

    private @Nullable ValueRange additive() {
        int first = next;
        ValueRange range = multiplicative();
        Overflow overflow = null;
        while (!atEnd() && (peek().text.equals("+") || peek().text.equals("-"))) {
            Token operator = take();
            range = combined(operator.text, range, multiplicative());
            overflow = overflow != null ? overflow : Overflow.of(operator.text, range);
        }
        said(overflow, first);
        return range;
    }

    private @Nullable ValueRange multiplicative() {
        int first = next;
        ValueRange range = unary();
        Overflow overflow = null;
        while (!atEnd() && (peek().text.equals("*") || peek().text.equals("/") || peek().text.equals("%"))) {
            Token operator = take();
            ValueRange right = unary();
            if (!operator.text.equals("*")) {
                divisorWithoutZero(operator, right, from(operator));
            }
            range = combined(operator.text, range, right);
            overflow = overflow != null ? overflow : Overflow.of(operator.text, range);
        }
        said(overflow, first);
        return range;
    }

    /**
     * Arithmetic in a condition whose range over the facts' known bounds can leave the range of an {@code int} (ADR
     * 0216, 0199): conditions are evaluated in {@code int}, which wraps silently ({@code quantity * 1000 * 1000 * 1000
     * > 0} is false for 3, {@code intAttr("长") + intAttr("宽") > 100} for 2147483647 and 200), so the rule does not
     * fire and staff are told the event did not meet its conditions. Every operator is checked: {@code + - * /} and
     * unary minus ({@code -intAttr("长")} and {@code intAttr("长") / -1} leave it for the smallest {@code int}). An end
     * without a known bound (a month's counts) is not taken as an overflow.
     */
    private record Overflow(String operator, ValueRange range) {

        static @Nullable Overflow of(String operator, @Nullable ValueRange range) {
            boolean leaves = range != null && (Double.isFinite(range.lo()) && range.lo() < Integer.MIN_VALUE
                    || Double.isFinite(range.hi()) && range.hi() > Integer.MAX_VALUE);
            return leaves ? new Overflow(operator, range) : null;
        }

        String what() {
            return switch (operator) {
                case "*" -> "乘积";
                case "/" -> "商";
                case "+" -> "和";
                case "-" -> "差";
                default -> "相反数";
            };
        }
    }

    /** Says the overflow of the arithmetic read from token {@code first} up to here, the first one of the expression. */
    private void said(@Nullable Overflow overflow, int first) {
        if (overflow == null || overflowSaid) {
            return;
        }
        overflowSaid = true;
        String written = text.substring(tokens.get(first).start, tokens.get(next - 1).end).strip();
        scope.found(tokens.get(first).start, "这里的" + overflow.what() + "「" + written + "」可能超出整数的范围（按积分事实的"
                + "取值范围，它" + overflow.range().words() + "，而整数只能在 " + Integer.MIN_VALUE + " 到 " + Integer.MAX_VALUE
                + " 之间）：超出时会算错，规则会悄悄地不计分。请先在条件里限定取值的上下限（例如 intAttr(\"长\") >= 0, "
                + "intAttr(\"长\") <= 10000）" + (overflow.operator().equals("*") ? "，或把乘数改小" : ""));
    }

    private @Nullable ValueRange unary() {
        if (!atEnd() && (peek().text.equals("!") || peek().text.equals("-") || peek().text.equals("+"))) {
            int first = next;
            Token operator = take();
            deeper(operator);
            ValueRange range = unary();
            depth--;
            if (range == null || operator.text.equals("!")) {
                return null;
            }
            if (operator.text.equals("-")) {
                range = range.negated();
                said(Overflow.of("neg", range), first);
            }
            return range;
        }
        return primary();
    }

    private @Nullable ValueRange primary() {
        Token token = take();
        return switch (token.kind) {
            case STRING -> null;
            case NUMBER -> token.text.chars().allMatch(Character::isDigit) && token.text.length() <= 15
                    ? ValueRange.of(Long.parseLong(token.text)) : null;
            case SYMBOL -> {
                if (!token.text.equals("(")) {
                    throw refuse(token, "这里不能出现「" + token.text + "」");
                }
                deeper(token);
                ValueRange inner = orExpression();
                expect(")");
                depth--;
                yield inner;
            }
            case WORD -> access(token);
        };
    }

    /** A property, a method of the fact model, or one of those on a binding; one step, never a chain. */
    private @Nullable ValueRange access(Token word) {
        if (LITERAL_WORDS.contains(word.text)) {
            return null;
        }
        if (!atEnd() && peek().text.equals("(")) {
            String argument = method(word);
            return rangeOf(pattern == null ? null : pattern.value(word.text, argument));
        }
        RuleScope.Value value;
        if (!atEnd() && peek().text.equals(".")) {
            if (!bindings.contains(word.text)) {
                throw refuse(word, "「" + word.text + "」不是本规则绑定的变量；规则只能使用 Event、Household、MonthSummary "
                        + "的属性和方法，不能使用类名、包名或其他对象");
            }
            value = member(word);
        } else if (!PROPERTIES.contains(word.text) && !bindings.contains(word.text)) {
            throw refuse(word, "不认识的名称「" + word.text + "」；可以使用的属性有 " + String.join("、",
                    new java.util.TreeSet<>(FactModel.CONTRACT_PROPERTIES)));
        } else {
            value = bindings.contains(word.text) ? scope.on(word.text, null, null)
                    : pattern == null ? null : pattern.value(word.text, null);
        }
        if (!atEnd() && (peek().text.equals(".") || peek().text.equals("["))) {
            throw refuse(peek(), "不能在「" + word.text + "」之后继续调用或取下标（只允许一步取值）");
        }
        return rangeOf(value);
    }

    private static @Nullable ValueRange rangeOf(RuleScope.@Nullable Value value) {
        return value == null ? null : value.range();
    }

    /**
     * After a binding: its dot, then one property, or one method of the fact model with its arguments; the value it
     * names, where known.
     */
    private RuleScope.@Nullable Value member(Token binding) {
        expect(".");
        Token member = take();
        if (!atEnd() && peek().text.equals("(")) {
            String argument = method(member);
            return scope.on(binding.text, member.text, argument);
        } else if (!PROPERTIES.contains(member.text)) {
            throw refuse(member, "不认识的属性「" + member.text + "」");
        }
        return scope.on(binding.text, member.text, null);
    }

    /** A method call with its arguments; the text of its argument when that is one string literal. */
    private @Nullable String method(Token name) {
        if (!METHODS.contains(name.text)) {
            throw refuse(name, "不允许调用「" + name.text + "」；只能调用积分事实模型的方法，例如 attr、intAttr、flag、"
                    + "hasTag、count、sum 和 getQuantity 等取值方法");
        }
        deeper(name);
        expect("(");
        calls++;
        try {
            return callArguments(name);
        } finally {
            calls--;
        }
    }

    private @Nullable String callArguments(Token name) {
        if (!atEnd() && peek().text.equals("null")) {
            throw refuse(peek(), "「" + name.text + "」的括号里要写加英文双引号的名称，例如 " + name.text + "(\"会议名称\")，不能写 null");
        }
        String argument = !atEnd() && peek().kind == Token.Kind.STRING && peekIs(1, ")")
                ? peek().text.substring(1, peek().text.length() - 1) : null;
        arguments();
        depth--;
        if (!atEnd() && (peek().text.equals(".") || peek().text.equals("["))) {
            throw refuse(peek(), "不能在「" + name.text + "(...)」之后继续调用（只允许一步取值）");
        }
        return argument;
    }

    /**
     * A comparison of a property (or a method with a text argument) with an integer narrows that property for the rest
     * of the rule ({@code quantity > 6}, {@code 0 < members}, {@code intAttr("小时") >= 2}, {@code intAttr("长") >= -5});
     * any other shape narrows nothing.
     */
    private void narrow(int from, int to) {
        List<Token> comparison = tokens.subList(from, to);
        int relation = 1;
        while (relation < comparison.size() && !RELATIONS.contains(comparison.get(relation).text)) {
            relation++;
        }
        if (relation >= comparison.size() - 1) {
            return;
        }
        String operator = comparison.get(relation).text;
        if (relation == 1 && comparison.get(0).kind == Token.Kind.NUMBER) {
            narrowBy(comparison.subList(2, comparison.size()), switch (operator) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> operator;
            }, comparison.subList(0, 1));
        } else {
            narrowBy(comparison.subList(0, relation), operator, comparison.subList(relation + 1, comparison.size()));
        }
    }

    /** Narrows by {@code property operator number}: a property or {@code method("text")}, an integer or its negation. */
    private void narrowBy(List<Token> property, String operator, List<Token> number) {
        if (pattern == null || number.isEmpty() || number.size() > 2 || property.isEmpty()) {
            return;
        }
        boolean negative = number.size() == 2;
        Token digits = number.get(number.size() - 1);
        if (negative && !number.get(0).text.equals("-") || digits.kind != Token.Kind.NUMBER
                || !digits.text.chars().allMatch(Character::isDigit) || digits.text.length() > 9
                || property.get(0).kind != Token.Kind.WORD || bindings.contains(property.get(0).text)) {
            return;
        }
        String argument = null;
        if (property.size() == 4 && property.get(1).text.equals("(") && property.get(2).kind == Token.Kind.STRING
                && property.get(3).text.equals(")")) {
            argument = property.get(2).text.substring(1, property.get(2).text.length() - 1);
        } else if (property.size() != 1) {
            return;
        }
        long value = Long.parseLong(digits.text);
        pattern.narrow(property.get(0).text, argument, operator, negative ? -value : value);
    }

    /** Comma-separated expressions up to and including the closing parenthesis. */
    private void arguments() {
        if (!atEnd() && peek().text.equals(")")) {
            next++;
            return;
        }
        orExpression();
        while (!atEnd() && peek().text.equals(",")) {
            next++;
            orExpression();
        }
        expect(")");
    }

    private void expect(String symbol) {
        Token token = take();
        if (!token.text.equals(symbol)) {
            throw refuse(token, "这里应当是「" + symbol + "」，却是「" + token.text + "」");
        }
    }

    private Token take() {
        if (atEnd()) {
            int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end;
            throw new RefusedException(end, "表达式不完整");
        }
        return tokens.get(next++);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean peekIs(int ahead, String... texts) {
        if (next + ahead >= tokens.size()) {
            return false;
        }
        String text = tokens.get(next + ahead).text;
        for (String candidate : texts) {
            if (candidate.equals(text)) {
                return true;
            }
        }
        return false;
    }

    private boolean atEnd() {
        return next >= tokens.size();
    }

    private static RefusedException refuse(Token token, String reason) {
        return new RefusedException(token.start, reason);
    }

    /** The words of an expression: strings, numbers, names and symbols; comments dropped. */
    record Token(Kind kind, String text, int start, int end) {

        enum Kind { STRING, NUMBER, WORD, SYMBOL }

        /** The longest text or number a rule may write: no event attribute can be longer to compare with. */
        static final int MAX_LITERAL_LENGTH = PlanLimits.MAX_ATTRIBUTE_VALUE;

        private static final List<String> SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+",
                "-", "*", "/", "%", "(", ")", ",", ".", ":", ";");

        static final class Unreadable extends RuntimeException {

            final int offset;

            Unreadable(int offset, String message) {
                super(message, null, false, false);
                this.offset = offset;
            }
        }

        static List<Token> scan(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new Unreadable(i, "注释 /* 没有结束");
                    }
                    i = end + 2;
                } else if (c == '"' || c == '\'') {
                    int end = stringEnd(text, i, c);
                    if (end - i - 2 > MAX_LITERAL_LENGTH) {
                        throw new Unreadable(i, "引号里的文字有 " + (end - i - 2) + " 个字，太长了：规则里的一段文字最多 "
                                + MAX_LITERAL_LENGTH + " 个字（事件属性的值也最多这么长），请写短些");
                    }
                    tokens.add(new Token(Kind.STRING, text.substring(i, end), i, end));
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = i;
                    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                        end++;
                    }
                    if (end - i > MAX_LITERAL_LENGTH) {
                        throw new Unreadable(i, "这个数有 " + (end - i) + " 位，太长了：规则里的数最多 " + MAX_LITERAL_LENGTH
                                + " 位");
                    }
                    if (c == '0' && end > i + 1 && Character.isDigit(text.charAt(i + 1))) {
                        // Java reads 010 as 8 (octal) while every view shows 010: attack tryout 15, O1.
                        throw new Unreadable(i, "数「" + text.substring(i, end) + "」以 0 开头：这样写系统会当成另一个数"
                                + "（010 会被当成 8），请去掉前面的 0，写成 " + text.substring(i, end).replaceFirst("^0+(?=\\d)", ""));
                    }
                    tokens.add(new Token(Kind.NUMBER, text.substring(i, end), i, end));
                    i = end;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i + 1;
                    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                        end++;
                    }
                    tokens.add(new Token(Kind.WORD, text.substring(i, end), i, end));
                    i = end;
                } else {
                    int at = i;
                    String symbol = SYMBOLS.stream().filter(s -> text.startsWith(s, at)).findFirst()
                            .orElseThrow(() -> new Unreadable(at, "不允许的符号「" + text.charAt(at) + "」"));
                    tokens.add(new Token(Kind.SYMBOL, symbol, i, i + symbol.length()));
                    i += symbol.length();
                }
            }
            return tokens;
        }

        private static int stringEnd(String text, int start, char quote) {
            int i = start + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else if (c == '\n') {
                    break;
                } else {
                    i++;
                }
            }
            throw new Unreadable(start, "字符串没有结束（缺少引号）");
        }
    }
}
