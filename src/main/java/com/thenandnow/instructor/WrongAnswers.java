package com.thenandnow.instructor;

import com.thenandnow.quiz.ShortAnswers;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts wrong answers. Answers the grader would compare as equal ("france", "France.") count as one, so a
 * typed answer's spellings do not split its count; it is shown in its most frequent spelling (on a tie, the
 * first in alphabetical order, so the figures never depend on the order learners are gone through).
 */
final class WrongAnswers {

    private static final Comparator<Map.Entry<String, Integer>> MOST_FREQUENT =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final Map<String, String> normalised;
    private final Map<String, Map<String, Integer>> spellingsByAnswer = new HashMap<>();

    /**
     * {@code normalised} remembers each answer's normalised form, shared by every question of one analysis:
     * a class gives the same few spellings again and again, and each is normalised only once.
     */
    WrongAnswers(Map<String, String> normalised) {
        this.normalised = normalised;
    }

    void add(String answer) {
        spellingsByAnswer.computeIfAbsent(normalised.computeIfAbsent(answer, ShortAnswers::normalise),
                key -> new HashMap<>()).merge(answer.strip(), 1, Integer::sum);
    }

    /** The {@code limit} most frequent answers, most frequent first; equal counts in alphabetical order. */
    List<AnswerCount> top(int limit) {
        return spellingsByAnswer.values().stream()
                .map(WrongAnswers::counted)
                .sorted(Comparator.comparingInt(AnswerCount::count).reversed().thenComparing(AnswerCount::answer))
                .limit(limit)
                .toList();
    }

    private static AnswerCount counted(Map<String, Integer> spellings) {
        String shown = spellings.entrySet().stream().sorted(MOST_FREQUENT).findFirst().orElseThrow().getKey();
        return new AnswerCount(shown, spellings.values().stream().mapToInt(Integer::intValue).sum());
    }
}
