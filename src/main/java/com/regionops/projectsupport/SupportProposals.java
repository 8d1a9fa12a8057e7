package com.regionops.projectsupport;

import com.regionops.inspection.InspectionFacts;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 帮扶建议: which of a region's projects the DMN support-proposal suggests as 重难点项目 (two RED
 * checks in a row, unverified 严重 findings, last in last month's ranking), for region-ops to decide.
 */
@Service
public class SupportProposals {

  static final String DECISION = "support-proposal";

  /** A suggested project, its suggested mode (ON_SITE 驻场 / REMOTE 非驻场), the reason and the facts behind it. */
  public record Proposal(String projectCode, String mode, String reason, int redChecks, int openSeriousFindings,
      Integer kpiRankFromBottom) {
  }

  private final InspectionFacts facts;
  private final DeployedDecisions decisions;

  public SupportProposals(InspectionFacts facts, DeployedDecisions decisions) {
    this.facts = facts;
    this.decisions = decisions;
  }

  public List<Proposal> of(String regionCode) {
    List<Proposal> proposals = new ArrayList<>();
    for (InspectionFacts.Facts f : facts.of(regionCode, EngineTime.today())) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("redChecks", f.redChecks());
      inputs.put("openSeriousFindings", f.openSeriousFindings());
      inputs.put("kpiRankFromBottom", f.kpiRankFromBottom());
      List<Map<String, Object>> result = decisions.evaluate(DECISION, inputs);
      if (!result.isEmpty() && Boolean.TRUE.equals(result.get(0).get("propose"))) {
        proposals.add(new Proposal(f.projectCode(), (String) result.get(0).get("mode"),
            (String) result.get(0).get("reason"), f.redChecks(), f.openSeriousFindings(), f.kpiRankFromBottom()));
      }
    }
    return proposals;
  }
}
