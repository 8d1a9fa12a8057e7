package com.regionops.platform.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user's input refused inside the engine (a start, a task completion): names the field and
 * the HTTP status it deserves. Engine REST would make a 500 of it; {@link EngineRestProblems}
 * turns it back into this status, and our API into problem+json.
 */
public class InputRejectedException extends BadUserRequestException {

  private final String field;
  private final String reason;
  private final int status;

  public InputRejectedException(int status, String field, String reason) {
    super(field + "：" + reason);
    this.field = field;
    this.reason = reason;
    this.status = status;
  }

  public static InputRejectedException badInput(String field, String message) {
    return new InputRejectedException(400, field, message);
  }

  public static InputRejectedException conflict(String field, String message) {
    return new InputRejectedException(409, field, message);
  }

  public String field() {
    return field;
  }

  /** The message without the field name in front. */
  public String reason() {
    return reason;
  }

  public int status() {
    return status;
  }

  /** The rejection somewhere in a cause chain, or null. */
  public static InputRejectedException in(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InputRejectedException rejected) {
        return rejected;
      }
    }
    return null;
  }
}
