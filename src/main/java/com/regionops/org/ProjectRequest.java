package com.regionops.org;

import com.regionops.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/projects and PUT /api/v1/projects/{code}. */
public record ProjectRequest(
    @NotBlank(message = "必填") @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "项目编码为 2–16 位大写字母或数字，以字母开头")
    String code,
    @NotBlank(message = "必填") @Size(max = 100, message = "不超过 100 个字符")
    @PlainText String name,
    @NotBlank(message = "必填")
    String regionCode,
    @Size(max = 50, message = "不超过 50 个字符")
    @PlainText String city,
    @Size(max = 100, message = "不超过 100 个字符")
    @PlainText String companyName,
    ProjectStatus status,
    /** 住宅 / 商业 / 综合体 / 写字楼 (code or name); omitted: 住宅 for a new project, unchanged on update. */
    String projectType) {
}
