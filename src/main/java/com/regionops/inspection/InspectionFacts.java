package com.regionops.inspection;

import com.regionops.kpi.KpiRanking;
import com.regionops.kpi.KpiService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectSelection;
import com.regionops.org.ProjectStatus;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.risk.RiskAssessment;
import com.regionops.risk.RiskCheck;
import com.regionops.risk.RiskCheckService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the system already knows of each active project of a region, as the DMNs
 * inspection-selection and support-proposal read it: RED/ORANGE (and RED alone) nodes in the last
 * two checks, the next opening or handover, last month's KPI rank from the bottom, the last
 * inspection, open 严重 findings.
 */
@Component
public class InspectionFacts {

  /** Days ahead within which an opening or handover counts (the DMN's own range decides). */
  static final Set<NodeCategory> MILESTONE_CATEGORIES = Set.of(NodeCategory.OPENING, NodeCategory.HANDOVER);

  /** A project never inspected counts as inspected this many months ago: long enough for the routine rule. */
  public static final int NEVER_INSPECTED_MONTHS = 999;

  /** null: no milestone ahead / not ranked; never inspected: {@value #NEVER_INSPECTED_MONTHS} months. */
  public record Facts(String projectCode, int openSeriousFindings, int riskChecks, Integer daysToMilestone,
      Integer kpiRankFromBottom, Integer monthsSinceInspection, int redChecks) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new HashMap<>();
      v.put("openSeriousFindings", openSeriousFindings);
      v.put("riskChecks", riskChecks);
      v.put("daysToMilestone", daysToMilestone);
      v.put("kpiRankFromBottom", kpiRankFromBottom);
      v.put("monthsSinceInspection", monthsSinceInspection);
      return v;
    }
  }

  private final ProjectMapper projects;
  private final RiskCheckService risks;
  private final PlanNodeMapper nodes;
  private final KpiService kpis;
  private final InspectionPlanMapper plans;

  public InspectionFacts(ProjectMapper projects, RiskCheckService risks, PlanNodeMapper nodes, KpiService kpis,
      InspectionPlanMapper plans) {
    this.projects = projects;
    this.risks = risks;
    this.nodes = nodes;
    this.kpis = kpis;
    this.plans = plans;
  }

  public List<Facts> of(String regionCode, LocalDate today) {
    List<RiskCheck> lastTwo = risks.checks(List.of(regionCode)).stream().filter(c -> c.finishedAt() != null)
        .sorted(Comparator.comparing(RiskCheck::periodDate).reversed()).limit(2).toList();
    Map<String, Integer> riskChecks = new HashMap<>();
    Map<String, Integer> redChecks = new HashMap<>();
    for (RiskCheck check : lastTwo) {
      List<RiskAssessment> serious = risks.period(regionCode, check.periodDate(), List.of("RED", "ORANGE"));
      serious.stream().map(RiskAssessment::projectCode).distinct().forEach(p -> riskChecks.merge(p, 1, Integer::sum));
      serious.stream().filter(r -> "RED".equals(r.grade())).map(RiskAssessment::projectCode).distinct()
          .forEach(p -> redChecks.merge(p, 1, Integer::sum));
    }
    Map<String, Integer> milestone = new HashMap<>();
    for (PlanNode n : nodes.findMilestonesOfRegion(regionCode)) {
      if (!n.isCompleted() && MILESTONE_CATEGORIES.contains(n.category()) && !n.plannedFinish().isBefore(today)) {
        milestone.merge(n.projectCode(), (int) ChronoUnit.DAYS.between(today, n.plannedFinish()), Math::min);
      }
    }
    Map<String, Integer> fromBottom = kpiRanks(regionCode, today);
    Map<String, LocalDate> lastInspected = plans.findLastInspections(regionCode).stream()
        .collect(Collectors.toMap(InspectionPlanMapper.LastInspection::projectCode,
            InspectionPlanMapper.LastInspection::plannedDate));
    Map<String, Integer> serious = plans.countOpenSeriousFindings(regionCode).stream()
        .collect(Collectors.toMap(InspectionPlanMapper.OpenSerious::projectCode, InspectionPlanMapper.OpenSerious::findings));
    List<Facts> facts = new ArrayList<>();
    for (Project p : projects.findByRegions(List.of(regionCode))) {
      if (p.status() != ProjectStatus.ACTIVE) {
        continue;
      }
      LocalDate last = lastInspected.get(p.code());
      facts.add(new Facts(p.code(), serious.getOrDefault(p.code(), 0), riskChecks.getOrDefault(p.code(), 0),
          milestone.get(p.code()), fromBottom.get(p.code()),
          last == null ? NEVER_INSPECTED_MONTHS : (int) Math.max(0, ChronoUnit.MONTHS.between(last, today)),
          redChecks.getOrDefault(p.code(), 0)));
    }
    return facts;
  }

  /** 1 for the last of last month's ranking; projects with nothing due are not ranked. */
  private Map<String, Integer> kpiRanks(String regionCode, LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    if (!KpiService.hasEnded(last)) {
      return Map.of();
    }
    List<KpiRanking> rated = kpis.monthly(last, ProjectSelection.ofRegion(regionCode), false).projects().stream()
        .filter(r -> r.rate() != null).toList();
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < rated.size(); i++) {
      ranks.put(rated.get(i).projectCode(), rated.size() - i);
    }
    return ranks;
  }
}
