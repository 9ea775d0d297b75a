package org.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * Text inputs with a length limit and a translated message for it. The component checks its own limit before Bean
 * Validation runs, and without a message of its own it would show an empty error.
 */
public final class Fields {

    /**
     * Which bound fields show as required: those whose property is {@code @NotNull}, {@code @NotEmpty},
     * {@code @NotBlank} or {@code @Size(min > 0)} — except selects and groups of fields (custom fields), whose web
     * components would put {@code aria-required} on an element whose role does not allow it (axe-core: a critical
     * violation). Their rules are checked all the same, and a broken one is shown at the field.
     */
    public static final RequiredFieldConfigurator REQUIRED = (annotation, binding) -> {
        var field = binding.getField();
        if (field instanceof Select<?> || field instanceof CustomField<?>) {
            return false;
        }
        return RequiredFieldConfigurator.DEFAULT.test(annotation, binding)
                || annotation.annotationType().equals(NotBlank.class);
    };

    /** A binder that validates with the bean's constraints and marks required fields as {@link #REQUIRED} says. */
    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        var binder = new BeanValidationBinder<>(beanType);
        binder.setRequiredConfigurator(REQUIRED);
        return binder;
    }

    private Fields() {}

    public static TextField text(Component owner, String labelKey, int maxLength) {
        var field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(owner, maxLength)));
        return field;
    }

    public static TextArea area(Component owner, String labelKey, int maxLength) {
        var area = new TextArea(owner.getTranslation(labelKey));
        area.setMaxLength(maxLength);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(owner, maxLength)));
        return area;
    }

    /** A whole number from {@code min} to {@code max}, with one translated message for any value out of range. */
    public static IntegerField integer(Component owner, String labelKey, int min, int max, String rangeMessageKey) {
        var field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        var message = owner.getTranslation(rangeMessageKey);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(message)
                .setMaxErrorMessage(message)
                .setBadInputErrorMessage(message));
        return field;
    }

    /** The message for a value longer than {@code maxLength} characters. */
    public static String tooLong(Component owner, int maxLength) {
        return owner.getTranslation("form.tooLong", maxLength);
    }
}
