package com.regionops.gate;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gates of one project: where each stands, and starting one. The start runs as the caller,
 * through the same model and rules as a start over engine REST or Tasklist.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class GateReviewController {

  private final ProjectService projects;
  private final GateCatalog catalog;
  private final GateReviewService reviews;
  private final RuntimeService runtime;
  private final Clock clock;

  GateReviewController(ProjectService projects, GateCatalog catalog, GateReviewService reviews, RuntimeService runtime,
      Clock clock) {
    this.projects = projects;
    this.catalog = catalog;
    this.reviews = reviews;
    this.runtime = runtime;
    this.clock = clock;
  }

  @GetMapping("/gates")
  List<GateState> gates(ApiUser user, @PathVariable String projectCode) {
    Project project = projects.get(user, projectCode);
    return reviews.overview(project.code(), LocalDate.now(clock));
  }

  @PostMapping("/gate-reviews")
  @ResponseStatus(HttpStatus.CREATED)
  GateStarted start(ApiUser user, @PathVariable String projectCode, @RequestBody GateReviewRequest request) {
    Project project = projects.get(user, projectCode);
    if (request == null || request.gateCode() == null || catalog.find(request.gateCode()) == null) {
      throw ApiException.badInput("gateCode", "节点会议不存在：" + (request == null ? null : request.gateCode()));
    }
    Map<String, Object> variables = new HashMap<>();
    if (request.declarations() != null) {
      request.declarations().forEach((name, value) -> {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
          throw ApiException.badInput("declarations." + name, "只接受文字、数字或是/否");
        }
        if (value instanceof String text && text.length() > ProjectTenantIdProvider.MAX_TEXT) {
          throw ApiException.badInput("declarations." + name, "文字不超过 " + ProjectTenantIdProvider.MAX_TEXT + " 个字符");
        }
        variables.put(name, value);
      });
    }
    variables.put(GateProcess.PROJECT_CODE, project.code());
    variables.put(GateProcess.PLANNED_MEETING_DATE, request.plannedMeetingDate());
    ProcessInstance instance = runtime.startProcessInstanceByKey(GateProcess.keyOf(request.gateCode()), variables);
    return new GateStarted(instance.getId(), instance.getBusinessKey(), request.gateCode(), project.code());
  }
}
