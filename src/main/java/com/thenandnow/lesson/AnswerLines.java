package com.thenandnow.lesson;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer block that is an {@code Answer:} line: true or false, a number (with a tolerance after
 * {@code ±} or {@code +/-}), or the accepted variants of a short answer, split by {@code |}.
 */
final class AnswerLines {

    private static final Pattern NUMBER_WITH_TOLERANCE =
            Pattern.compile("(" + Decimals.SIGNED + ")\\s*(?:±|\\+/-)\\s*(.*)");
    private static final Pattern TOLERANCE = Pattern.compile("\\+?" + Decimals.UNSIGNED);

    private final Problems problems;
    private final boolean typosForgiven;

    /** {@code typosForgiven}: the course's default for short answers, which a question's {@code Typos:} overrides. */
    AnswerLines(Problems problems, boolean typosForgiven) {
        this.problems = problems;
        this.typosForgiven = typosForgiven;
    }

    /** The question the line answers; empty (and reported) when it is broken. */
    Optional<AnswerBlocks.Builder> read(String value, int line) {
        String answer = value.strip();
        if (answer.isEmpty()) {
            problems.error(line, "'Answer:' is empty; write the right answer after it, e.g. 'Answer: 1967'");
            return Optional.empty();
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            boolean truth = lower.equals("true");
            return Optional.of(text -> new Question.TrueFalse(text, truth));
        }
        if (Decimals.isPlain(answer)) {
            return decimal(answer, line).map(number -> text -> new Question.NumberAnswer(text, number, BigDecimal.ZERO));
        }
        Matcher withTolerance = NUMBER_WITH_TOLERANCE.matcher(answer);
        if (withTolerance.matches()) {
            return numberWithTolerance(withTolerance.group(1), withTolerance.group(2).strip(), line);
        }
        return shortAnswer(answer, line);
    }

    private Optional<AnswerBlocks.Builder> numberWithTolerance(String value, String tolerance, int line) {
        if (!TOLERANCE.matcher(tolerance).matches()) {
            problems.error(line, "the tolerance '" + Problems.excerpt(tolerance) + "' is not a non-negative number; write e.g. 'Answer: "
                    + value + " ± 1'");
            return Optional.empty();
        }
        Optional<BigDecimal> number = decimal(value, line);
        Optional<BigDecimal> within = decimal(tolerance, line);
        if (number.isEmpty() || within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text -> new Question.NumberAnswer(text, number.get(), within.get()));
    }

    /** A number already known to be a plain decimal, or empty (and reported) when it has too many digits. */
    private Optional<BigDecimal> decimal(String plain, int line) {
        Optional<BigDecimal> number = Decimals.parse(plain);
        if (number.isEmpty()) {
            problems.error(line, "the number '" + Problems.excerpt(plain) + "' has " + Decimals.digits(plain)
                    + " digits; numbers in answers may have at most " + Decimals.MAX_DIGITS);
        }
        return number;
    }

    private Optional<AnswerBlocks.Builder> shortAnswer(String answer, int line) {
        List<String> variants = Arrays.stream(answer.split("\\|", -1)).map(String::strip).toList();
        if (variants.stream().anyMatch(String::isEmpty)) {
            problems.error(line, "'Answer: " + answer + "' has an empty variant; remove the extra '|'");
            return Optional.empty();
        }
        return Optional.of(text -> new Question.ShortAnswer(text, variants, typosForgiven));
    }
}
