package com.regionops.plan;

import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A planned certificate entered as obtained reports its node done, through the same confirmation
 * as an office's report: the ledger is region-ops' record, not the node's 阶段成果 review.
 */
@Component
public class CertificateCompletion {

  private static final Logger LOG = LoggerFactory.getLogger(CertificateCompletion.class);

  private final PlanNodeMapper nodes;
  private final NodeCompletionMapper completions;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public CertificateCompletion(PlanNodeMapper nodes, NodeCompletionMapper completions, RuntimeService runtime,
      SystemCalls system) {
    this.nodes = nodes;
    this.completions = completions;
    this.runtime = runtime;
    this.system = system;
  }

  /** Starts node-completion for the node, unless it is done or a report of it is open already. */
  public void obtained(long nodeId, String projectCode, LocalDate issueDate, String certificateText, String userId) {
    PlanNode node = nodes.findByProject(projectCode).stream().filter(n -> n.id() == nodeId).findFirst().orElse(null);
    if (node == null || node.isCompleted() || completions.findOpen(nodeId) != null) {
      LOG.info("certificate obtained for node {} of {}: no report started (done or already reported)", nodeId, projectCode);
      return;
    }
    // as the application: the certificate's writer is region-ops, the start carries its source
    system.asSystem(() -> runtime.startProcessInstanceByKey(NodeCompletionProcess.KEY, Map.of(
        NodeCompletionProcess.PROJECT_CODE, projectCode,
        NodeCompletionProcess.NODE_CODE, node.nodeCode(),
        NodeCompletionProcess.ACTUAL_FINISH, issueDate.toString(),
        NodeCompletionProcess.NOTE, "证照已取得：" + certificateText,
        NodeCompletionProcess.SOURCE, CompletionSource.CERTIFICATE.name(),
        NodeCompletionProcess.REPORTED_BY, userId)));
  }
}
