package com.regionops.plan;

import com.regionops.platform.security.Groups;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The approver chain of a plan adjustment from the groups DMN plan-adjustment-approval collects:
 * each group once, from the region up (region-ops, region-president, group-ops).
 *
 * <p>The model keeps the chain as one text variable ({@code ${approvalChain.fromDecision(decisionResult)}} in
 * the business rule task's output, {@code ${approvalChain.steps(approverChain)}} in the loop): a
 * list would be a JSON object variable, serialised at every start and read back at every step
 * (bench/README.md, issue 11).
 */
@Component("approvalChain")
public class ApprovalChain {

  public static final List<String> LEVELS = List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT, Groups.GROUP_OPS);
  private static final String SEPARATOR = ",";

  public List<String> ordered(Collection<?> hits) {
    return LEVELS.stream().filter(hits::contains).toList();
  }

  /** The chain the decision's matched rules name, as the text {@link #steps} reads. */
  public String fromDecision(DmnDecisionResult result) {
    List<String> chain = ordered(result.collectEntries(PlanAdjustmentProcess.APPROVER_GROUP));
    if (chain.isEmpty()) {
      // an empty chain would apply the plan with no one's approval: the table or its output name changed
      throw new IllegalStateException("DMN plan-adjustment-approval named no approver group (output "
          + PlanAdjustmentProcess.APPROVER_GROUP + "): " + result.getResultList());
    }
    return String.join(SEPARATOR, chain);
  }

  /**
   * The chain a RULE ORDER decision names in its rules' order, each group once: for tables whose
   * chain is not the region-up order of {@link #LEVELS} (node-completion-confirmation names functions).
   */
  public String inRuleOrder(DmnDecisionResult result, String output) {
    List<String> chain = result.collectEntries(output).stream().map(String::valueOf).distinct().toList();
    if (chain.isEmpty()) {
      // an empty chain would pass with no one's confirmation: the table or its output name changed
      throw new IllegalStateException("The decision named no group (output " + output + "): " + result.getResultList());
    }
    return String.join(SEPARATOR, chain);
  }

  public List<String> steps(String chain) {
    return chain.isEmpty() ? List.of() : Arrays.asList(chain.split(SEPARATOR));
  }

  /**
   * The chain of an instance: {@code approverChain}, or the list {@code approverHits} that instances
   * started before the text variable still carry (their definition version reads it).
   */
  public List<String> ofInstance(VariableScope instance) {
    Object chain = instance.getVariable(PlanAdjustmentProcess.APPROVER_CHAIN);
    return chain instanceof String text ? steps(text)
        : ordered((Collection<?>) instance.getVariable(PlanAdjustmentProcess.APPROVER_HITS));
  }

  /** Who hears when an approval step is overdue: the next level up, or the president after the last. */
  public String escalationTarget(List<String> chain, int step) {
    return step + 1 < chain.size() ? chain.get(step + 1) : Groups.REGION_PRESIDENT;
  }
}
