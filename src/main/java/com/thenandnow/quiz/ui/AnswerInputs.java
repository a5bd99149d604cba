package com.thenandnow.quiz.ui;

import com.thenandnow.lesson.Question;
import com.thenandnow.quiz.QuizAttempt;

/** Picks the widget that fits each kind of question, in the order this attempt shows things. */
final class AnswerInputs implements Question.Visitor<AnswerInput> {

    private final QuizAttempt attempt;

    private AnswerInputs(QuizAttempt attempt) {
        this.attempt = attempt;
    }

    static AnswerInput forQuestion(Question question, QuizAttempt attempt) {
        return question.accept(new AnswerInputs(attempt));
    }

    @Override
    public AnswerInput singleChoice(Question.SingleChoice question) {
        return FieldInput.singleChoice(question.options(), attempt.optionOrder(question, question.options().size()));
    }

    @Override
    public AnswerInput multipleChoice(Question.MultipleChoice question) {
        return FieldInput.multipleChoice(question.options(), attempt.optionOrder(question, question.options().size()));
    }

    @Override
    public AnswerInput trueFalse(Question.TrueFalse question) {
        return FieldInput.trueFalse();
    }

    @Override
    public AnswerInput shortAnswer(Question.ShortAnswer question) {
        return FieldInput.shortAnswer();
    }

    @Override
    public AnswerInput number(Question.NumberAnswer question) {
        return FieldInput.number();
    }

    @Override
    public AnswerInput ordering(Question.Ordering question) {
        return new OrderingInput(question.items(), attempt.itemOrder(question));
    }

    @Override
    public AnswerInput matching(Question.Matching question) {
        return new MatchingInput(question.pairs(), attempt.targetOrder(question));
    }
}
