package com.regionops.plan;

/**
 * A project's 操盘方式 (合作方管理, package partner) as plan adjustments see it. The adjustments of a project the partner
 * runs (不操盘) follow the partner's rules: the partner approves them, the department files them (备案). Region-ops
 * checks the partner's approval and the plan moves; our own escalation and the once-a-year milestone rule do not
 * apply (DMN plan-adjustment-approval, input operatingMode).
 */
public interface PartnerRules {

  String INDEPENDENT = "INDEPENDENT";
  String NOT_OPERATED = "NOT_OPERATED";

  /** Projects without a partnership recorded: run by us. */
  PartnerRules NONE = projectCode -> INDEPENDENT;

  /** INDEPENDENT, JOINT or NOT_OPERATED; INDEPENDENT for a project never recorded. */
  String operatingMode(String projectCode);

  static boolean partnerRun(String operatingMode) {
    return NOT_OPERATED.equals(operatingMode);
  }
}
