package com.thenandnow.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Markdown in, safe HTML out; images beside the lessons are pointed at the URL that serves them. */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = LessonFixtures.MARKDOWN;

    @Test
    void script_elements_are_removed() {
        String html = markdown.toHtml("Before.\n\n<script>alert('stolen')</script>\n\nAfter <script>alert(1)</script> inline.");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert").contains("Before.", "After");
    }

    @Test
    void event_handler_attributes_are_removed() {
        String html = markdown.toHtml("<img src=\"images/map.png\" alt=\"Map\" onerror=\"alert(1)\">\n\n"
                + "<p onclick=\"alert(2)\">Click</p>");

        assertThat(html).doesNotContain("onerror", "onclick", "alert").contains("alt=\"Map\"", "Click");
    }

    @Test
    void javascript_links_are_removed() {
        String html = markdown.toHtml("[Markdown link](javascript:alert(1)) and <a href=\"JavaScript:alert(2)\">raw link</a>");

        assertThat(html).doesNotContainIgnoringCase("javascript:").contains("Markdown link", "raw link");
    }

    @Test
    void iframes_styles_and_forms_are_removed() {
        String html = markdown.toHtml("<iframe src=\"https://example.org\"></iframe>\n\n<style>p{}</style>\n\n"
                + "<form action=\"/x\"><input name=\"q\"></form>\n\n<p style=\"color:red\">Text</p>");

        assertThat(html).doesNotContain("<iframe", "<style", "<form", "<input", "style=").contains("Text");
    }

    @Test
    void tables_emphasis_lists_and_links_are_kept() {
        String html = markdown.toHtml("""
                Some *emphasis*, **strong** text and a [link](https://example.org/article).

                - one
                - two

                1. first

                | Then | Now |
                |:---|---:|
                | 1967 | 2023 |
                """);

        assertThat(html).contains("<em>emphasis</em>", "<strong>strong</strong>",
                "<a href=\"https://example.org/article\">link</a>", "<ul>", "<li>one</li>", "<ol>", "<li>first</li>",
                "<table>", "<th align=\"left\">Then</th>", "<td align=\"right\">2023</td>");
    }

    @Test
    void relative_and_mail_links_are_kept() {
        String html = markdown.toHtml("[Next lesson](02-stalins-daughter.md) or [write](mailto:course@example.org)");

        assertThat(html).contains("href=\"02-stalins-daughter.md\"", "href=\"mailto:course@example.org\"");
    }

    @Test
    void an_image_beside_the_lessons_is_served_from_the_lessons_folder() {
        String html = markdown.toHtml("![Map of Central Asia](images/central-asia.png \"The region\")");

        assertThat(html).isEqualTo("<p><img src=\"" + MarkdownRenderer.ASSET_URL_PREFIX + "images/central-asia.png\" "
                + "alt=\"Map of Central Asia\" title=\"The region\"></p>");
        assertThat(MarkdownRenderer.ASSET_URL_PREFIX).isEqualTo("/lesson-files/");
    }

    @Test
    void an_image_path_with_a_space_is_served_from_the_lessons_folder() {
        String html = markdown.toHtml("![Map](<images/central asia.png>)");

        assertThat(html).contains("src=\"/lesson-files/images/central asia.png\"");
    }

    @Test
    void an_image_in_raw_html_is_served_from_the_lessons_folder_too() {
        String html = markdown.toHtml("<img src=\"map.png\" alt=\"Map\">");

        assertThat(html).contains("src=\"/lesson-files/map.png\"");
    }

    @Test
    void absolute_and_site_images_are_left_alone() {
        String html = markdown.toHtml("![Web](https://example.org/map.png) ![Site](/icons/map.png)");

        assertThat(html).contains("src=\"https://example.org/map.png\"", "src=\"/icons/map.png\"")
                .doesNotContain("/lesson-files/");
    }

    @Test
    void images_with_other_protocols_lose_their_source() {
        String html = markdown.toHtml("![Data](data:image/png;base64,AAAA) ![Script](javascript:alert(1))");

        assertThat(html).doesNotContain("data:", "javascript:", "/lesson-files/");
    }

    @Test
    void characters_beyond_latin_1_become_references_so_the_html_takes_one_byte_per_character() {
        String html = markdown.toHtml("Moscow — the capital ’s café · “quoted”");

        assertThat(html).isEqualTo("<p>Moscow &#x2014; the capital &#x2019;s café · &#x201c;quoted&#x201d;</p>");
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Moscow — the capital ’s café · “quoted”");
    }

    @Test
    void plain_text_has_no_markup() {
        assertThat(markdown.toPlainText("Svetlana *Alliluyeva*, Stalin's **only** daughter"))
                .isEqualTo("Svetlana Alliluyeva, Stalin's only daughter");
    }

    @Test
    void plain_text_keeps_only_the_words_of_links_and_images() {
        assertThat(markdown.toPlainText("Read [the article](https://example.org \"Title\") and see ![the map](images/map.png)."))
                .isEqualTo("Read the article and see the map.");
    }
}
