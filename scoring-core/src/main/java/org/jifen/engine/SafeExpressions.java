package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The expressions a rule file may write, as a grammar: literals, the fact model's properties and methods (bare or on
 * a binding), arithmetic, comparisons, {@code &&}, {@code ||}, {@code !}, {@code in}, {@code contains}, and in a
 * consequence only {@code awards.add/bonus/veto(...)}. Anything the grammar does not know is refused; there is no
 * list of forbidden words to slip past. A refusal names the offending text and where it is (0-based offset).
 */
final class SafeExpressions {

    /** Properties of Event, Household and MonthSummary, and of the Number an accumulate yields. */
    static final Set<String> PROPERTIES = Set.of("type", "householdId", "occurredOn", "month", "quantity", "id",
            "group", "centralVillage", "members", "permanentResidents", "basePoints", "bonusPoints", "deductions",
            "events", "intValue", "longValue", "doubleValue");

    /** Methods of the fact model (and the Number an accumulate yields), none of which can reach anything else. */
    static final Set<String> METHODS = Set.of("attr", "intAttr", "flag", "hasTag", "count", "sum", "getType",
            "getHouseholdId", "getOccurredOn", "getMonth", "getQuantity", "getId", "getGroup", "getCentralVillage",
            "getMembers", "getPermanentResidents", "getBasePoints", "getBonusPoints", "getDeductions", "getEvents",
            "intValue", "longValue", "doubleValue");

    static final Set<String> AWARD_METHODS = Set.of("add", "bonus", "veto");

    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    private static final Set<String> RELATIONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** Why an expression is refused and where in its text. */
    record Refused(int offset, String reason) {
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

    private SafeExpressions(String text, Set<String> bindings) {
        this.text = text;
        this.bindings = bindings;
    }

    /** A constraint of a pattern, optionally starting with a binding ({@code $q : quantity > 2}). */
    static @Nullable Refused constraint(String text, Set<String> bindings) {
        SafeExpressions parser = new SafeExpressions(text, bindings);
        return parser.run(() -> {
            if (parser.peekIs(1, ":") && parser.peek().kind == Token.Kind.WORD) {
                parser.next += 2;
            }
            parser.orExpression();
        });
    }

    /** A plain expression, such as an accumulate function's argument. */
    static @Nullable Refused expression(String text, Set<String> bindings) {
        SafeExpressions parser = new SafeExpressions(text, bindings);
        return parser.run(parser::orExpression);
    }

    /** A consequence: nothing but {@code awards.add(..); awards.bonus(..); awards.veto(..);}. */
    static @Nullable Refused consequence(String text, Set<String> bindings) {
        SafeExpressions parser = new SafeExpressions(text, bindings);
        return parser.run(() -> {
            while (!parser.atEnd()) {
                parser.awardStatement();
            }
        });
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
        }
    }

    private void awardStatement() {
        Token receiver = take();
        if (!receiver.text.equals("awards")) {
            throw refuse(receiver, "结论（then 之后）只能写 awards.add(...)、awards.bonus(...) 或 awards.veto(...)，"
                    + "不能写「" + receiver.text + "」");
        }
        expect(".");
        Token method = take();
        if (!AWARD_METHODS.contains(method.text)) {
            throw refuse(method, "awards 只有 add、bonus、veto 三种用法，不能用「" + method.text + "」");
        }
        expect("(");
        arguments();
        if (!atEnd() && peek().text.equals(";")) {
            next++;
        }
    }

    private void orExpression() {
        andExpression();
        while (!atEnd() && peek().text.equals("||")) {
            next++;
            restrictionOrAnd();
        }
    }

    private void andExpression() {
        relation();
        while (!atEnd() && peek().text.equals("&&")) {
            next++;
            restrictionOrRelation();
        }
    }

