package com.regionops.operating;

import com.regionops.partner.Basis;
import com.regionops.partner.Partnership;
import com.regionops.partner.PartnershipService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Targets and actuals in a 口径: each project's amounts as its partnership counts them (权益: our share; 并表: the
 * consolidated projects only). Achievement and grades are ratios of one project's figures, so they do not change.
 */
@Component
public class TargetBasis {

  private final PartnershipService partnerships;

  public TargetBasis(PartnershipService partnerships) {
    this.partnerships = partnerships;
  }

  public List<TargetGrade> grades(List<TargetGrade> grades, Basis basis) {
    if (basis == Basis.ASSESSMENT) {
      return grades;
    }
    Map<String, Partnership> of = partnerships.of(grades.stream().map(TargetGrade::projectCode)
        .collect(Collectors.toSet()));
    return grades.stream()
        .filter(g -> basis.counts(partnership(of, g.projectCode())))
        .map(g -> {
          Partnership p = partnership(of, g.projectCode());
          return new TargetGrade(g.projectCode(), g.metric(), basis.of(g.ytdPlan(), p), basis.of(g.ytdActual(), p),
              g.achievementPct(), g.monthsRemaining(), g.grade(), g.measure());
        })
        .toList();
  }

  /** The project's partnership, read once for all of its amounts. */
  public Partnership partnership(String projectCode) {
    return partnerships.of(projectCode);
  }

  /** Amounts of a project in the 口径 (null months stay null). */
  public static List<BigDecimal> amounts(Partnership partnership, List<BigDecimal> amounts, Basis basis) {
    return amounts.stream().map(a -> basis.of(a, partnership)).toList();
  }

  private static Partnership partnership(Map<String, Partnership> of, String code) {
    return of.getOrDefault(code, Partnership.alone(code));
  }
}
