package org.jifen.support.hostile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Malformed requests for an endpoint, derived from its handler method: bad path variables, bodies of the request
 * record with one component made invalid by what its Bean Validation annotations and its Java type forbid, broken
 * JSON, wrong content types, oversized bodies and uploads. Each is invalid by construction, so any 2xx answer to
 * one is a bug. Values come from jqwik arbitraries sampled with the caller's {@link Random} (fixed seed, no
 * shrinking): see ADR 0033.
 */
public final class MalformedRequests {

    /** One kind of malformed request for one endpoint. */
    public record Generator(String kind, Function<Random, RawRequest> next) {
    }

    /** The endpoint takes an input of a kind no generator here knows how to malform. */
    public static final class NoGenerator extends RuntimeException {

        NoGenerator(String what) {
            super(what);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BODY_LIMIT = 1024 * 1024;
    private static final Object MISSING = new Object();

    private final String village;

    /** @param village an existing village, for path variables that are not the one made invalid */
    public MalformedRequests(String village) {
        this.village = village;
    }

    /** The generators for the endpoint; empty when the request has nothing that could be malformed. */
    public List<Generator> forEndpoint(String method, String pattern, HandlerMethod handler) {
        Map<String, Class<?>> pathVariables = new LinkedHashMap<>();
        Class<?> body = null;
        String uploadPart = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (path != null) {
                String name = !path.name().isEmpty() ? path.name() : !path.value().isEmpty() ? path.value()
                        : parameter.getParameterName();
                pathVariables.put(name, parameter.getParameterType());
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = parameter.getParameterType();
                if (!body.isRecord()) {
                    throw new NoGenerator(method + " " + pattern + ": request body " + body.getName()
                            + " is not a record, so its constraints cannot be derived; add a generator");
                }
            } else if (isUpload(parameter)) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                uploadPart = param != null ? param.name() : part != null ? part.name() : parameter.getParameterName();
            }
        }
        List<Generator> generators = new ArrayList<>();
        Class<?> bodyType = body;
        String upload = uploadPart;
        if (!pathVariables.isEmpty()) {
            generators.add(new Generator("bad path variable", random -> badPath(random, method, pattern,
                    pathVariables, bodyType, upload)));
        }
        if (bodyType != null) {
            String path = plausiblePath(pattern, pathVariables);
            generators.add(new Generator("invalid field", random -> invalidField(random, method, path, bodyType)));
            generators.add(new Generator("truncated JSON", random -> {
                String whole = write(plausible(bodyType, random));
                return RawRequest.json(method, path, whole.substring(0, random.nextInt(whole.length() - 1)),
                        "truncated JSON");
            }));
            generators.add(new Generator("wrong JSON shape", random -> RawRequest.json(method, path,
                    pick(random, "[]", "[{}]", "\"text\"", "42", "null", "true", "{}{}"), "wrong JSON shape")));
            generators.add(new Generator("garbage bytes", random -> new RawRequest(method, path, "application/json",
                    garbage(random, 1 + random.nextInt(2000)), "garbage bytes")));
            generators.add(new Generator("deep nesting", random -> RawRequest.json(method, path,
                    deeplyNested(bodyType, random), "deep nesting")));
            generators.add(new Generator("wrong content type", random -> new RawRequest(method, path,
                    pick(random, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "text/csv; charset=GBK"),
                    write(plausible(bodyType, random)).getBytes(StandardCharsets.UTF_8), "wrong content type")));
            generators.add(new Generator("body too large", random -> tooLarge(random, method, path, bodyType)));
        }
        if (upload != null) {
            String path = plausiblePath(pattern, pathVariables);
            generators.add(new Generator("too many files", random -> multipart(method, path, upload,
                    files(random, 31 + random.nextInt(10), 1, 200), "too many files")));
            generators.add(new Generator("file too large", random -> multipart(method, path, upload,
                    files(random, 1, 1024 * 1024 + 1, 1536 * 1024), "file too large")));
            generators.add(new Generator("garbage files", random -> multipart(method, path, upload,
                    files(random, 1 + random.nextInt(5), 1, 5000), "garbage files")));
            generators.add(new Generator("no files", random -> multipart(method, path, "other" + upload,
                    files(random, 1, 1, 10), "no files")));
            generators.add(new Generator("broken multipart", random -> new RawRequest(method, path,
                    "multipart/form-data; boundary=jifen-boundary", garbage(random, 1 + random.nextInt(3000)),
                    "broken multipart")));
            generators.add(new Generator("not multipart", random -> RawRequest.json(method, path,
                    "{\"" + upload + "\":[\"x\"]}", "not multipart")));
        }
        return generators;
    }