    /** Drools lets {@code type == "a" || == "b"} repeat the left side: a restriction may start with its operator. */
    private void restrictionOrAnd() {
        if (!atEnd() && RELATIONS.contains(peek().text)) {
            next++;
            additive();
            while (!atEnd() && peek().text.equals("&&")) {
                next++;
                restrictionOrRelation();
            }
        } else {
            andExpression();
        }
    }

    private void restrictionOrRelation() {
        if (!atEnd() && RELATIONS.contains(peek().text)) {
            next++;
            additive();
        } else {
            relation();
        }
    }

    private void relation() {
        additive();
        if (atEnd()) {
            return;
        }
        Token operator = peek();
        if (RELATIONS.contains(operator.text)) {
            next++;
            additive();
        } else if (operator.text.equals("not") && peekIs(1, "in", "contains", "memberOf")) {
            next++;
            keywordRelation();
        } else if (operator.text.equals("in") || operator.text.equals("contains") || operator.text.equals("memberOf")) {
            keywordRelation();
        }
    }

    private void keywordRelation() {
        Token keyword = take();
        if (keyword.text.equals("in")) {
            expect("(");
            arguments();
        } else {
            additive();
        }
    }

    private void additive() {
        multiplicative();
        while (!atEnd() && (peek().text.equals("+") || peek().text.equals("-"))) {
            next++;
            multiplicative();
        }
    }

    private void multiplicative() {
        unary();
        while (!atEnd() && (peek().text.equals("*") || peek().text.equals("/") || peek().text.equals("%"))) {
            next++;
            unary();
        }
    }

    private void unary() {
        if (!atEnd() && (peek().text.equals("!") || peek().text.equals("-") || peek().text.equals("+"))) {
            next++;
            unary();
        } else {
            primary();
        }
    }

    private void primary() {
        Token token = take();
        switch (token.kind) {
            case STRING, NUMBER -> { }
            case SYMBOL -> {
                if (!token.text.equals("(")) {
                    throw refuse(token, "这里不能出现「" + token.text + "」");
                }
                orExpression();
                expect(")");
            }
            case WORD -> access(token);
        }
    }

    /** A property, a method of the fact model, or one of those on a binding; one step, never a chain. */
    private void access(Token word) {
        if (LITERAL_WORDS.contains(word.text)) {
            return;
        }
        if (!atEnd() && peek().text.equals("(")) {
            method(word);
            return;
        }
        if (!atEnd() && peek().text.equals(".")) {
            if (!bindings.contains(word.text)) {
                throw refuse(word, "「" + word.text + "」不是本规则绑定的变量；规则只能使用 Event、Household、MonthSummary "
                        + "的属性和方法，不能使用类名、包名或其他对象");
            }
            next++;
            Token member = take();
            if (!atEnd() && peek().text.equals("(")) {
                method(member);
            } else if (!PROPERTIES.contains(member.text)) {
                throw refuse(member, "不认识的属性「" + member.text + "」");
            }
        } else if (!PROPERTIES.contains(word.text) && !bindings.contains(word.text)) {
            throw refuse(word, "不认识的名称「" + word.text + "」；可以使用的属性有 " + String.join("、",
                    new java.util.TreeSet<>(PROPERTIES)));
        }
        if (!atEnd() && (peek().text.equals(".") || peek().text.equals("["))) {
            throw refuse(peek(), "不能在「" + word.text + "」之后继续调用或取下标（只允许一步取值）");
        }
    }

    private void method(Token name) {
        if (!METHODS.contains(name.text)) {
            throw refuse(name, "不允许调用「" + name.text + "」；只能调用积分事实模型的方法，例如 attr、intAttr、flag、"
                    + "hasTag、count、sum 和 getQuantity 等取值方法");
        }
        expect("(");
        arguments();
        if (!atEnd() && (peek().text.equals(".") || peek().text.equals("["))) {
            throw refuse(peek(), "不能在「" + name.text + "(...)」之后继续调用（只允许一步取值）");
        }
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
                    tokens.add(new Token(Kind.STRING, text.substring(i, end), i, end));
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = i;
                    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                        end++;
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
