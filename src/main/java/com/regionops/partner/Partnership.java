package com.regionops.partner;

import java.math.BigDecimal;
import java.util.List;

/** How a project is run and with whom: its 操盘方式, partners, 并表, and our share (100 % less the partners'). */
public record Partnership(String projectCode, OperatingMode mode, String modeName, boolean consolidated,
    List<Partner> partners, BigDecimal ourSharePct) {

  /** A partner and its share in percent. */
  public record Partner(String name, BigDecimal sharePct, String role) {
  }

  /** A project nobody recorded anything of: run by us alone, consolidated, all ours. */
  public static Partnership alone(String projectCode) {
    return new Partnership(projectCode, OperatingMode.INDEPENDENT, OperatingMode.INDEPENDENT.label(), true, List.of(),
        new BigDecimal("100.00"));
  }

  public static Partnership of(String projectCode, OperatingMode mode, boolean consolidated, List<Partner> partners) {
    BigDecimal theirs = partners.stream().map(Partner::sharePct).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Partnership(projectCode, mode, mode.label(), consolidated, List.copyOf(partners),
        new BigDecimal("100.00").subtract(theirs).setScale(2));
  }

  /** A partner runs it: its gates are attended and minuted by the department, not chaired. */
  public boolean runByPartner() {
    return mode == OperatingMode.NOT_OPERATED;
  }
}
