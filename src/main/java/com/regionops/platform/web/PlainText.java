package com.regionops.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or code without markup characters. Names are quoted in task names, refusals, notices and
 * forms, and not every place that shows them turns them into text first: form-js renders a templated
 * value inside a Markdown text as HTML. So a name like {@code <img src=x onerror=…>} is refused where
 * it is typed. Free text such as reasons and remarks stays free: our forms show it in fields, never
 * inside templated text.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = PlainText.REGEXP)
public @interface PlainText {

  String REGEXP = "[^<>]*";
  String MESSAGE = "不能含有 < 或 >";

  String message() default MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
