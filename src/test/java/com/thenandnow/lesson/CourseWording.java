package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The wording of the course as learners read it, piece by piece, each with the file it comes from: the course
 * file, and per lesson its title, summary, body and every part of every question, answer keys included.
 */
final class CourseWording {

    private CourseWording() {
    }

    /** One piece of the course's text; pieces are checked apart, so no run spans two of them. */
    record Passage(String file, String text) {
    }

    static List<Passage> of(Course course) {
        List<Passage> passages = new ArrayList<>();
        CourseInfo info = course.info();
        add(passages, "_course.md", Stream.of(info.title(), info.subtitle(), info.source(), plain(info.welcomeHtml())));
        for (Lesson lesson : course.lessons()) {
            add(passages, lesson.fileName(), Stream.of(lesson.title(), lesson.summary(), plain(lesson.bodyHtml())));
            lesson.questions().forEach(question -> add(passages, lesson.fileName(), wordingOf(question)));
        }
        return passages;
    }

    private static void add(List<Passage> passages, String file, Stream<String> texts) {
        texts.filter(text -> !text.isBlank()).forEach(text -> passages.add(new Passage(file, text)));
    }

    private static Stream<String> wordingOf(Question question) {
        QuestionText text = question.text();
        return Stream.concat(Stream.of(text.prompt(), plain(text.detailsHtml()), text.hint(), plain(text.explanationHtml())),
                question.accept(new AnswerWording()).stream());
    }

    private static String plain(String html) {
        return Jsoup.parse(html).text();
    }

    /** What each kind of answer block shows: options and their feedback, accepted answers, items, pairs. */
    private static final class AnswerWording implements Question.Visitor<List<String>> {

        @Override
        public List<String> singleChoice(Question.SingleChoice question) {
            return options(question.options());
        }

        @Override
        public List<String> multipleChoice(Question.MultipleChoice question) {
            return options(question.options());
        }

        @Override
        public List<String> trueFalse(Question.TrueFalse question) {
            return List.of();
        }

        @Override
        public List<String> shortAnswer(Question.ShortAnswer question) {
            return question.variants();
        }

        @Override
        public List<String> number(Question.NumberAnswer question) {
            return List.of();
        }

        @Override
        public List<String> ordering(Question.Ordering question) {
            return question.items();
        }

        @Override
        public List<String> matching(Question.Matching question) {
            return question.pairs().stream().flatMap(pair -> Stream.of(pair.left(), pair.right())).toList();
        }

        private static List<String> options(List<ChoiceOption> options) {
            return options.stream().flatMap(option -> Stream.of(option.text(), plain(option.feedbackHtml()))).toList();
        }
    }
}
