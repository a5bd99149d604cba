package com.thenandnow.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.matching;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.number;
import static com.thenandnow.quiz.QuizFixtures.ordering;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.singleChoice;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.withFeedback;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marks on a checked answer, for every kind of question: each line in words a screen reader reads ("Your
 * answer · wrong", "Right answer"), with an icon that only repeats them.
 */
class AnswerMarksTest {

    private static final Question.SingleChoice WHO = singleChoice(1, right("Stalin's only daughter"),
            withFeedback(wrong("A ballet dancer"), "<p>That was Rudolf Nureyev.</p>"), wrong("A Soviet diplomat"));

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private static QuestionCard checked(Question question, Response response) {
        QuestionCard card = new QuestionCard(question, QuizAttempt.start(lesson("marks", List.of(question)), new Random(1)));
        card.showResult(QuizGrader.grade(question, response));
        return card;
    }

    /** Every marked line as "text | words", in page order. */
    private static List<String> marks(Component card) {
        return _find(card, MarkRow.class).stream().map(row -> text(row, "mark-text") + " | " + text(row, "mark-words")).toList();
    }

    private static String text(Component row, String className) {
        return _find(row, Span.class, spec -> spec.withClasses(className)).stream().map(Span::getText)
                .collect(Collectors.joining());
    }

    @Test
    void a_wrong_choice_is_marked_as_the_learners_wrong_answer_and_the_right_option_as_the_right_answer() {
        QuestionCard card = checked(WHO, new Response.Chosen(Set.of(1)));

        assertThat(marks(card)).containsExactlyInAnyOrder("Stalin's only daughter | Right answer",
                "A ballet dancer | Your answer · wrong", "A Soviet diplomat | ");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("verdict")).getText()).isEqualTo("Wrong");
    }

    @Test
    void an_options_feedback_sits_under_that_option() {
        QuestionCard card = checked(WHO, new Response.Chosen(Set.of(1)));

        MarkRow dancer = _find(card, MarkRow.class).stream().filter(row -> text(row, "mark-text").equals("A ballet dancer"))
                .findFirst().orElseThrow();
        assertThat(dancer.getElement().getChildren().anyMatch(child -> child.getOuterHTML().contains("That was Rudolf Nureyev")))
                .isTrue();
        assertThat(_find(card, MarkRow.class)).filteredOn(row -> row != dancer)
                .allSatisfy(row -> assertThat(row.getElement().getOuterHTML()).doesNotContain("Nureyev"));
    }

    @Test
    void a_right_choice_is_marked_as_the_learners_right_answer() {
        assertThat(marks(checked(WHO, new Response.Chosen(Set.of(0))))).contains("Stalin's only daughter | Your answer · right");
    }

    @Test
    void multiple_choice_marks_each_pick_and_each_right_option_not_picked() {
        Question question = multipleChoice(2, right("Nureyev"), right("Baryshnikov"), wrong("Gagarin"));

        assertThat(marks(checked(question, new Response.Chosen(Set.of(0, 2))))).containsExactlyInAnyOrder(
                "Nureyev | Your answer · right", "Baryshnikov | Right answer · not picked", "Gagarin | Your answer · wrong");
    }

    @Test
    void an_unanswered_choice_shows_the_right_answer_among_the_options() {
        assertThat(marks(checked(trueFalse(3, false), Response.BLANK))).containsExactly("True | ", "False | Right answer");
    }

    @Test
    void a_short_answer_one_typo_off_is_right_and_names_the_spelling() {
        QuestionCard card = checked(shortAnswer(4, "Baryshnikov", "Mikhail Baryshnikov"), new Response.Typed("Barishnikov"));

        assertThat(marks(card)).containsExactly("Barishnikov | Your answer · right — check the spelling: Baryshnikov");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("verdict")).getText()).isEqualTo("Right");
    }

    @Test
    void a_wrong_typed_answer_is_followed_by_the_right_one() {
        assertThat(marks(checked(number(5, "1967", "1"), new Response.Figure("1974"))))
                .containsExactly("1974 | Your answer · wrong", "1967 (± 1) | Right answer");
    }

    @Test
    void each_position_of_an_order_is_marked_right_or_wrong_next_to_the_right_order() {
        QuestionCard card = checked(ordering(6, "Nureyev", "Alliluyeva", "Baryshnikov"), new Response.Arranged(List.of(0, 2, 1)));

        assertThat(marks(card)).containsExactly("Nureyev | right place", "Baryshnikov | wrong place · belongs at 3",
                "Alliluyeva | wrong place · belongs at 2");
        OrderedList rightOrder = _get(card, OrderedList.class, spec -> spec.withClasses("right-order"));
        assertThat(_find(rightOrder, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Nureyev", "Alliluyeva", "Baryshnikov");
    }

    @Test
    void each_pair_of_a_match_is_marked_right_or_wrong_with_the_right_target() {
        Question question = matching(7, "Nureyev -> tried in absentia", "Baryshnikov -> called kidnapped",
                "Alliluyeva -> met with silence");

        assertThat(marks(checked(question, new Response.Matched(Map.of(0, 0, 1, 2))))).containsExactly(
                "Nureyev → tried in absentia | Your match · right",
                "Baryshnikov → met with silence | Your match · wrong; right match: called kidnapped",
                "Alliluyeva → no match | Not matched · right match: met with silence");
    }

    @Test
    void an_attempt_recorded_before_responses_were_kept_shows_the_answer_in_words() {
        QuestionCard card = new QuestionCard(WHO, QuizAttempt.start(lesson("marks", List.of(WHO)), new Random(1)));

        card.showResult(new QuestionResult(1, WHO.text().prompt(), 0, Verdict.WRONG, "A ballet dancer", List.of()));

        assertThat(marks(card)).containsExactly("A ballet dancer | Your answer · wrong", "Stalin's only daughter | Right answer");
    }

    @Test
    void icons_are_hidden_from_screen_readers_and_the_answer_widget_gives_way_to_the_marks() {
        QuestionCard card = checked(WHO, new Response.Chosen(Set.of(1)));

        assertThat(_find(card, Icon.class)).isNotEmpty()
                .allSatisfy(icon -> assertThat(icon.getElement().getAttribute("aria-hidden")).isEqualTo("true"));
        assertThat(card.input.component().isVisible()).isFalse();
    }
}
