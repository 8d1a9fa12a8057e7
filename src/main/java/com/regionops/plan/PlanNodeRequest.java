package com.regionops.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.regionops.platform.web.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One node as written over the API. The fields a GET returns but a write ignores
 * (id, projectCode, completed) are accepted so an exported plan re-imports as it is.
 */
@JsonIgnoreProperties(value = {"id", "projectCode", "completed"}, allowGetters = false)
public record PlanNodeRequest(
    @NotBlank(message = "必填") @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}", message = "节点编码为 1–32 位字母、数字或 _ . -")
    String nodeCode,
    @NotBlank(message = "必填") @Size(max = 100, message = "不超过 100 个字符")
    @PlainText String name,
    @NotNull(message = "必填：MILESTONE、L1、L2 或 L3")
    NodeLevel nodeLevel,
    @NotNull(message = "必填：PERMIT、DESIGN、CONSTRUCTION、SUPPLY、OPENING、HANDOVER 或 OTHER")
    NodeCategory category,
    @Size(max = 64, message = "不超过 64 个字符")
    @PlainText String ownerGroup,
    LocalDate baselineStart,
    LocalDate baselineFinish,
    LocalDate plannedStart,
    @NotNull(message = "必填")
    LocalDate plannedFinish,
    LocalDate actualStart,
    LocalDate actualFinish,
    @Min(value = 0, message = "进度为 0–100") @Max(value = 100, message = "进度为 0–100")
    Integer progressPct) {

  PlanNode toNode(String projectCode) {
    int progress = progressPct != null ? progressPct : (actualFinish != null ? 100 : 0);
    return new PlanNode(null, projectCode, nodeCode, name, nodeLevel, category, ownerGroup, baselineStart,
        baselineFinish, plannedStart, plannedFinish, actualStart, actualFinish, progress);
  }
}
