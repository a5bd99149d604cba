package com.thenandnow.progress.journal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ReviewCard;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON mapping of progress: journal lines and the cluster's wire format use it alike. The mapping
 * is configured here rather than annotated in the domain, and its own settings, not the app's
 * {@code spring.jackson.*}, decide it. Records map by their components; "is…" helpers such as
 * {@code isEmpty()} are not data; a learner id is a plain string; times are ISO-8601; empty optionals are
 * left out. Each {@link ProgressChange} kind is named after its record in kebab case ({@code RecordAttempt}
 * is {@code "record-attempt"}), found from the sealed interface itself, so a new kind needs no line here; a
 * learner's {@link Response} likewise. Fields added later ({@code response}, {@code carriedOver}, {@code draft},
 * {@code review}) are optional, false or empty, so lines written before them read as they always did.
 */
public final class ProgressJson {

    private final ObjectMapper mapper;

    public ProgressJson() {
        mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule().addDeserializer(String.class, new SharedStrings()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .addMixIn(LearnerId.class, LearnerIdJson.class)
                .addMixIn(ProgressChange.class, ChangeJson.class)
                .addMixIn(Response.class, ResponseJson.class)
                .addMixIn(QuestionResult.class, QuestionResultJson.class)
                .addMixIn(LessonProgress.class, LessonProgressJson.class)
                .build();
        for (Class<?> sealed : List.of(ProgressChange.class, Response.class)) {
            for (Class<?> kind : sealed.getPermittedSubclasses()) {
                mapper.registerSubtypes(new NamedType(kind, kindName(kind)));
            }
        }
    }

    /** A change or response kind's name in the JSON: the record's simple name in kebab case. */
    static String kindName(Class<?> kind) {
        return kind.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(byte[] json, Class<T> type) throws IOException {
        return mapper.readValue(json, type);
    }

    /** A journal line: a change when it has a {@code "change"}, else a learner's whole state. */
    public JournalLine readLine(byte[] json) throws IOException {
        JsonNode node = mapper.readTree(json);
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        Class<? extends JournalLine> kind = node.has("change") ? LearnerChange.class : LearnerState.class;
        return mapper.treeToValue(node, kind);
    }

    JsonNode readTree(byte[] json) throws IOException {
        return mapper.readTree(json);
    }

    /**
     * Texts read back are shared, as the ones graded in the app are: every attempt repeats its questions'
     * prompts and feedback, and unshared copies would almost triple a restored learner's memory.
     */
    static final class SharedStrings extends StdScalarDeserializer<String> {
        SharedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            return text == null ? null : text.intern();
        }
    }

    /** A learner id is its string. */
    abstract static class LearnerIdJson {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        LearnerIdJson(String value) {
        }

        @JsonValue
        abstract String value();
    }

    /** A change names its kind in {@code "type"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    interface ChangeJson {
    }

    /** A learner's response names its kind in {@code "kind"}: {@code {"kind":"chosen","options":[1]}}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    interface ResponseJson {
    }

    /**
     * A lesson's progress written before review ({@code review}) has none in its queue; an empty queue is left out, so
     * a learner who never missed a question is written as before.
     */
    abstract static class LessonProgressJson {
        @JsonSetter(nulls = Nulls.AS_EMPTY)
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<ReviewCard> review();
    }

    /** Only a result carried over says so: the others, nearly all, leave {@code carriedOver} out. */
    abstract static class QuestionResultJson {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean carriedOver();
    }
}
