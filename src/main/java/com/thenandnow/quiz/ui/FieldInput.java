package com.thenandnow.quiz.ui;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Decimals;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An answer given with one Vaadin field: radio buttons (single choice, true/false), checkboxes
 * (multiple choice) or a text field (short answer, number).
 */
final class FieldInput<V> implements AnswerInput {

    private final AbstractField<?, V> field;
    private final Function<V, Response> toResponse;

    private FieldInput(AbstractField<?, V> field, Function<V, Response> toResponse) {
        this.field = field;
        this.toResponse = toResponse;
    }

    static FieldInput<Integer> singleChoice(List<ChoiceOption> options, List<Integer> order) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>("Choose one answer");
        group.setItems(order);
        group.setItemLabelGenerator(index -> options.get(index).text());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return new FieldInput<>(group, picked -> picked == null ? Response.BLANK : new Response.Chosen(Set.of(picked)));
    }

    static FieldInput<Set<Integer>> multipleChoice(List<ChoiceOption> options, List<Integer> order) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>("Choose every right answer");
        group.setItems(order);
        group.setItemLabelGenerator(index -> options.get(index).text());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return new FieldInput<>(group, picked -> picked.isEmpty() ? Response.BLANK : new Response.Chosen(picked));
    }

    static FieldInput<Boolean> trueFalse() {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>("True or false?");
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? "True" : "False");
        return new FieldInput<>(group, picked -> picked == null ? Response.BLANK : new Response.Truth(picked));
    }

    static FieldInput<String> shortAnswer() {
        TextField field = new TextField("Your answer");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        limitLength(field, ShortAnswers.MAX_LENGTH);
        return new FieldInput<>(field, text -> text.isBlank() ? Response.BLANK : new Response.Typed(text));
    }

    /**
     * A text field, not Vaadin's BigDecimalField: that parsed whatever the browser sent, unbounded, and threw on
     * text it could not read. Here the text goes to the grader as typed, the decimal separator of the learner's
     * locale made a point, and the grader reads it within {@link Decimals}' limits.
     */
    static FieldInput<String> number() {
        TextField field = new TextField("Your answer (a number)");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        char separator = DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator();
        field.setAllowedCharPattern("[-+\\d" + separator + "]");
        limitLength(field, Decimals.MAX_LENGTH);
        return new FieldInput<>(field, text -> text.isBlank() ? Response.BLANK
                : new Response.Figure(text.replace(separator, '.')));
    }

    /** The learner's locale, as the browser tells it to Vaadin; the JVM's outside a UI (as in tests). */
    private static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.getDefault());
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
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(event -> listener.run());
    }
}
