package com.thenandnow.learner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.AbstractViewTest;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.quiz.ui.QuestionCard;
import com.thenandnow.quiz.ui.QuizAnswers;
import com.thenandnow.progress.CourseStanding;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuizViewTest extends AbstractViewTest {

    private static final String LESSON = "first-lesson";

    @Autowired
    LessonLibrary library;
    @Autowired
    CourseStanding progress;

    @Test
    void answering_every_question_right_scores_100_and_passes() {
        List<QuestionCard> cards = openQuiz(LESSON);
        cards.forEach(QuizAnswers::answerRight);
        _click(checkButton());

        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 100% — passed");
        assertThat(cards).allSatisfy(card -> assertThat(verdictOf(card)).isEqualTo("Right"));
        assertThat(lessonProgress(LESSON).isPassed()).isTrue();
    }

    @Test
    void answering_every_question_wrong_fails_and_shows_right_answers_and_explanations() {
        List<QuestionCard> cards = openQuiz(LESSON);
        cards.forEach(QuizAnswers::answerWrong);
        _click(checkButton());

        assertThat(_get(QuizSummary.class).score.getText()).endsWith("not passed yet");
        assertThat(cards).allSatisfy(card -> {
            assertThat(verdictOf(card)).isIn("Wrong", "Partly right");
            assertThat(textOf(card.getElement())).containsAnyOf("Right answer", "Right order:", "right match: ")
                    .contains("Source: ¶");
        });
        assertThat(lessonProgress(LESSON).isPassed()).isFalse();
    }

    @Test
    void the_intro_says_the_scoring_rules_once_and_unanswered_questions_score_zero() {
        List<QuestionCard> cards = openQuiz(LESSON);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-intro")).getText()).isEqualTo("6 questions · "
                + "pass mark 70%. Unanswered questions score 0. Questions with several parts give partial credit: two "
                + "of three parts right earn ⅔ of a point.");
        assertThat(_get(Span.class, spec -> spec.withClasses("answered-count")).getText()).isEqualTo("Answered 0 of 6");

        _click(checkButton());

        assertThat(cards).extracting(QuizViewTest::verdictOf).containsOnly("Not answered");
    }

    @Test
    void no_answer_key_explanation_or_feedback_is_in_the_page_before_checking() {
        List<QuestionCard> cards = openQuiz(LESSON);
        String page = plain(textOf(_get(QuizView.class).getElement()));
        Lesson lesson = library.lesson(LESSON).orElseThrow();

        assertThat(page).contains(lesson.questions().get(0).text().prompt())
                .doesNotContain("Right answer").doesNotContain("Source: ¶");
        lesson.questions().forEach(question -> assertThat(page)
                .doesNotContain(plain(question.text().explanationHtml())));
        feedbackOf(lesson).forEach(feedback -> assertThat(page).doesNotContain(feedback));
        assertThat(cards).allSatisfy(card -> assertThat(textOf(card.getElement())).doesNotContain("Right answer"));

        _click(checkButton());
        String checked = plain(textOf(_get(QuizView.class).getElement()));
        lesson.questions().forEach(question -> assertThat(checked).contains(plain(question.text().explanationHtml())));
    }

    @Test
    void checking_twice_records_one_attempt() {
        List<QuestionCard> cards = openQuiz(LESSON);
        cards.forEach(QuizAnswers::answerRight);
        Button check = checkButton();
        _click(check);
        // A double click's second request reaches the server before the button's disabling reaches the browser.
        ComponentUtil.fireEvent(check, new ClickEvent<>(check));

        assertThat(check.isEnabled()).isFalse();
        assertThat(lessonProgress(LESSON).attemptCount()).isEqualTo(1);
        assertThat(_get(QuizSummary.class).score.getText()).isEqualTo("Your score: 100% — passed");
    }

    /** 1e999999999 once threw while checking, which left the Check button disabled for good. */
    @Test
    void a_number_too_big_to_check_is_wrong_with_a_note_and_the_quiz_goes_on() {
        openQuiz(LESSON);
        TextField number = _get(TextField.class, spec -> spec.withLabel("Your answer (a number)"));
        QuestionCard card = (QuestionCard) number.getParent().orElseThrow();

        _setValue(number, "1e999999999");
        _click(checkButton());

        assertThat(verdictOf(card)).isEqualTo("Wrong");
        assertThat(textOf(card.getElement())).contains("not a number we can check");
        assertThat(lessonProgress(LESSON).attemptCount()).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Retry all questions")));
        assertThat(checkButton().isEnabled()).isTrue();
    }

    @Test
    void retry_all_questions_starts_a_fresh_attempt_that_counts_separately() {
        openQuiz(LESSON).forEach(QuizAnswers::answerWrong);
        _click(checkButton());
        _click(_get(Button.class, spec -> spec.withText("Retry all questions")));

        List<QuestionCard> fresh = _find(QuestionCard.class);
        assertThat(fresh).hasSize(6);
        assertThat(fresh).allSatisfy(card -> assertThat(textOf(card.getElement())).doesNotContain("Right answer"));
        fresh.forEach(QuizAnswers::answerRight);
        _click(checkButton());

        LessonProgress progress = lessonProgress(LESSON);
        assertThat(progress.attemptCount()).isEqualTo(2);
        assertThat(progress.bestPercent()).isEqualTo(100.0);
    }

    @Test
    void next_lesson_goes_to_the_lesson_after_this_one() {
        openQuiz(LESSON).forEach(QuizAnswers::answerRight);
        _click(checkButton());
        _click(_get(Button.class, spec -> spec.withText("Next lesson")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lessons/second-lesson");
    }

    @Test
    void a_locked_quiz_sends_the_learner_to_the_lesson_page_that_explains_the_lock() {
        UI.getCurrent().navigate("lessons/third-lesson/quiz");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lessons/third-lesson");
        _find(QuestionCard.class).forEach(card -> {
            throw new AssertionError("a locked quiz shows no question");
        });
    }

    static List<QuestionCard> openQuiz(String lessonId) {
        UI.getCurrent().navigate("lessons/" + lessonId + "/quiz");
        return _find(QuestionCard.class);
    }

    static Button checkButton() {
        return _get(Button.class, spec -> spec.withText("Check answers"));
    }

    static String verdictOf(QuestionCard card) {
        return _get(card, Span.class, spec -> spec.withClasses("verdict")).getText().replaceAll(" \\(.*\\)$", "");
    }

    private LessonProgress lessonProgress(String lessonId) {
        return progress.progress(CurrentLearner.id()).lesson(lessonId);
    }

    /** Everything the browser could see of an element: text, attributes and properties, recursively. */
    static String textOf(Element element) {
        Stream<String> own = Stream.concat(Stream.of(element.isTextNode() ? element.getText() : ""),
                Stream.concat(element.getAttributeNames().map(element::getAttribute),
                        element.getPropertyNames().map(name -> String.valueOf(element.getPropertyRaw(name)))));
        return Stream.concat(own, element.getChildren().map(QuizViewTest::textOf)).collect(Collectors.joining("\n"));
    }

    private static List<String> feedbackOf(Lesson lesson) {
        return lesson.questions().stream()
                .flatMap(question -> question instanceof com.thenandnow.lesson.Question.Choice choice
                        ? choice.options().stream() : Stream.empty())
                .filter(option -> option.hasFeedback()).map(option -> plain(option.feedbackHtml())).toList();
    }

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
