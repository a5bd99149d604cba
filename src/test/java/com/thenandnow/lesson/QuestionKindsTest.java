package com.thenandnow.lesson;

import static com.thenandnow.lesson.LessonFixtures.QUESTION_LINE;
import static com.thenandnow.lesson.LessonFixtures.onlyQuestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each of the seven answer blocks gives its kind of question, with the right content. */
class QuestionKindsTest {

    @Test
    void options_with_one_x_in_parentheses_make_a_single_choice() {
        Question question = onlyQuestion("""
                ### Who was Svetlana Alliluyeva?
                - (x) Stalin's only daughter
                - ( ) A ballet dancer who stayed in France while on tour
                  > That was **Rudolf Nureyev**.
                - ( ) A Soviet diplomat

                > Her defection in 1967 was hard for Moscow to explain.
                """);

        assertThat(question).isInstanceOf(Question.SingleChoice.class);
        Question.SingleChoice choice = (Question.SingleChoice) question;
        assertThat(choice.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(choice.text().prompt()).isEqualTo("Who was Svetlana Alliluyeva?");
        assertThat(choice.options()).extracting(ChoiceOption::text).containsExactly("Stalin's only daughter",
                "A ballet dancer who stayed in France while on tour", "A Soviet diplomat");
        assertThat(choice.options()).extracting(ChoiceOption::correct).containsExactly(true, false, false);
        assertThat(choice.rightOption()).isZero();
    }

    @Test
    void a_quote_indented_under_an_option_is_its_feedback() {
        Question.SingleChoice choice = (Question.SingleChoice) onlyQuestion("""
                ### Who was Svetlana Alliluyeva?
                - (X) Stalin's only daughter
                - ( ) A ballet dancer
                  > That was **Rudolf Nureyev**.
                - ( ) A Soviet diplomat

                > Stalin's daughter.
                """);

        assertThat(choice.options().get(1).feedbackHtml()).isEqualTo("<p>That was <strong>Rudolf Nureyev</strong>.</p>");
        assertThat(choice.options().get(0).hasFeedback()).isFalse();
        assertThat(choice.options().get(2).hasFeedback()).isFalse();
        assertThat(choice.text().explanationHtml()).isEqualTo("<p>Stalin's daughter.</p>");
    }

    @Test
    void options_with_square_brackets_make_a_multiple_choice() {
        Question question = onlyQuestion("""
                ### Which does the article say? Select all that apply.
                - [x] She denounced the Soviet Union.
                - [ ] She defected while on tour.
                  > That was Nureyev.
                - [X] Her move shocked Soviet officials.

                > Both are in ¶6.
                """);

        assertThat(question).isInstanceOf(Question.MultipleChoice.class);
        Question.MultipleChoice choice = (Question.MultipleChoice) question;
        assertThat(choice.options()).extracting(ChoiceOption::text).containsExactly("She denounced the Soviet Union.",
                "She defected while on tour.", "Her move shocked Soviet officials.");
        assertThat(choice.options()).extracting(ChoiceOption::correct).containsExactly(true, false, true);
        assertThat(choice.options().get(1).feedbackHtml()).isEqualTo("<p>That was Nureyev.</p>");
        assertThat(choice.rightOptionCount()).isEqualTo(2);
    }

    @Test
    void answer_true_or_false_makes_a_true_false_question() {
        Question yes = onlyQuestion("### Moscow attacked her first.\nAnswer: true\n\n> Then it fell silent.\n");
        Question no = onlyQuestion("### Moscow fell silent first.\nAnswer: False\n\n> It attacked her first.\n");

        assertThat(yes).isEqualTo(new Question.TrueFalse(yes.text(), true));
        assertThat(no).isEqualTo(new Question.TrueFalse(no.text(), false));
    }

    @Test
    void answer_with_variants_split_by_a_bar_makes_a_short_answer() {
        Question question = onlyQuestion("""
                ### Who defected in Toronto in 1974?
                Answer: Baryshnikov | Mikhail Baryshnikov |Misha

                > Mikhail Baryshnikov.
                """);

        assertThat(question).isInstanceOf(Question.ShortAnswer.class);
        assertThat(((Question.ShortAnswer) question).variants())
                .containsExactly("Baryshnikov", "Mikhail Baryshnikov", "Misha");
    }

    @Test
    void a_single_word_answer_is_a_short_answer_with_one_variant() {
        Question.ShortAnswer question = (Question.ShortAnswer) onlyQuestion("### Where?\nAnswer: Toronto\n\n> Yes.\n");

        assertThat(question.variants()).containsExactly("Toronto");
    }

    @Test
    void answer_with_a_number_makes_a_number_question_with_no_tolerance() {
        Question question = onlyQuestion("### In what year did she defect?\nAnswer: 1967\n\n> In 1967.\n");

        assertThat(question).isInstanceOf(Question.NumberAnswer.class);
        Question.NumberAnswer number = (Question.NumberAnswer) question;
        assertThat(number.value()).isEqualByComparingTo("1967");
        assertThat(number.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void a_tolerance_is_written_with_plus_minus_sign() {
        Question.NumberAnswer number = (Question.NumberAnswer) onlyQuestion("### When?\nAnswer: 1967 ± 1\n\n> 1967.\n");

        assertThat(number.value()).isEqualByComparingTo("1967");
        assertThat(number.tolerance()).isEqualByComparingTo("1");
    }

    @Test
    void a_tolerance_is_also_written_with_plus_slash_minus() {
        Question.NumberAnswer number = (Question.NumberAnswer) onlyQuestion("### How much?\nAnswer: -2.5 +/- 0.5\n\n> So.\n");

        assertThat(number.value()).isEqualByComparingTo("-2.5");
        assertThat(number.tolerance()).isEqualByComparingTo("0.5");
    }

    @Test
    void a_number_answer_and_tolerance_of_30_digits_make_a_number_question() {
        String digits = "1".repeat(Decimals.MAX_DIGITS);
        Question.NumberAnswer number = (Question.NumberAnswer) onlyQuestion(
                "### How many?\nAnswer: -" + digits + " ± ." + digits + "\n\n> So.\n");

        assertThat(number.value()).isEqualByComparingTo("-" + digits);
        assertThat(number.tolerance()).isEqualByComparingTo("0." + digits);
    }

    @Test
    void a_number_question_beyond_30_digits_cannot_be_built() {
        QuestionText text = new QuestionText(1, 1, "How many?", "", "", "", java.util.List.of());

        assertThatThrownBy(() -> new Question.NumberAnswer(text, new BigDecimal("1e50"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Question.NumberAnswer(text, BigDecimal.ONE, new BigDecimal("1e-40")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_numbered_list_makes_an_ordering_question_in_the_right_order() {
        Question question = onlyQuestion("""
                ### Put these defections in order, earliest first.
                1. Rudolf Nureyev
                2. Svetlana *Alliluyeva*
                3. Mikhail Baryshnikov

                > 1961, 1967, 1974.
                """);

        assertThat(question).isInstanceOf(Question.Ordering.class);
        assertThat(((Question.Ordering) question).items())
                .containsExactly("Rudolf Nureyev", "Svetlana Alliluyeva", "Mikhail Baryshnikov");
    }

    @Test
    void pairs_with_arrows_make_a_matching_question() {
        Question question = onlyQuestion("""
                ### Match each defector to how Moscow reacted.
                - Rudolf Nureyev -> tried for treason in absentia
                - Mikhail Baryshnikov → embassy officials claimed he was kidnapped
                - Svetlana Alliluyeva->attacked as a traitor

                > See lesson 4.
                """);

        assertThat(question).isInstanceOf(Question.Matching.class);
        assertThat(((Question.Matching) question).pairs()).containsExactly(
                new MatchPair("Rudolf Nureyev", "tried for treason in absentia"),
                new MatchPair("Mikhail Baryshnikov", "embassy officials claimed he was kidnapped"),
                new MatchPair("Svetlana Alliluyeva", "attacked as a traitor"));
    }

    /** Spaces not followed by an arrow made a regex with {@code \\s*} around the arrow retry from every space. */
    @Test
    void a_pair_whose_side_holds_50000_spaces_is_read_in_one_pass() {
        String spaces = " ".repeat(50_000);

        Question question = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyQuestion(
                "### Match them.\n- a" + spaces + "b -> c\n- d -> e\n\n> Explained.\n"));

        assertThat(((Question.Matching) question).pairs()).containsExactly(
                new MatchPair("a" + spaces + "b", "c"), new MatchPair("d", "e"));
    }

    @Test
    void every_kind_is_visited_by_its_own_method() {
        String quiz = """
                ### A
                - (x) a
                - ( ) b
                ### B
                - [x] a
                ### C
                Answer: true
                ### D
                Answer: words
                ### E
                Answer: 3
                ### F
                1. a
                2. b
                ### G
                - a -> b
                - c -> d
                """;
        var questions = LessonFixtures.lesson(LessonFixtures.quizWith(quiz)).questions();

        assertThat(questions).extracting(Question::kind).containsExactly(QuestionKind.values());
        assertThat(questions).extracting(question -> question.accept(new KindNames())).containsExactly(
                        "singleChoice", "multipleChoice", "trueFalse", "shortAnswer", "number", "ordering", "matching");
    }

    @Test
    void questions_are_numbered_from_one_and_know_their_line() {
        var questions = LessonFixtures.lesson(LessonFixtures.quizWith("""
                ### First
                Answer: true

                > Yes.

                ### Second
                Answer: 2

                > Two.
                """)).questions();

        assertThat(questions).extracting(question -> question.text().number()).containsExactly(1, 2);
        assertThat(questions).extracting(question -> question.text().line())
                .containsExactly(QUESTION_LINE, QUESTION_LINE + 5);
    }

    /** Names the visitor method each kind calls, to show the visitor reaches all seven. */
    private static final class KindNames implements Question.Visitor<String> {
        @Override
        public String singleChoice(Question.SingleChoice question) {
            return "singleChoice";
        }

        @Override
        public String multipleChoice(Question.MultipleChoice question) {
            return "multipleChoice";
        }

        @Override
        public String trueFalse(Question.TrueFalse question) {
            return "trueFalse";
        }

        @Override
        public String shortAnswer(Question.ShortAnswer question) {
            return "shortAnswer";
        }

        @Override
        public String number(Question.NumberAnswer question) {
            return "number";
        }

        @Override
        public String ordering(Question.Ordering question) {
            return "ordering";
        }

        @Override
        public String matching(Question.Matching question) {
            return "matching";
        }
    }
}
