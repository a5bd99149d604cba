package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The wording of the course as learners read it, piece by piece, each with the file it comes from: the course
 * file, per lesson its title, summary, body and every part of every question, answer keys included, and every
 * glossary term and timeline event with its note. Lesson bodies are read without the glossary's tooltips, which
 * are checked once, as the glossary's own wording.
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
            lesson.questions().forEach(question -> add(passages, lesson.fileName(), Stream.of(
                    shownBeforeChecking(question).stream(), Stream.of(plain(question.text().explanationHtml())),
                    question.accept(new AnswerWording(true)).stream()).flatMap(texts -> texts)));
        }
        addReference(passages, course.glossary(), course.timeline());
        return passages;
    }

    private static void addReference(List<Passage> passages, Glossary glossary, Timeline timeline) {
        add(passages, GlossaryParser.FILE_NAME, Stream.of(glossary.title(), plain(glossary.introHtml())));
        glossary.entries().forEach(entry -> add(passages, GlossaryParser.FILE_NAME,
                Stream.of(entry.term(), entry.definition(), entry.beyondArticle().orElse(""))));
        add(passages, TimelineParser.FILE_NAME, Stream.of(timeline.title(), plain(timeline.introHtml())));
        timeline.events().forEach(event -> add(passages, TimelineParser.FILE_NAME,
                Stream.of(event.date().text(), event.event(), event.beyondArticle().orElse(""))));
    }

    /** What a learner sees of a question while answering it: prompt, details, hint, and the options, items or pairs. */
    static List<String> shownBeforeChecking(Question question) {
        QuestionText text = question.text();
        return Stream.concat(Stream.of(text.prompt(), plain(text.detailsHtml()), text.hint()),
                question.accept(new AnswerWording(false)).stream()).toList();
    }

    private static void add(List<Passage> passages, String file, Stream<String> texts) {
        texts.filter(text -> !text.isBlank()).forEach(text -> passages.add(new Passage(file, text)));
    }

    private static String plain(String html) {
        Document document = Jsoup.parse(html);
        document.select(".glossary-tip").remove();
        return document.text();
    }

    /** The wording of an answer block: what it shows while answering, or what checking reveals (feedback, accepted answers). */
    private record AnswerWording(boolean revealed) implements Question.Visitor<List<String>> {

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
            return revealed ? question.variants() : List.of();
        }

        @Override
        public List<String> number(Question.NumberAnswer question) {
            return List.of();
        }

        @Override
        public List<String> ordering(Question.Ordering question) {
            return revealed ? List.of() : question.items();
        }

        @Override
        public List<String> matching(Question.Matching question) {
            return revealed ? List.of() : question.pairs().stream().flatMap(pair -> Stream.of(pair.left(), pair.right())).toList();
        }

        private List<String> options(List<ChoiceOption> options) {
            return options.stream().map(option -> revealed ? plain(option.feedbackHtml()) : option.text()).toList();
        }
    }
}
