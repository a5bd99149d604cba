package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The course (lessons, glossary and timeline) speaks in its own words and quotes the article exactly. Outside quotation marks, no run of twelve
 * or more words matches the article; every quotation of three or more words occurs in it verbatim. The article
 * itself stays outside the project: these tests read its fingerprint, {@code src/test/resources/article-fingerprint.txt}
 * (see {@link ArticleFingerprint} for how to regenerate it when the article changes).
 */
class ArticleCopyingTest {

    private static final int COPIED_RUN_WORDS = 12;
    private static final int QUOTED_WORDS = 3;
    private static final int ARTICLE_PARAGRAPHS = 15;
    /** The one quotation that is the course's own: its label for background the article does not give. */
    private static final String COURSE_LABEL = "Context beyond the article";
    private static final Path ARTICLE = Path.of("../shared/source/article.txt");

    private static List<CourseWording.Passage> passages;
    private static ArticleFingerprint article;

    @BeforeAll
    static void loadTheCourseAndTheArticleFingerprint() throws Exception {
        passages = CourseWording.of(new CourseLoader(Path.of("lessons"), Clock.systemUTC(), new MarkdownRenderer()).load());
        article = ArticleFingerprint.committed();
    }

    @Test
    void no_lesson_copies_a_run_of_twelve_words_from_the_article() {
        List<String> copied = passages.stream().flatMap(ArticleCopyingTest::copiedRuns).toList();
        assertThat(copied).as("%d runs of %d or more words copied from the article outside quotation marks",
                copied.size(), COPIED_RUN_WORDS).isEmpty();
    }

    @Test
    void every_quotation_of_three_or_more_words_occurs_verbatim_in_the_article() {
        List<String> misquoted = passages.stream().flatMap(passage -> Quotations.in(passage.text()).quoted().stream()
                .filter(quote -> ArticleFingerprint.words(quote).size() >= QUOTED_WORDS && !quote.equals(COURSE_LABEL))
                .filter(quote -> !article.contains(ArticleFingerprint.words(quote)))
                .map(quote -> passage.file() + ": \"" + quote + "\"")).toList();
        assertThat(misquoted).as("quotations not found word for word in the article").isEmpty();
    }

    @Test
    void the_glossary_and_the_timeline_are_checked_with_the_lessons() {
        assertThat(passages).extracting(CourseWording.Passage::file).contains(GlossaryParser.FILE_NAME, TimelineParser.FILE_NAME);
    }

    @Test
    void the_fingerprint_has_one_line_per_paragraph_of_the_article() {
        assertThat(article.paragraphCount()).isEqualTo(ARTICLE_PARAGRAPHS);
    }

    @Test
    void the_committed_fingerprint_is_that_of_the_article_where_the_article_is_at_hand() throws IOException {
        assumeTrue(Files.isRegularFile(ARTICLE), "the article is not beside the project (as on a clean clone)");
        try (InputStream committed = ArticleFingerprint.class.getResourceAsStream(ArticleFingerprint.RESOURCE)) {
            assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ArticleFingerprint.ofArticle(Files.readString(ARTICLE)).format());
        }
    }

    private static Stream<String> copiedRuns(CourseWording.Passage passage) {
        return Quotations.in(passage.text()).unquoted().stream().flatMap(text -> {
            List<String> words = ArticleFingerprint.words(text);
            return article.sharedRuns(words, COPIED_RUN_WORDS).stream()
                    .map(run -> passage.file() + " (" + (run[1] - run[0]) + " words): "
                            + String.join(" ", words.subList(run[0], run[1])));
        });
    }
}
