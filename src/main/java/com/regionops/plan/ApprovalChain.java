package com.regionops.plan;

import com.regionops.platform.Groups;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The approver chain of a plan adjustment from the groups DMN plan-adjustment-approval
 * collects: each group once, from the region up (region-ops, region-president, group-ops).
 * The model reads it as {@code ${approvalChain.ordered(approverHits)}}.
 */
@Component("approvalChain")
public class ApprovalChain {

  public static final List<String> LEVELS = List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT, Groups.GROUP_OPS);

  public List<String> ordered(Collection<?> hits) {
    return LEVELS.stream().filter(hits::contains).toList();
  }

  /** Who hears when an approval step is overdue: the next level up, or the president after the last. */
  public String escalationTarget(List<String> chain, int step) {
    return step + 1 < chain.size() ? chain.get(step + 1) : Groups.REGION_PRESIDENT;
  }
}
