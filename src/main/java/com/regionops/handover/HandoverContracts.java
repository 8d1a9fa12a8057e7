package com.regionops.handover;

import com.regionops.plan.ContractHandover;
import com.regionops.platform.engine.DeployedDecisions;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The approved contract handover dates as plan adjustments and the margins list read them; the buffer of a product
 * type is handover-date-check's bufferDays (the table keeps the buffers, nowhere else).
 */
@Component
public class HandoverContracts implements ContractHandover {

  private final HandoverMapper reviews;
  private final DeployedDecisions decisions;

  public HandoverContracts(HandoverMapper reviews, DeployedDecisions decisions) {
    this.reviews = reviews;
    this.decisions = decisions;
  }

  @Override
  public Contract contract(String projectCode) {
    HandoverMapper.ProjectContract contract = reviews.findContract(projectCode);
    if (contract == null || contract.contractHandoverDate() == null) {
      return null;
    }
    return new Contract(contract.contractHandoverDate(), bufferDays(contract.projectType()));
  }

  /** The OK threshold of a product type (any margin gives it); null when the table has no row for the type. */
  public Integer bufferDays(String productType) {
    List<Map<String, Object>> hits = decisions.evaluate(HandoverProcess.DECISION_KEY,
        Map.of(HandoverProcess.PRODUCT_TYPE, productType == null ? "" : productType, HandoverProcess.MARGIN_DAYS, 0));
    return hits.isEmpty() || !(hits.get(0).get("bufferDays") instanceof Number n) ? null : n.intValue();
  }
}
