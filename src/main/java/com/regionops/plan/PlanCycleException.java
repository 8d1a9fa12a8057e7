package com.regionops.plan;

import com.regionops.platform.web.InputRejectedException;
import java.util.List;

/** The plan's dependencies loop; imports refuse this, so meeting it later means stored data is wrong. */
public class PlanCycleException extends InputRejectedException {

  public PlanCycleException(List<String> cycle) {
    super(400, "dependencies", "依赖关系存在循环：" + String.join(" → ", cycle));
  }
}
