package com.regionops.coordination;

import com.regionops.meeting.Meeting;
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

/** 协调会 of one project: calling or asking for one, and those held or scheduled. */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}/coordination-meetings")
class CoordinationController {

  private final ProjectService projects;
  private final CoordinationService coordination;

  CoordinationController(ProjectService projects, CoordinationService coordination) {
    this.projects = projects;
    this.coordination = coordination;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CoordinationStarted request(ApiUser user, @PathVariable String projectCode,
      @RequestBody(required = false) CoordinationRequest request) {
    Project project = projects.get(user, projectCode);
    return coordination.request(user, project, request);
  }

  @GetMapping
  List<Meeting> meetings(ApiUser user, @PathVariable String projectCode) {
    return coordination.meetings(projects.get(user, projectCode).code());
  }
}
