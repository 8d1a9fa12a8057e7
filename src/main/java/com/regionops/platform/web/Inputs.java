package com.regionops.platform.web;

import com.regionops.platform.engine.EngineTime;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The small checks every request body needs, each refusing with a 400 that names the field: text that must be
 * there and within a length, an optional text, a date, one of an enum's names.
 */
public final class Inputs {

  private Inputs() {
  }

  /** The text, stripped; refused when missing or longer than max. */
  public static String required(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, missing);
    }
    String text = value.strip();
    if (text.length() > max) {
      throw ApiException.badInput(field, "不超过 " + max + " 个字");
    }
    return text;
  }

  /** The text, stripped, or null when blank; refused when longer than max. */
  public static String optional(String value, String field, int max) {
    return value == null || value.isBlank() ? null : required(value, field, null, max);
  }

  /** A date as forms and clients send it (yyyy-MM-dd, or a date-time), within the years people plan with. */
  public static LocalDate date(String value, String field, String missing) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, missing);
    }
    LocalDateTime parsed = EngineTime.parseDateTime(value.strip());
    if (parsed == null) {
      throw ApiException.badInput(field, "日期格式为 yyyy-MM-dd");
    }
    return parsed.toLocalDate();
  }

  /** One of the enum's names, exactly; the message lists what may be given. */
  public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput(field, message);
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(field, message);
    }
  }
}
