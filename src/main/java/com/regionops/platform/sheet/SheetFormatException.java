package com.regionops.platform.sheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An uploaded workbook that is an .xlsx but whose content cannot be taken: it carries every problem
 * found, so the user fixes them all in one go rather than one upload per mistake.
 */
public class SheetFormatException extends RuntimeException {

  private final List<SheetError> errors;

  public SheetFormatException(List<SheetError> errors) {
    super(errors.stream().limit(5).map(SheetError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<SheetError> errors() {
    return errors;
  }
}
