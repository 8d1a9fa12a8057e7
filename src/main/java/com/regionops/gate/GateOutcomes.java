package com.regionops.gate;

import com.regionops.certificate.Certificate;
import com.regionops.certificate.CertificateMapper;
import com.regionops.certificate.CertificateQuery;
import com.regionops.certificate.CertificateStatus;
import com.regionops.certificate.CertificateType;
import com.regionops.certificate.CertificateTypeMapper;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.Groups;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a passed gate changes in the project's data (issue 7). 项目启动会 fixes the milestone and
 * L1 plan, 报建策划会 the permit plan and the certificates it expects, 工程策划会 the construction
 * and supply plan: baselines are set from the planned dates, and from then on only
 * plan-adjustment moves those dates.
 */
@Service
public class GateOutcomes {

  private final PlanNodeMapper nodes;
  private final CertificateMapper certificates;
  private final CertificateTypeMapper types;
  private final ProjectMapper projects;

  public GateOutcomes(PlanNodeMapper nodes, CertificateMapper certificates, CertificateTypeMapper types,
      ProjectMapper projects) {
    this.nodes = nodes;
    this.certificates = certificates;
    this.types = types;
    this.projects = projects;
  }

  @Transactional
  public int baselineKickoffPlan(String projectCode) {
    return nodes.baseline(projectCode, List.of(NodeLevel.MILESTONE, NodeLevel.L1), List.of(),
        EngineTime.now().withNano(0));
  }

  /** 项目启动会 passed: the milestone and L1 plan is baselined and the 运营目标 are fixed on the project. */
  @Transactional
  public void completeKickoff(String projectCode, java.util.function.Function<String, Object> variables) {
    baselineKickoffPlan(projectCode);
    projects.fixTargets(KickoffTargets.read(projectCode, variables, EngineTime.now().withNano(0)));
  }

  /**
   * 报建策划会 passed: the PERMIT nodes are confirmed (baselined), and every certificate of the
   * chain the project does not hold yet is registered PLANNED, linked to the plan node that
   * obtains it — the node whose name names the certificate (取得建设工程规划许可证 → 建设工程规划许可证).
   * Idempotent: a type the project has any certificate of is left alone.
   */
  @Transactional
  public int registerPermitPlan(String projectCode) {
    nodes.baseline(projectCode, List.of(), List.of(NodeCategory.PERMIT), EngineTime.now().withNano(0));
    Project project = projects.findByCode(projectCode);
    List<PlanNode> plan = nodes.findByProject(projectCode);
    List<Certificate> held = certificates.find(new CertificateQuery(null, null, projectCode, null, null, null));
    int registered = 0;
    for (CertificateType type : types.findAll()) {
      if (type.chainOrder() == null || held.stream().anyMatch(c -> c.typeCode().equals(type.code()))) {
        continue;
      }
      KeyedRow<Certificate> row = new KeyedRow<>(new Certificate(null, type.code(), null, null,
          project.companyName() != null ? project.companyName() : project.name(), projectCode, project.regionCode(),
          null, null, null, Groups.office(projectCode), CertificateStatus.PLANNED, "报建策划会登记的计划证照"));
      certificates.insert(row);
      plan.stream().filter(n -> n.name().contains(type.name()))
          .min(Comparator.comparing((PlanNode n) -> n.category() != NodeCategory.PERMIT).thenComparing(PlanNode::plannedFinish))
          .ifPresent(n -> certificates.linkPlanNode(row.getId(), n.id()));
      registered++;
    }
    return registered;
  }

  /** 开盘策划会 passed: the opening plan (OPENING nodes not baselined yet) is confirmed as it stands. */
  @Transactional
  public int confirmOpeningPlan(String projectCode) {
    return nodes.baseline(projectCode, List.of(), List.of(NodeCategory.OPENING), EngineTime.now().withNano(0));
  }

  @Transactional
  public int baselineEngineeringPlan(String projectCode) {
    return nodes.baseline(projectCode, List.of(), List.of(NodeCategory.CONSTRUCTION, NodeCategory.SUPPLY),
        EngineTime.now().withNano(0));
  }
}
