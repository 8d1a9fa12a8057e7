package com.regionops.org;

import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class OrgController {

  private final ProjectService projects;
  private final RegionService regions;
  private final List<ProjectMarks> marks;

  OrgController(ProjectService projects, RegionService regions, List<ProjectMarks> marks) {
    this.projects = projects;
    this.regions = regions;
    this.marks = marks;
  }

  @GetMapping("/regions")
  List<Region> regions(ApiUser user) {
    return regions.list(user);
  }

  @PostMapping("/regions")
  @ResponseStatus(HttpStatus.CREATED)
  Region createRegion(ApiUser user, @RequestBody Region region) {
    return regions.create(user, region);
  }

  @GetMapping("/projects")
  List<ProjectView> projects(ApiUser user) {
    return views(projects.list(user));
  }

  @GetMapping("/projects/{code}")
  ProjectView project(ApiUser user, @PathVariable String code) {
    return views(List.of(projects.get(user, code))).get(0);
  }

  private List<ProjectView> views(List<Project> list) {
    java.util.Set<String> supported = new java.util.HashSet<>();
    List<String> codes = list.stream().map(Project::code).toList();
    marks.forEach(m -> supported.addAll(m.supported(codes)));
    return list.stream().map(p -> new ProjectView(p, supported.contains(p.code()))).toList();
  }

  /** 项目运营目标 as 项目启动会 fixed them (empty fields until it has passed). */
  @GetMapping("/projects/{code}/targets")
  ProjectTargets targets(ApiUser user, @PathVariable String code) {
    return projects.targets(user, code);
  }

  @PostMapping("/projects")
  @ResponseStatus(HttpStatus.CREATED)
  Project createProject(ApiUser user, @RequestBody ProjectRequest request) {
    return projects.create(user, request);
  }

  @PutMapping("/projects/{code}")
  Project updateProject(ApiUser user, @PathVariable String code,
      @RequestBody ProjectRequest request) {
    return projects.update(user, code, request);
  }
}
