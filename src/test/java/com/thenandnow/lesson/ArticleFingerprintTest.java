package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFingerprintTest {

    private static final String ARTICLE = """
            The dancer left the company on tour, and the company went home without him that summer in the end.

            A second paragraph begins here and says the company went home quietly.
            """;
    private static final ArticleFingerprint FINGERPRINT = ArticleFingerprint.ofArticle(ARTICLE);

    @Test
    void a_run_of_twelve_shared_words_is_found_and_reported_whole() {
        List<String> words = ArticleFingerprint.words("We read that the dancer left the company on tour, and the company went home without him, they said.");

        assertThat(FINGERPRINT.sharedRuns(words, 12)).hasSize(1).first()
                .satisfies(run -> assertThat(words.subList(run[0], run[1])).containsExactlyElementsOf(
                        ArticleFingerprint.words("the dancer left the company on tour and the company went home without him")));
    }

    @Test
    void eleven_shared_words_are_not_a_copied_run() {
        List<String> words = ArticleFingerprint.words("The dancer left the company on tour, and the company went away.");

        assertThat(FINGERPRINT.sharedRuns(words, 12)).isEmpty();
    }

    @Test
    void case_curly_quotes_dashes_and_punctuation_do_not_hide_a_copy() {
        assertThat(FINGERPRINT.contains(ArticleFingerprint.words("THE DANCER — left “the company” on tour"))).isTrue();
    }

    @Test
    void a_quotation_with_one_word_changed_is_not_in_the_article() {
        assertThat(FINGERPRINT.contains(ArticleFingerprint.words("the company went home without her"))).isFalse();
    }

    @Test
    void words_that_run_across_two_paragraphs_are_not_in_the_article() {
        assertThat(FINGERPRINT.contains(ArticleFingerprint.words("in the end a second paragraph"))).isFalse();
    }

    @Test
    void the_fingerprint_holds_one_hash_per_three_words_so_a_repeated_word_repeats_no_hash() {
        String formatted = FINGERPRINT.format();
        List<String> firstParagraph = formatted.lines().filter(line -> !line.startsWith("#")).findFirst()
                .map(line -> Arrays.asList(line.split(" "))).orElseThrow();

        assertThat(firstParagraph).hasSize(ArticleFingerprint.words(ARTICLE.lines().findFirst().orElseThrow()).size() - 2)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_fingerprint_read_back_from_its_file_finds_what_the_original_finds() throws Exception {
        ArticleFingerprint read = ArticleFingerprint.read(
                new ByteArrayInputStream(FINGERPRINT.format().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.paragraphCount()).isEqualTo(2);
        assertThat(read.contains(ArticleFingerprint.words("says the company went home quietly"))).isTrue();
        assertThat(read.format()).isEqualTo(FINGERPRINT.format());
    }
}
