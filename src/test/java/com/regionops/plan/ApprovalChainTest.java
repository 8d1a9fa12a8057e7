package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class ApprovalChainTest {

  final ApprovalChain chain = new ApprovalChain();

  static DmnDecisionResultEntries hit(String output, String group) {
    DmnDecisionResultEntriesImpl entries = new DmnDecisionResultEntriesImpl();
    entries.putValue(output, Variables.stringValue(group));
    return entries;
  }

  @Test
  void theDecisionsGroupsBecomeOneTextInOrderFromTheRegionUp() {
    String text = chain.fromDecision(new DmnDecisionResultImpl(List.of(hit("approverGroup", "group-ops"),
        hit("approverGroup", "region-ops"), hit("approverGroup", "region-ops"))));

    assertThat(text).isEqualTo("region-ops,group-ops");
    assertThat(chain.steps(text)).containsExactly("region-ops", "group-ops");
  }

  @Test
  void aDecisionThatNamesNoApproverStopsTheStartRatherThanApprovingUnseen() {
    assertThatThrownBy(() -> chain.fromDecision(new DmnDecisionResultImpl(List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("approverGroup");
    assertThatThrownBy(() -> chain.fromDecision(new DmnDecisionResultImpl(List.of(hit("approver", "region-ops")))))
        .as("an output renamed in the table").isInstanceOf(IllegalStateException.class);
  }
}
