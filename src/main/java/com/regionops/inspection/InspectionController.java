package com.regionops.inspection;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 巡检 of one project: arranging one, its inspections, and its findings with their 整改. */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class InspectionController {

  private final ProjectService projects;
  private final InspectionService inspections;

  InspectionController(ProjectService projects, InspectionService inspections) {
    this.projects = projects;
    this.inspections = inspections;
  }

  @PostMapping("/inspections")
  @ResponseStatus(HttpStatus.CREATED)
  Inspection arrange(ApiUser user, @PathVariable String projectCode, @RequestBody(required = false) InspectionRequest request) {
    Project project = projects.get(user, projectCode);
    return inspections.arrange(user, project, request);
  }

  @GetMapping("/inspections")
  List<Inspection> inspections(ApiUser user, @PathVariable String projectCode) {
    return inspections.ofProject(projects.get(user, projectCode).code());
  }

  @GetMapping("/findings")
  List<FindingView> findings(ApiUser user, @PathVariable String projectCode,
      @RequestParam(name = "status", required = false) String status) {
    return inspections.findings(projects.get(user, projectCode).code(), status);
  }
}
