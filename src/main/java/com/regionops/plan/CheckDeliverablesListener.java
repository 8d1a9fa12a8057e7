package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import com.regionops.platform.web.InputRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 提交阶段成果 (and a resubmitted report): the task closes only when every required 阶段成果 has
 * a file, and the confirmers' summary is what is there now.
 */
@Component("checkDeliverablesListener")
public class CheckDeliverablesListener implements TaskListener {

  private final NodeCompletionService service;
  private final PlanNodeMapper nodes;

  public CheckDeliverablesListener(NodeCompletionService service, PlanNodeMapper nodes) {
    this.service = service;
    this.nodes = nodes;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task);
  }

  void check(DelegateTask task) {
    PlanNode node = nodes.findByCode((String) task.getVariable(PROJECT_CODE), (String) task.getVariable(NODE_CODE));
    List<PlanTemplate.Deliverable> required = new ArrayList<>();
    for (int n = 1; n <= MAX_DELIVERABLES; n++) {
      if (task.getVariable(deliverable(n, "Name")) instanceof String name
          && !NodeCompletionService.OTHER_ITEM.equals(name)) {
        required.add(new PlanTemplate.Deliverable(n, name, Boolean.TRUE.equals(task.getVariable(deliverable(n, "Mandatory")))));
      }
    }
    List<NodeCompletionService.DeliverableFiles> files = service.deliverableFiles(node, required);
    List<String> missing = NodeCompletionService.missing(files);
    if (!missing.isEmpty()) {
      throw InputRejectedException.badInput("deliverables",
          "必备阶段成果「" + String.join("」「", missing) + "」请在“资料与附件”中上传文件");
    }
    task.getExecution().getProcessInstance().setVariable(DELIVERABLES_SUMMARY, NodeCompletionService.summary(files));
  }
}
