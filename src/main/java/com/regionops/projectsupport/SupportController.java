package com.regionops.projectsupport;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 帮扶: designating a project, its cases with their visits and reports, and logging a visit. */
@RestController
@RequestMapping("/api/v1")
class SupportController {

  private final ProjectService projects;
  private final SupportService support;

  SupportController(ProjectService projects, SupportService support) {
    this.projects = projects;
    this.support = support;
  }

  @PostMapping("/projects/{projectCode}/support-cases")
  @ResponseStatus(HttpStatus.CREATED)
  SupportCase open(ApiUser user, @PathVariable String projectCode, @RequestBody(required = false) SupportRequest request) {
    Project project = projects.get(user, projectCode);
    return support.open(user, project, request);
  }

  @GetMapping("/projects/{projectCode}/support-cases")
  List<SupportService.CaseView> cases(ApiUser user, @PathVariable String projectCode) {
    return support.cases(projects.get(user, projectCode).code());
  }

  @PostMapping("/support-cases/{caseId}/visits")
  @ResponseStatus(HttpStatus.CREATED)
  SupportVisit visit(ApiUser user, @PathVariable long caseId, @RequestBody(required = false) VisitRequest request) {
    return support.logVisit(user, caseId, request);
  }
}
