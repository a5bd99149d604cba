package com.thenandnow.quiz;

import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-attempt display order of options, items to order and match targets. */
class QuizAttemptTest {

    private static final int SEEDS = 500;

    private static final Question.SingleChoice CHOICE = singleChoice(1,
            right("a"), wrong("b"), wrong("c"), wrong("d"), wrong("e"));
    /** Already in alphabetical order, so sorting alone would show the right order. */
    private static final Question.Ordering ALPHABETICAL = ordering(2, "Alliluyeva", "Baryshnikov", "Nureyev");
    private static final Question.Ordering UNSORTED = ordering(3, "Nureyev", "Alliluyeva", "Baryshnikov", "Gordievsky");
    private static final Question.Ordering TWO_ITEMS = ordering(4, "first", "second");
    private static final Question.Matching ALPHABETICAL_TARGETS = matching(5, "x -> a", "y -> b", "z -> c");
    private static final Question.Matching TWO_PAIRS = matching(6, "x -> a", "y -> b");
    private static final Question.Matching UNSORTED_TARGETS = matching(7, "w -> delta", "x -> alpha", "y -> charlie",
            "z -> bravo");

    private static final List<Question> QUESTIONS = List.of(CHOICE, ALPHABETICAL, UNSORTED, TWO_ITEMS,
            ALPHABETICAL_TARGETS, TWO_PAIRS, UNSORTED_TARGETS);
    private static final Lesson SHUFFLED = lesson("shuffled", 70, true, List.of(), QUESTIONS);
    private static final Lesson IN_FILE_ORDER = lesson("in-file-order", 70, false, List.of(), QUESTIONS);

    private static QuizAttempt attempt(Lesson lesson, long seed) {
        return new QuizAttempt(UUID.randomUUID(), lesson, seed);
    }

    private static List<Integer> identity(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    /** Every order the attempt gives, one list per question. */
    private static List<List<Integer>> orders(QuizAttempt attempt) {
        return List.of(attempt.optionOrder(CHOICE, CHOICE.options().size()),
                attempt.itemOrder(ALPHABETICAL), attempt.itemOrder(UNSORTED), attempt.itemOrder(TWO_ITEMS),
                attempt.targetOrder(ALPHABETICAL_TARGETS), attempt.targetOrder(TWO_PAIRS),
                attempt.targetOrder(UNSORTED_TARGETS));
    }

    @Test
    void the_same_seed_gives_the_same_orders() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(orders(attempt(SHUFFLED, seed))).isEqualTo(orders(attempt(SHUFFLED, seed)));
        }
    }

    @Test
    void different_seeds_eventually_give_different_orders() {
        Set<List<Integer>> optionOrders = new HashSet<>();
        Set<List<Integer>> itemOrders = new HashSet<>();
        Set<List<Integer>> targetOrders = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            QuizAttempt attempt = attempt(SHUFFLED, seed);
            optionOrders.add(attempt.optionOrder(CHOICE, 5));
            itemOrders.add(attempt.itemOrder(UNSORTED));
            targetOrders.add(attempt.targetOrder(UNSORTED_TARGETS));
        }

        assertThat(optionOrders).hasSizeGreaterThan(1);
        assertThat(itemOrders).hasSizeGreaterThan(1);
        assertThat(targetOrders).hasSizeGreaterThan(1);
    }

    @Test
    void every_order_is_a_permutation_of_its_indexes() {
        for (Lesson lesson : List.of(SHUFFLED, IN_FILE_ORDER)) {
            for (long seed = 0; seed < SEEDS; seed++) {
                assertThat(orders(attempt(lesson, seed))).allSatisfy(order ->
                        assertThat(order).containsExactlyInAnyOrderElementsOf(identity(order.size())));
            }
        }
    }

    @Test
    void without_shuffle_choice_options_keep_their_file_order() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(attempt(IN_FILE_ORDER, seed).optionOrder(CHOICE, 5)).isEqualTo(identity(5));
        }
    }

    @Test
    void without_shuffle_items_to_order_and_match_targets_are_never_in_the_right_order() {
        QuizAttempt attempt = attempt(IN_FILE_ORDER, 42);

        assertThat(attempt.itemOrder(ALPHABETICAL)).isNotEqualTo(identity(3));
        assertThat(attempt.itemOrder(UNSORTED)).isNotEqualTo(identity(4));
        assertThat(attempt.targetOrder(ALPHABETICAL_TARGETS)).isNotEqualTo(identity(3));
        assertThat(attempt.targetOrder(UNSORTED_TARGETS)).isNotEqualTo(identity(4));
    }

    @Test
    void without_shuffle_two_items_or_two_targets_are_shown_swapped() {
        QuizAttempt attempt = attempt(IN_FILE_ORDER, 7);

        assertThat(attempt.itemOrder(TWO_ITEMS)).containsExactly(1, 0);
        assertThat(attempt.targetOrder(TWO_PAIRS)).containsExactly(1, 0);
    }

    @Test
    void without_shuffle_the_order_does_not_depend_on_the_seed() {
        assertThat(orders(attempt(IN_FILE_ORDER, 1))).isEqualTo(orders(attempt(IN_FILE_ORDER, 2)));
    }

    @Test
    void with_shuffle_items_to_order_and_match_targets_are_never_in_the_right_order() {
        for (long seed = 0; seed < SEEDS; seed++) {
            QuizAttempt attempt = attempt(SHUFFLED, seed);
            assertThat(attempt.itemOrder(ALPHABETICAL)).as("seed %d", seed).isNotEqualTo(identity(3));
            assertThat(attempt.itemOrder(UNSORTED)).as("seed %d", seed).isNotEqualTo(identity(4));
            assertThat(attempt.itemOrder(TWO_ITEMS)).as("seed %d", seed).containsExactly(1, 0);
            assertThat(attempt.targetOrder(ALPHABETICAL_TARGETS)).as("seed %d", seed).isNotEqualTo(identity(3));
            assertThat(attempt.targetOrder(TWO_PAIRS)).as("seed %d", seed).containsExactly(1, 0);
            assertThat(attempt.targetOrder(UNSORTED_TARGETS)).as("seed %d", seed).isNotEqualTo(identity(4));
        }
    }

    @Test
    void starting_from_the_same_random_gives_the_same_attempt() {
        QuizAttempt first = QuizAttempt.start(SHUFFLED, new Random(5));
        QuizAttempt second = QuizAttempt.start(SHUFFLED, new Random(5));

        assertThat(first).isEqualTo(second);
        assertThat(orders(first)).isEqualTo(orders(second));
    }

    @Test
    void a_retry_is_a_new_attempt_at_the_same_lesson_version() {
        Random random = new Random(9);
        QuizAttempt first = QuizAttempt.start(SHUFFLED, random);

        QuizAttempt retry = first.retry(random);

        assertThat(retry.id()).isNotEqualTo(first.id());
        assertThat(retry.seed()).isNotEqualTo(first.seed());
        assertThat(retry.lesson()).isSameAs(first.lesson());
    }

    @Test
    void an_attempt_needs_an_id_and_a_lesson() {
        assertThatThrownBy(() -> new QuizAttempt(null, SHUFFLED, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QuizAttempt(UUID.randomUUID(), null, 1)).isInstanceOf(NullPointerException.class);
    }
}
