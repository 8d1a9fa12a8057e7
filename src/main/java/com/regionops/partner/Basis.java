package com.regionops.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 口径 of money figures: 考核口径 (the project's whole figures, as assessed: the default), 权益口径 (our share of
 * them), 并表口径 (whole figures of the projects we consolidate; the others count nothing).
 */
public enum Basis {
  ASSESSMENT("考核口径"),
  EQUITY("权益口径"),
  CONSOLIDATED("并表口径");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** What an amount of a project counts in this 口径, to the cent (万元 with two decimals, as stored). */
  public BigDecimal of(BigDecimal amount, Partnership partnership) {
    if (amount == null) {
      return null;
    }
    return switch (this) {
      case ASSESSMENT -> amount;
      case EQUITY -> amount.multiply(partnership.ourSharePct()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      case CONSOLIDATED -> partnership.consolidated() ? amount : BigDecimal.ZERO.setScale(amount.scale());
    };
  }

  /** Whether a project's figures appear at all in this 口径 (a project not consolidated has none in 并表口径). */
  public boolean counts(Partnership partnership) {
    return this != CONSOLIDATED || partnership.consolidated();
  }
}
