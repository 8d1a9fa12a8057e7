package com.regionops.platform.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Time as the engine sees it (ClockUtil, which process tests move), on China time. Delegates
 * use this, so "overdue" in a process and in its test agree.
 */
public final class EngineTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2199;

  private EngineTime() {
  }

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }

  /** For timer and due-date expressions: a java.util.Date at that local time in China. */
  public static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  /**
   * Reads what a form sends for a date or date-time: {@code 2026-12-01}, {@code 2026-12-01T10:00}
   * or {@code 2026-12-01T10:00+08:00}. Returns null for an unreadable value.
   */
  public static LocalDateTime parseDateTime(Object value) {
    LocalDateTime parsed = parse(value);
    return parsed == null || !plausible(parsed.toLocalDate()) ? null : parsed;
  }

  /**
   * Dates people plan with: ISO dates reach from year -999999999 to +999999999, and a meeting
   * or a plan date in the year 10000 was accepted and stored (hostile-input corpus).
   */
  public static boolean plausible(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  private static LocalDateTime parse(Object value) {
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZONE);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDateTime();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }
}