    private static boolean isUpload(MethodParameter parameter) {
        if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
            return true;
        }
        Type type = parameter.getGenericParameterType();
        return type instanceof ParameterizedType generic && generic.getActualTypeArguments().length == 1
                && generic.getActualTypeArguments()[0] == MultipartFile.class;
    }

    // ---- path variables

    private RawRequest badPath(Random random, String method, String pattern, Map<String, Class<?>> variables,
            Class<?> body, String upload) {
        List<String> names = new ArrayList<>(variables.keySet());
        String bad = names.get(random.nextInt(names.size()));
        String value = badPathValue(random, bad, variables.get(bad));
        Map<String, String> values = new LinkedHashMap<>();
        variables.forEach((name, type) -> values.put(name, name.equals(bad) ? value : plausiblePathValue(name, type)));
        String path = pattern;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        String what = "bad {" + bad + "}";
        if (upload != null) {
            return multipart(method, path, upload, files(random, 1, 1, 100), what);
        }
        if (body != null) {
            return RawRequest.json(method, path, write(plausible(body, random)), what);
        }
        return new RawRequest(method, path, null, new byte[0], what);
    }

    private static String badPathValue(Random random, String name, Class<?> type) {
        if (name.equals("code")) {
            return pick(random, "no-such-" + sample(random, Arbitraries.strings().withCharRange('a', 'z')
                            .ofMinLength(1).ofMaxLength(30)),
                    sample(random, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(41).ofMaxLength(120)),
                    "无此村" + sample(random, Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(20)),
                    "NO_SUCH " + random.nextInt(1000));
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return pick(random, "9".repeat(20 + random.nextInt(30)), "-" + (1 + random.nextInt(1000)),
                    "1e3", "0x10", "十二", "1.5", "", " ", "null",
                    sample(random, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)));
        }
        if (type == YearMonth.class) {
            // No "/": Tomcat refuses an encoded slash itself, before Spring, with an HTML page (see ADR 0034).
            return pick(random, "2024-13", "2024-00", "24-07", "2024-7", "+99999-01", "2024.07", "七月",
                    "2024-07-01", "9".repeat(12));
        }
        if (type == LocalDate.class) {
            return pick(random, "2024-02-30", "2024-13-01", "yesterday", "20240715");
        }
        // Any other text: far longer than any identifier the service knows, and of characters none contains.
        return sample(random, Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥')
                .withChars("!$&'()*+,;=@~ ").ofMinLength(65).ofMaxLength(200));
    }

    private String plausiblePathValue(String name, Class<?> type) {
        return switch (name) {
            case "code" -> village;
            case "month" -> "2024-07";
            case "quarter" -> "2024-Q3";
            default -> type == YearMonth.class ? "2024-07" : type == LocalDate.class ? "2024-07-15" : "1";
        };
    }

    private String plausiblePath(String pattern, Map<String, Class<?>> variables) {
        String path = pattern;
        for (Map.Entry<String, Class<?>> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", plausiblePathValue(variable.getKey(),
                    variable.getValue()));
        }
        return path;
    }

    // ---- bodies

    private static RawRequest invalidField(Random random, String method, String path, Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        RecordComponent bad = components[random.nextInt(components.length)];
        List<Object> invalid = invalidValues(random, bad.getAnnotatedType(), bad.getAccessor());
        Object value = invalid.get(random.nextInt(invalid.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            Object plausible = component == bad ? value : plausible(component.getGenericType(), random);
            if (plausible != MISSING) {
                body.put(component.getName(), plausible);
            }
        }
        return RawRequest.json(method, path, write(body), "invalid " + bad.getName() + ": "
                + abbreviate(String.valueOf(value == MISSING ? "missing" : value)));
    }

    /** Values the component must refuse: by its constraints, by its element constraints, and by its Java type. */
    private static List<Object> invalidValues(Random random, AnnotatedType type, AnnotatedElement annotations) {
        List<Object> invalid = new ArrayList<>(wrongTypes(random, raw(type.getType())));
        Class<?> raw = raw(type.getType());
        if (has(annotations, type, NotNull.class) || has(annotations, type, NotBlank.class)
                || has(annotations, type, NotEmpty.class)) {
            invalid.add(MISSING);
            invalid.add(null);
        }
        if (has(annotations, type, NotBlank.class)) {
            invalid.add(pick(random, "", "   ", "\t"));
        }
        Size size = find(annotations, type, Size.class);
        if (size != null && size.max() < 100_000) {
            int over = size.max() + 1 + random.nextInt(40);
            if (raw == String.class) {
                invalid.add(text(random, over));
            } else if (Collection.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                Type element = typeArgument(type.getType(), 0);
                for (int i = 0; i < over; i++) {
                    list.add(element == String.class ? "第" + i + "项" : plausible(element, random));
                }
                invalid.add(list);
            } else if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < over; i++) {
                    map.put("k" + i, "v" + i);
                }
                invalid.add(map);
            }
        }
        if (size != null && size.min() > 0 && raw == String.class) {
            invalid.add(text(random, random.nextInt(size.min())));
        }
        Pattern pattern = find(annotations, type, Pattern.class);
        if (pattern != null) {
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp());
            String mismatch;
            do {
                mismatch = sample(random, Arbitraries.strings().withCharRange(' ', 'ɏ').withCharRange('一', '龥')
                        .ofMinLength(1).ofMaxLength(30));
            } while (regex.matcher(mismatch).matches());
            invalid.add(mismatch);
        }
        Min min = find(annotations, type, Min.class);
        if (min != null && min.value() > Long.MIN_VALUE) {
            invalid.add(bounded(raw, min.value() - 1 - random.nextInt(1000)));
        }
        Max max = find(annotations, type, Max.class);
        if (max != null && max.value() < Long.MAX_VALUE) {
            invalid.add(bounded(raw, max.value() + 1 + random.nextInt(1_000_000)));
        }
        if (type instanceof AnnotatedParameterizedType generic) {
            AnnotatedType[] arguments = generic.getAnnotatedActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1
                    && arguments[0].getAnnotations().length > 0) {
                for (Object element : invalidValues(random, arguments[0], arguments[0])) {
                    if (element != MISSING) {
                        List<Object> list = new ArrayList<>();
                        list.add(plausible(arguments[0].getType(), random));
                        list.add(element);
                        invalid.add(list);
                    }
                }
            }
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                if (arguments[0].getAnnotations().length > 0) {
                    for (Object key : invalidValues(random, arguments[0], arguments[0])) {
                        if (key instanceof String text) {
                            invalid.add(Map.of(text, "值"));
                        }
                    }
                }
                if (arguments[1].getAnnotations().length > 0) {
                    for (Object value : invalidValues(random, arguments[1], arguments[1])) {
                        if (value != MISSING && value != null) {
                            invalid.add(Map.of("键", value));
                        }
                    }
                }
            }
        }
        return invalid;
    }

    /** JSON that no reading of the Java type accepts (Jackson coerces numbers to text, so none is used for text). */
    private static List<Object> wrongTypes(Random random, Class<?> raw) {
        if (raw == String.class) {
            return List.of(Map.of("a", 1), List.of(1, 2));
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            String overflow = (raw == Long.class || raw == long.class ? "9223372036854775808" : "2147483648")
                    + "0".repeat(random.nextInt(5));
            return List.of("abc", Map.of(), List.of(1), new RawValue(overflow), new RawValue("9".repeat(45)),
                    "1x");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return List.of("perhaps", Map.of(), List.of(true));
        }
        if (raw == LocalDate.class) {
            return List.of("2024-02-30", "2024-13-01", "yesterday", "15/07/2024", "2024-7-15", Map.of("a", 1));
        }
        if (raw == YearMonth.class) {
            return List.of("2024-13", "July", Map.of("a", 1));
        }
        if (raw.isEnum()) {
            return List.of("NO_SUCH_VALUE", "no such value", Map.of("a", 1));
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return List.of("text", 7, Collection.class.isAssignableFrom(raw) ? Map.of("a", 1) : List.of(1));
        }
        return List.of(Map.of("unexpected", List.of()), List.of(List.of()));
    }

    /** A value of the type that a well-behaved client might send (it may still break a rule; it need not). */
    private static Object plausible(Type type, Random random) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "测试" + random.nextInt(1000);
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return 1 + random.nextInt(3);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return random.nextBoolean();
        }
        if (raw == LocalDate.class) {
            return "2024-07-15";
        }
        if (raw == YearMonth.class) {
            return "2024-07";
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return List.of(plausible(typeArgument(type, 0), random));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of("键", plausible(typeArgument(type, 1), random));
        }
        if (raw.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), plausible(component.getGenericType(), random));
            }
            return fields;
        }
        return "x";
    }

    private static String deeplyNested(Class<?> record, Random random) {
        int depth = 33 + random.nextInt(3000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (random.nextBoolean()) {
            return nested;
        }
        String field = record.getRecordComponents()[random.nextInt(record.getRecordComponents().length)].getName();
        return "{\"" + field + "\":" + nested + "}";
    }

    private static RawRequest tooLarge(Random random, String method, String path, Class<?> record) {
        String field = record.getRecordComponents()[0].getName();
        String body = "{\"" + field + "\":\"" + "长".repeat(BODY_LIMIT / 3 + 1 + random.nextInt(50_000)) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new RawRequest(method, path, "application/json", bytes, "body too large (" + bytes.length + " bytes)");
    }

    // ---- uploads

    private static List<Map.Entry<String, byte[]>> files(Random random, int count, int minBytes, int maxBytes) {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "garbage-" + i + pick(random, ".drl", ".xlsx", ".yaml", ".exe", "", ".drl.xlsx");
            files.add(Map.entry(name, garbage(random, minBytes + random.nextInt(maxBytes - minBytes + 1))));
        }
        return files;
    }

    private static RawRequest multipart(String method, String path, String part, List<Map.Entry<String, byte[]>> files,
            String what) {
        String boundary = "jifen-hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RawRequest(method, path, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                what + " (" + files.size() + " files)");
    }

    /**
     * Random bytes that are not a plan: they never start like a zip (an .xlsx) or contain a rule, so a garbage
     * file can never be a valid plan by chance.
     */
    private static byte[] garbage(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        return bytes;
    }

    // ---- helpers

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String text(Random random, int length) {
        return sample(random, Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥')
                .ofLength(length));
    }

    private static Object bounded(Class<?> raw, long value) {
        if (raw == Integer.class || raw == int.class) {
            return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? new RawValue(Long.toString(value))
                    : (Object) (int) value;
        }
        return value;
    }

    /**
     * One value, without shrinking. Outside a property jqwik generates only through its sampling facade, which draws
     * from the thread's source of randomness: {@link #seed(long)} fixes it, so a run can be repeated.
     */
    private static <T> T sample(Random random, Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    /** Fixes the seed of the values jqwik samples on this thread. */
    public static Random seed(long seed) {
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(seed));
        return new Random(seed);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[index] : String.class;
    }

    private static boolean has(AnnotatedElement element, AnnotatedType type,
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return find(element, type, annotation) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A find(AnnotatedElement element, AnnotatedType type,
            Class<A> annotation) {
        A found = element.getAnnotation(annotation);
        return found != null ? found : type.getAnnotation(annotation);
    }
}
