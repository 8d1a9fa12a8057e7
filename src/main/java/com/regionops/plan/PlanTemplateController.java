package com.regionops.plan;

import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class PlanTemplateController {

  private final PlanTemplateService templates;

  PlanTemplateController(PlanTemplateService templates) {
    this.templates = templates;
  }

  @GetMapping("/plan-templates")
  List<PlanTemplate.Summary> list(ApiUser user) {
    return templates.list();
  }

  @GetMapping("/plan-templates/{code}")
  PlanTemplate get(ApiUser user, @PathVariable String code) {
    return templates.get(code);
  }

  /** Publishes the template's next version (or a new template); region-ops. */
  @org.springframework.web.bind.annotation.PutMapping("/plan-templates/{code}")
  PlanTemplate publish(ApiUser user, @PathVariable String code,
      @RequestBody(required = false) PlanTemplateService.TemplateRequest request) {
    return templates.publish(user, code, request);
  }

  /** The dated draft plan of the template for the project; written only with {@code "apply": true}. */
  @PostMapping("/projects/{code}/plan/from-template")
  PlanTemplateService.Preview fromTemplate(ApiUser user, @PathVariable String code,
      @RequestBody(required = false) PlanTemplateService.FromTemplateRequest request) {
    return templates.fromTemplate(user, code, request);
  }
}
