package com.thenandnow.quiz.ui;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Decimals;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import com.thenandnow.quiz.TypedNumbers;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An answer given with one Vaadin field: radio buttons (single choice, true/false), checkboxes
 * (multiple choice) or a text field (short answer, number). Text fields send the first keystroke at once and
 * then at most twice a second, so the count of answered questions keeps up with typing without a request per key.
 */
final class FieldInput<V> implements AnswerInput {

    private static final int TYPING_SYNC_MILLIS = 500;

    private final AbstractField<?, V> field;
    private final Function<V, Response> toResponse;
    private final Function<Response, Optional<V>> fromResponse;

    private FieldInput(AbstractField<?, V> field, Function<V, Response> toResponse, Function<Response, Optional<V>> fromResponse) {
        this.field = field;
        this.toResponse = toResponse;
        this.fromResponse = fromResponse;
    }

    static FieldInput<Integer> singleChoice(List<ChoiceOption> options, List<Integer> order) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>("Choose one answer");
        group.setItems(order);
        group.setItemLabelGenerator(index -> options.get(index).text());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return new FieldInput<>(group, picked -> picked == null ? Response.BLANK : new Response.Chosen(Set.of(picked)),
                response -> response instanceof Response.Chosen chosen && chosen.options().size() == 1
                        && order.containsAll(chosen.options()) ? Optional.of(chosen.options().iterator().next()) : Optional.empty());
    }

    static FieldInput<Set<Integer>> multipleChoice(List<ChoiceOption> options, List<Integer> order) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>("Choose every right answer");
        group.setItems(order);
        group.setItemLabelGenerator(index -> options.get(index).text());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return new FieldInput<>(group, picked -> picked.isEmpty() ? Response.BLANK : new Response.Chosen(picked),
                response -> response instanceof Response.Chosen chosen && order.containsAll(chosen.options())
                        ? Optional.of(chosen.options()) : Optional.empty());
    }

    static FieldInput<Boolean> trueFalse() {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>("True or false?");
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? "True" : "False");
        return new FieldInput<>(group, picked -> picked == null ? Response.BLANK : new Response.Truth(picked),
                response -> response instanceof Response.Truth truth ? Optional.of(truth.value()) : Optional.empty());
    }

    /** No autocorrect or automatic capitals: a phone must not "correct" a name into another word. */
    static FieldInput<String> shortAnswer() {
        TextField field = textField("Your answer");
        field.setAutocapitalize(Autocapitalize.NONE);
        field.setAutocorrect(false);
        field.getElement().setAttribute("spellcheck", "false");
        limitLength(field, ShortAnswers.MAX_LENGTH);
        return new FieldInput<>(field, text -> text.isBlank() ? Response.BLANK : new Response.Typed(text),
                response -> response instanceof Response.Typed typed ? Optional.of(typed.text()) : Optional.empty());
    }

    /**
     * A text field, not Vaadin's BigDecimalField: that parsed whatever the browser sent, unbounded, and threw on
     * text it could not read. Nothing typed is filtered out either (a filter once turned "7,5" into "75"): the text
     * goes to the grader as typed, and what {@link TypedNumbers} cannot read is flagged under the field at once.
     */
    static FieldInput<String> number() {
        TextField field = textField("Your answer (a number)");
        field.setManualValidation(true);
        field.setMaxLength(Decimals.MAX_LENGTH);
        field.addValueChangeListener(event -> {
            Optional<String> problem = TypedNumbers.problem(event.getValue());
            field.setErrorMessage(problem.orElse(null));
            field.setInvalid(problem.isPresent());
        });
        return new FieldInput<>(field, text -> text.isBlank() ? Response.BLANK : new Response.Figure(text),
                response -> response instanceof Response.Figure figure ? Optional.of(figure.text()) : Optional.empty());
    }

    private static TextField textField(String label) {
        TextField field = new TextField(label);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(TYPING_SYNC_MILLIS);
        return field;
    }

    /** The browser stops typing at {@code max}; text sent past it anyway is flagged here and not checked by the grader. */
    private static void limitLength(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("Use at most " + max + " characters."));
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Response response() {
        return toResponse.apply(field.getValue());
    }

    @Override
    public void restore(Response response) {
        fromResponse.apply(response).ifPresent(field::setValue);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(event -> listener.run());
    }

    @Override
    public void onEnter(Runnable listener) {
        if (field instanceof TextField text) {
            text.addKeyDownListener(Key.ENTER, event -> listener.run());
        }
    }
}
