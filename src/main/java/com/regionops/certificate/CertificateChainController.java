package com.regionops.certificate;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.RegionMapper;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's certificate chain (不动产权证 → 用地规划 → 工程规划 → 施工 → 预售 → 竣工备案) against its
 * PERMIT plan nodes, and region-ops' manual certificate sweep.
 */
@RestController
@RequestMapping("/api/v1")
class CertificateChainController {

  record ChainStep(int order, String typeCode, String typeName, boolean held, Certificate certificate) {
  }

  record Chain(String projectCode, List<ChainStep> steps, List<PlanNode> permitNodes) {
  }

  record SweepRequest(String regionCode) {
  }

  record SweepStarted(String processInstanceId, String regionCode, int dueCount) {
  }

  private final ProjectService projects;
  private final CertificateService certificates;
  private final PlanNodeMapper nodes;
  private final RegionMapper regions;
  private final RuntimeService runtime;
  private final SystemCalls system;

  CertificateChainController(ProjectService projects, CertificateService certificates, PlanNodeMapper nodes,
      RegionMapper regions, RuntimeService runtime, SystemCalls system) {
    this.system = system;
    this.projects = projects;
    this.certificates = certificates;
    this.nodes = nodes;
    this.regions = regions;
    this.runtime = runtime;
  }

  @GetMapping("/projects/{projectCode}/certificate-chain")
  Chain chain(ApiUser user, @PathVariable String projectCode) {
    Project project = projects.get(user, projectCode);
    List<Certificate> held = certificates.list(user, null, project.code(), null, null);
    List<ChainStep> steps = certificates.types().stream().filter(t -> t.chainOrder() != null)
        .sorted(Comparator.comparing(CertificateType::chainOrder))
        .map(t -> {
          Certificate c = held.stream().filter(h -> h.typeCode().equals(t.code()))
              .max(Comparator.comparing(Certificate::id)).orElse(null);
          boolean inForce = c != null && c.status() != CertificateStatus.PLANNED && c.status() != CertificateStatus.REVOKED;
          return new ChainStep(t.chainOrder(), t.code(), t.name(), inForce, c);
        }).toList();
    List<PlanNode> permits = nodes.findByProject(project.code()).stream()
        .filter(n -> n.category() == NodeCategory.PERMIT).toList();
    return new Chain(project.code(), steps, permits);
  }

  /** Region-ops sweeps its region now (the daily timer sweeps every region). */
  @PostMapping("/certificates/sweeps")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SweepStarted sweep(ApiUser user, @RequestBody SweepRequest request) {
    user.requireMasterDataWriter();
    String region = request == null ? null : request.regionCode();
    if (region == null || regions.findByCode(region) == null) {
      throw ApiException.badInput("regionCode", "区域不存在：" + region);
    }
    user.requireMasterDataWriter(region);
    ProcessInstance instance = runtime.startProcessInstanceByMessage(CertificateChaseProcess.MESSAGE_SWEEP,
        Map.of(CertificateChaseProcess.REGION_CODE, region));
    // the sweep's own variable; the caller has no read right on process instances
    Object due = system.asSystem(() -> runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName(CertificateChaseProcess.DUE_COUNT).singleResult());
    return new SweepStarted(instance.getId(), region,
        due == null ? 0 : ((Number) ((org.camunda.bpm.engine.runtime.VariableInstance) due).getValue()).intValue());
  }
}
