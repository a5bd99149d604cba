package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Announcer;
import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ReviewCard;
import com.thenandnow.progress.ReviewQueue;
import com.thenandnow.progress.ReviewQuestion;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.ui.QuestionCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Spaced review: the questions due from across the course, one at a time, each graded on the server when checked and
 * scheduled again (see {@link ReviewCard}). The address may name a question to start with ({@code ?lesson=…&question=…},
 * from My progress), due or not. A session asks at most {@value ReviewQueue#SESSION_SIZE} questions.
 */
@Route(value = Links.REVIEW, layout = MainLayout.class)
@PageTitle("Review")
@AnonymousAllowed
class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final H2 position = new H2();
    final Div question = new Div();
    final Button check = new Button("Check answer", event -> check());
    final Button next = new Button("Next question", event -> next());
    final Paragraph status = new Paragraph();

    private final LessonLibrary library;
    private final CourseStanding standing;
    private final ProgressRecorder recorder;
    private final QuizAttempts quizzes;
    private List<ReviewQuestion> session = List.of();
    private int index;
    private int right;
    private QuestionCard card;

    ReviewView(LessonLibrary library, CourseStanding standing, ProgressRecorder recorder, QuizAttempts quizzes) {
        this.library = library;
        this.standing = standing;
        this.recorder = recorder;
        this.quizzes = quizzes;
        addClassNames("page", "review-page");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.addClassName("review-status");
        question.addClassName("review-question");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReviewQueue queue = standing.review(CurrentLearner.id(), library.course());
        session = queue.session(chosen(queue, event.getLocation().getQueryParameters()));
        index = 0;
        right = 0;
        removeAll();
        add(new H1("Review"));
        if (session.isEmpty()) {
            add(status, Links.to("Back to the course", Links.HOME));
            ShownTime.follow(zone -> status.setText(queue.toMaster().isEmpty()
                    ? "Nothing to review. A question you miss in a quiz comes back here the next day, then after 3, 7 and "
                    + "21 days while you answer it right."
                    : "Nothing due now. " + queue.nextDue().map(due -> "Your next review: " + ShownTime.of(due, zone) + ".")
                    .orElse("")));
            return;
        }
        intro.setText(introText(queue));
        add(intro, position, question, check, next, status);
        show();
    }

    private static Optional<ReviewQuestion> chosen(ReviewQueue queue, QueryParameters parameters) {
        Optional<String> lesson = parameters.getSingleParameter("lesson");
        Optional<Integer> number = parameters.getSingleParameter("question").filter(text -> text.matches("\\d{1,3}"))
                .map(Integer::valueOf);
        return lesson.isPresent() && number.isPresent() ? queue.find(lesson.get(), number.get()) : Optional.empty();
    }

    private static String introText(ReviewQueue queue) {
        String due = queue.dueCount() == 0 ? "Nothing is due: this question comes early, and a right answer now leaves"
                + " its next review as it was." : Wording.count(queue.dueCount(), "question") + " due.";
        return due + " A question comes back after "
                + ReviewCard.INTERVAL_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " days while you answer it right, and is then mastered; a wrong answer brings it back tomorrow.";
    }

    private void show() {
        ReviewQuestion current = session.get(index);
        card = new QuestionCard(current.question(), quizzes.start(current.lesson()));
        card.onEnter(check::click);
        position.setText("Question " + (index + 1) + " of " + session.size() + " · " + current.lesson().title());
        question.removeAll();
        question.add(card);
        check.setEnabled(true);
        check.setVisible(true);
        next.setVisible(false);
        status.setText("");
    }

    private void check() {
        QuestionResult result = recorder.answerReview(CurrentLearner.id(), session.get(index), card.response());
        card.showResult(result);
        right += result.isRight() ? 1 : 0;
        check.setVisible(false);
        boolean last = index + 1 == session.size();
        next.setText(last ? "Finish review" : "Next question");
        next.setVisible(true);
        next.focus();
        findAncestor(MainLayout.class).showDue();
        Announcer.polite(UI.getCurrent(), result.verdict().label() + ". " + (result.isRight()
                ? "It comes back later." : "It comes back tomorrow."));
    }

    private void next() {
        index++;
        if (index < session.size()) {
            show();
            card.focusHeading();
            return;
        }
        position.setText("Review done");
        question.removeAll();
        next.setVisible(false);
        status.setText(right + " of " + session.size() + " right. ");
        status.add(Links.to("Back to the course", Links.HOME));
        Announcer.polite(UI.getCurrent(), "Review done: " + right + " of " + session.size() + " right.");
    }
}
