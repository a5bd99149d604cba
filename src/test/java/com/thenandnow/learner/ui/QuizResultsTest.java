package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.thenandnow.learner.ui.QuizViewTest.checkButton;
import static com.thenandnow.learner.ui.QuizViewTest.openQuiz;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.thenandnow.AbstractViewTest;
import com.thenandnow.base.ui.Announcer;
import com.thenandnow.FocusMoves;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results of a checked quiz: at the top, the mistakes linked, one announcement, and the right next step. */
class QuizResultsTest extends AbstractViewTest {

    @Autowired
    CourseStanding standing;

    /**
     * The first lesson with questions 1, 3 and 6 right, 2 half right (one of two even numbers), 4 wrong and 5 left
     * unanswered: 58%, not passed.
     */
    @SuppressWarnings("unchecked")
    private static List<QuestionCard> threeMistakes() {
        List<QuestionCard> cards = openQuiz("first-lesson");
        List.of(0, 2, 5).forEach(i -> QuizAnswers.answerRight(cards.get(i)));
        _setValue(_get(cards.get(1), CheckboxGroup.class), Set.of(0));
        QuizAnswers.answerWrong(cards.get(3));
        _click(checkButton());
        return cards;
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static boolean isPrimary(Button button) {
        return button.getThemeNames().contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
    }

    @Test
    void the_summary_comes_first_after_the_title_and_lists_each_question_not_fully_right() {
        threeMistakes();
        QuizView view = _get(QuizView.class);
        QuizSummary summary = _get(QuizSummary.class);

        assertThat(view.indexOf(summary)).isEqualTo(2);
        assertThat(summary.score.getText()).isEqualTo("Your score: 58% — not passed yet");
        assertThat(_find(summary.mistakes, Anchor.class)).extracting(Anchor::getText).containsExactly(
                "Question 2: Which of these are even numbers? Select all that apply. — Partly right (50%)",
                "Question 4: Which city is the capital of France? — Wrong",
                "Question 5: In what year did the twentieth century's first moon landing happen? — Not answered");
        assertThat(_find(summary, Paragraph.class, spec -> spec.withClasses("partial-credit"))).hasSize(1);
    }

    @Test
    void a_link_in_the_summary_moves_focus_to_its_question() {
        List<QuestionCard> cards = threeMistakes();
        Anchor fourth = _find(_get(QuizSummary.class).mistakes, Anchor.class).get(1);
        FocusMoves.forget();

        BasicUtilsKt._fireDomEvent(fourth, "click");

        assertThat(fourth.getHref()).isEqualTo("#question-4");
        assertThat(FocusMoves.movedTo(cards.get(3))).isTrue();
    }

    @Test
    void checking_makes_one_polite_announcement_and_the_results_are_no_live_region() {
        threeMistakes();
        QuizView view = _get(QuizView.class);
        List<Component> live = _find(view, Component.class).stream()
                .filter(component -> component.getElement().hasAttribute("aria-live")
                        || "status".equals(component.getElement().getAttribute("role"))).toList();

        assertThat(live).isEmpty();
        assertThat(announced()).isEqualTo(
                "Answers checked. Your score: 58%, not passed yet. 3 questions not fully right, listed first.");
        assertThat(_get(QuizSummary.class).getElement().getAttribute("role")).isEqualTo("region");
    }

    @Test
    void after_a_fail_the_first_step_is_to_retry_the_mistakes() {
        threeMistakes();

        assertThat(isPrimary(button("Retry my mistakes"))).isTrue();
        assertThat(isPrimary(button("Retry all questions"))).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Next lesson"))).isEmpty();
    }

    @Test
    void after_a_pass_the_first_step_is_the_next_lesson() {
        openQuiz("first-lesson").forEach(QuizAnswers::answerRight);
        _click(checkButton());

        assertThat(isPrimary(button("Next lesson"))).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Retry my mistakes"))).isEmpty();
    }

    @Test
    void a_locked_next_lesson_is_never_offered_but_what_opens_it_is_said() {
        openQuiz("second-lesson").forEach(QuizAnswers::answerRight);
        _click(checkButton());

        assertThat(_find(Button.class, spec -> spec.withText("Next lesson"))).isEmpty();
        assertThat(isPrimary(button("Back to the course"))).isTrue();
        Paragraph note = _get(Paragraph.class, spec -> spec.withClasses("locked-next"));
        assertThat(note.getElement().getTextRecursively())
                .isEqualTo("The next lesson, The third lesson, opens once you have passed the quiz of: The first lesson.");
        assertThat(_find(note, Anchor.class)).extracting(Anchor::getHref).containsExactly("lessons/first-lesson");
    }

    @Test
    void retrying_the_mistakes_asks_only_them_and_scores_the_whole_lesson() {
        threeMistakes();
        _click(button("Retry my mistakes"));

        List<QuestionCard> retried = _find(QuestionCard.class);
        assertThat(retried).extracting(QuestionCard::number).containsExactly(2, 4, 5);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-intro")).getText())
                .startsWith("Retry my mistakes: 3 questions you did not get fully right. The 3 you got right count as right");
        retried.forEach(QuizAnswers::answerRight);
        _click(checkButton());

        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 100% — passed");
        assertThat(isPrimary(button("Next lesson"))).isTrue();
        LessonProgress progress = standing.progress(CurrentLearner.id()).lesson("first-lesson");
        assertThat(progress.attemptCount()).isEqualTo(2);
        assertThat(progress.isPassed()).isTrue();
    }

    @Test
    void answers_in_progress_are_there_again_after_leaving_the_quiz_and_coming_back() {
        List<QuestionCard> cards = openQuiz("first-lesson");
        QuizAnswers.answerRight(cards.get(0));
        _setValue(_get(cards.get(3), TextField.class), "Pari");
        _click(_get(cards.get(5), Button.class, spec -> spec.withText("Keep this order")));

        UI.getCurrent().navigate("");
        List<QuestionCard> again = openQuiz("first-lesson");

        assertThat(again).extracting(QuestionCard::isAnswered).containsExactly(true, false, false, true, false, true);
        assertThat(_get(again.get(3), TextField.class).getValue()).isEqualTo("Pari");
        assertThat(again.get(0).response()).isEqualTo(cards.get(0).response());
        assertThat(_get(Span.class, spec -> spec.withClasses("answered-count")).getText())
                .isEqualTo("Answered 3 of 6");
    }

    @Test
    void a_checked_quiz_opened_again_by_its_address_shows_its_marks_not_a_blank_attempt() {
        threeMistakes();
        String id = standing.progress(CurrentLearner.id()).lesson("first-lesson").latestAttempt().orElseThrow().id().toString();

        UI.getCurrent().navigate("");
        Announcer.polite(UI.getCurrent(), "");
        UI.getCurrent().navigate("lessons/first-lesson/quiz", QueryParameters.of(QuizView.ATTEMPT_PARAMETER, id));

        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 58% — not passed yet");
        assertThat(_find(QuestionCard.class)).extracting(QuizViewTest::verdictOf)
                .containsExactly("Right", "Partly right", "Right", "Wrong", "Not answered", "Right");
        assertThat(_get(QuizView.class).footer.isVisible()).isFalse();
        assertThat(announced()).isEmpty();
    }

    /** The page's one status region, which lives on the UI beside the views. */
    private static String announced() {
        return _get(Div.class, spec -> spec.withClasses("announcer")).getElement().getTextRecursively();
    }
}
