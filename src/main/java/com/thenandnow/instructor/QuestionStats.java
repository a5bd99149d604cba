package com.thenandnow.instructor;

import java.util.List;
import java.util.Objects;

/**
 * How learners did on one question of a live lesson (see {@link ItemAnalysis} for what each count means), and
 * the lesson file it is in, so the row can link to the question in the preview.
 */
public record QuestionStats(String lessonId, String lessonTitle, String lessonFile, int questionNumber, String prompt,
                            List<Integer> sources, int answered, Share rightFirstTry, Share rightOverall,
                            List<AnswerCount> commonWrongAnswers, int reviewAnswers) {

    /**
     * Fewer learners than this say too little to single a question out: one learner's slip is not a pattern.
     */
    public static final int ATTENTION_MIN_LEARNERS = 3;

    public QuestionStats {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(lessonTitle);
        Objects.requireNonNull(lessonFile);
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(rightFirstTry);
        Objects.requireNonNull(rightOverall);
        sources = List.copyOf(sources);
        commonWrongAnswers = List.copyOf(commonWrongAnswers);
    }

    /**
     * Most learners missed it on their first try (fewer than half fully right), counted over at least
     * {@value #ATTENTION_MIN_LEARNERS} learners: the question, or the paragraph it cites, may need a look.
     */
    public boolean needsAttention() {
        return rightFirstTry.whole() >= ATTENTION_MIN_LEARNERS && 2 * rightFirstTry.part() < rightFirstTry.whole();
    }
}
